import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../../src/core/catalogue.ts';
import { TIER_IDS, VERDICTS } from '../../../src/core/insight.ts';
import { formatMessage } from '../../../src/core/message-format.ts';
import { PLATFORMS } from '../../../src/core/platform.ts';
import { LOCALES } from '../../../src/ui/locales.ts';

const SRC = join(import.meta.dirname, '../../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
const source = files(SRC)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

// Every key the code asks for: t('key' …), the keys inside t(cond ? 'a' : 'b'), and the dynamic families.
const literalKeys = [...source.matchAll(/\bt\(\s*'([A-Za-z_]+)'/g)].map((m) => m[1] as string);
const ternaryKeys = [...source.matchAll(/\bt\([^()]*\?\s*'([A-Za-z_]+)'\s*:\s*'([A-Za-z_]+)'/g)].flatMap((m) => [
  m[1] as string,
  m[2] as string,
]);
const familyKeys = [
  ...PLATFORMS.map((p) => `site_${p}`),
  ...TIER_IDS.map((id) => `tier_${id}`),
  ...VERDICTS.map((v) => `verdict_${v.replace('-', '_')}`),
  ...['savedAt', 'lastSeen', 'handle', 'platform', 'followers', 'rateFollowers', 'rateViews', 'score', 'tier'].map(
    (s) => `sort_${s}`,
  ),
  ...['minPosts', 'farBelowRatio', 'likesSpreadLow', 'likesSpreadHigh', 'inactiveDays'].flatMap((k) => [
    `threshold_${k}`,
    `help_threshold_${k}`,
  ]),
  ...['windowDays', 'newest', 'minAgeDays'].flatMap((k) => [`sample_${k}`, `help_sample_${k}`]),
  ...VERDICTS.map((v) => `verdictShort_${v.replace('-', '_')}`),
  ...(['followers', 'views'] as const).map((b) => `rateOf_${b}`),
  ...['score', 'handle', 'followers', 'rateFollowers', 'rateViews', 'savedAt'].map((s) => `column_${s}`),
];
const manifestKeys = ['extName', 'extDescription', 'commandSaveProfile'];

describe('UI text in _locales', () => {
  it('English and Spanish have exactly the same keys', () => {
    expect(Object.keys(LOCALES.es).sort()).toEqual(Object.keys(LOCALES.en).sort());
  });

  it('every key the code uses exists in both languages, and is not empty', () => {
    const used = new Set([...literalKeys, ...ternaryKeys, ...familyKeys, ...manifestKeys]);
    expect(used.size).toBeGreaterThan(100);
    for (const lang of ['en', 'es'] as const) {
      const missing = [...used].filter((key) => !LOCALES[lang][key]?.message);
      expect(missing, `missing in ${lang}`).toEqual([]);
    }
  });

  it('placeholders agree between the languages, each filled from the same substitution', () => {
    for (const [key, entry] of Object.entries(LOCALES.en)) {
      const es = LOCALES.es[key];
      expect(es?.placeholders ?? {}, key).toEqual(entry.placeholders ?? {});
      for (const name of Object.keys(entry.placeholders ?? {})) {
        expect(es?.message, `${key} uses $${name}$`).toContain(`$${name.toUpperCase()}$`);
      }
    }
  });

  // Chrome refuses to load an extension whose messages.json breaks these rules.
  it('key names and placeholder uses are what Chrome accepts', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const [key, entry] of Object.entries(LOCALES[lang])) {
        expect(key, lang).toMatch(/^[A-Za-z0-9_@]+$/);
        const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase());
        const declared = Object.keys(entry.placeholders ?? {});
        expect(
          declared.filter((name) => name !== name.toLowerCase()),
          `${lang} ${key}`,
        ).toEqual([]);
        expect(
          used.filter((name) => !declared.includes(name)),
          `${lang} ${key}`,
        ).toEqual([]);
      }
    }
    expect(Object.keys(LOCALES.en).length).toBeGreaterThan(300);
  });

  it('a key missing from the English catalogue does not compile', () => {
    // @ts-expect-error a misspelt key: tsc (npm run check) fails if MessageKey ever accepts it
    const typo: MessageKey = 'verdict_strnog';
    const known: MessageKey = 'verdict_strong';
    expect(LOCALES.en[typo]).toBeUndefined();
    expect(LOCALES.en[known]?.message).toBe('Strong fit as a microinfluencer');
  });

  it('Spanish is actually translated (most messages differ from English)', () => {
    const same = Object.keys(LOCALES.en).filter((k) => LOCALES.en[k]?.message === LOCALES.es[k]?.message);
    // Brand and site names and a few tier names are the same in both.
    expect(same.length).toBeLessThan(Object.keys(LOCALES.en).length / 8);
  });
});

describe('formatMessage (browser.i18n semantics for a chosen language)', () => {
  it('fills named placeholders from positional substitutions', () => {
    expect(formatMessage(LOCALES.en.importSummary, ['1', '2', '3', '4'])).toBe(
      '1 new, 2 updated, 3 unchanged, 4 rejected',
    );
    expect(formatMessage(LOCALES.es.couldNotRead, ['seguidores'])).toBe('No se pudieron leer los seguidores aquí');
  });
  it('leaves unknown placeholders visible and handles $$ and a missing entry', () => {
    expect(formatMessage({ message: 'a $X$ b $$5' }, [])).toBe('a $X$ b $5');
    expect(formatMessage(undefined, ['x'])).toBe('');
  });
  it('never interprets a substitution as a placeholder', () => {
    expect(formatMessage(LOCALES.en.couldNotRead, ['$WHAT$ $1'])).toBe('Could not read $WHAT$ $1 here');
  });
});
