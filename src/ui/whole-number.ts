// Whole numbers written as a language writes them, without Intl on the page: a page's first Intl call starts ICU on
// its main thread (see parse-count/locale-facts.ts), so the worker, where Intl is warm, learns the facts and sends them.

/** How a language writes a whole number (the digits it uses and how it groups them). */
export interface Grouping {
  lang: string;
  /** The ten digit glyphs, 0 to 9. */
  digits: string[];
  /** The grouping separator ("," in en, "." in es, a narrow no-break space in fr). */
  group: string;
  /** Digits in the last group, and in each group before it (3 and 2 in hi: 12,34,567). */
  primary: number;
  secondary: number;
  /** Groups appear from this many digits on (5 in es and pl: 4690, 12.345); 0: this language never groups. */
  groupFrom: number;
}

const learnt = new Map<string, Grouping | null>();

/**
 * Learned with Intl, once per language: what Intl.NumberFormat(lang) writes for whole numbers; null for a tag
 * Intl rejects. Worker only.
 */
export function groupingOf(lang: string): Grouping | null {
  if (learnt.has(lang)) return learnt.get(lang) ?? null;
  let grouping: Grouping | null = null;
  try {
    grouping = learn(lang);
  } catch {
    // A malformed tag (RangeError): the page then waits for the worker's formatted count.
  }
  learnt.set(lang, grouping);
  return grouping;
}

function learn(lang: string): Grouping {
  const nf = new Intl.NumberFormat(lang);
  const parts = (n: number) => nf.formatToParts(n);
  const integers = (n: number) => parts(n).filter((p) => p.type === 'integer');
  const large = parts(123456789012);
  const groups = large.filter((p) => p.type === 'integer').map((p) => p.value);
  const last = groups.at(-1) ?? '';
  // The fewest digits that get a separator (2–12), 0 when none does.
  const groupFrom = [...Array(11).keys()].map((i) => i + 2).find((n) => integers(10 ** (n - 1)).length > 1) ?? 0;
  return {
    lang,
    digits: Array.from({ length: 10 }, (_, d) => integers(d)[0]?.value ?? String(d)),
    group: large.find((p) => p.type === 'group')?.value ?? '',
    primary: [...last].length,
    secondary: [...(groups.at(-2) ?? last)].length,
    groupFrom,
  };
}

/** A whole, non-negative number as `grouping` writes it; no Intl. */
export function formatWhole(value: number, grouping: Grouping): string {
  const plain = Array.from(String(Math.round(value)), (c) => grouping.digits[Number(c)] ?? c);
  if (grouping.groupFrom === 0 || plain.length < grouping.groupFrom) return plain.join('');
  const groups: string[] = [];
  let end = plain.length;
  let size = grouping.primary;
  while (end > 0) {
    groups.unshift(plain.slice(Math.max(0, end - size), end).join(''));
    end -= size;
    size = grouping.secondary;
  }
  return groups.join(grouping.group);
}

/** A Grouping as the worker sends it (content scripts carry no zod: checked by hand). */
export function isGrouping(value: unknown): value is Grouping {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Record<string, unknown>;
  const size = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 9;
  return (
    typeof g.lang === 'string' &&
    g.lang.length <= 40 &&
    Array.isArray(g.digits) &&
    g.digits.length === 10 &&
    g.digits.every((d) => typeof d === 'string' && d.length >= 1 && d.length <= 4) &&
    typeof g.group === 'string' &&
    g.group.length <= 4 &&
    size(g.primary) &&
    size(g.secondary) &&
    Number.isInteger(g.groupFrom) &&
    (g.groupFrom as number) >= 0 &&
    (g.groupFrom as number) <= 12
  );
}
