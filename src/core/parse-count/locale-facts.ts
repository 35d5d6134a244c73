// What parsing needs to know about one language, learnt from Intl once per tag. Parsing runs in the worker and the
// CLI only: no content script parses counts (the first Intl call in a page cost 15–35 ms of its main thread).
import { cldrUnitWords } from './cldr-units.ts';
import { resolveLocale } from './language.ts';
import { languageScripts } from './scripts.ts';
import { type LocaleSeparators, localeSeparators } from './separators.ts';
import { buildUnitTable, type UnitTableData, unitTableData } from './units.ts';

export interface LocaleFacts {
  /** The tag as the page wrote it ("pt_BR", "es-ES"). */
  tag: string;
  /** What it resolves to among the locales Intl supports. */
  locale: string;
  separators: LocaleSeparators;
  /**
   * The parser's unit table for the locale, built here: CLDR's compact units, the platforms' own and the fallbacks,
   * normalised and indexed (buildUnitTable). Taken in as data, a fresh page is spared building it, an order of
   * magnitude more work on its main thread.
   */
  units: UnitTableData;
  /** Non-Latin scripts the language writes numbers words in. */
  scripts: string[];
}

// Learnt once per tag (a worker reads the same one or two languages again and again).
const learnt = new Map<string, LocaleFacts>();

/** The facts for a page's language tag; the result is shared: treat it as read-only. */
export function localeFacts(tag: string): LocaleFacts {
  const known = learnt.get(tag);
  if (known) return known;
  const locale = resolveLocale(tag);
  const facts = {
    tag,
    locale,
    separators: localeSeparators(locale),
    units: unitTableData(buildUnitTable(locale, cldrUnitWords(locale))),
    scripts: [...languageScripts(locale)],
  };
  if (learnt.size >= 32) learnt.clear();
  learnt.set(tag, facts);
  return facts;
}
