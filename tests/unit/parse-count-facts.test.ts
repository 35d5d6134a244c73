// Locale facts: what the background hands a content script so its parser never starts Intl in the page. A page
// given the facts must read every count exactly as a page that learnt them from Intl itself.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLocaleFacts, type LocaleFacts, localeFacts } from '../../src/core/parse-count/locale-facts.ts';
import { ROUND_TRIP_LOCALES } from './parse-count-locales.ts';

const REAL = resolve(import.meta.dirname, '../../../shared/real-pages');
const YT = resolve(REAL, 'youtube/yt-compact-number-samples_80-languages_rustypipe_TRANSCRIBED.json');

type ParseModule = typeof import('../../src/core/parse-count/index.ts');

/** A fresh copy of the parser: no language learnt yet, as in a content script that just started. */
async function freshParser(): Promise<ParseModule> {
  vi.resetModules();
  return import('../../src/core/parse-count/index.ts');
}

/** Intl made unusable: any use in the parser throws, which parseCount turns into null (so results differ). */
function breakIntl(): void {
  const broken = new Proxy(
    {},
    {
      get() {
        throw new Error('Intl used');
      },
    },
  );
  vi.stubGlobal('Intl', broken);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Strings a page in `locale` shows: its own compact forms and plain numbers, formatted by Intl beforehand. */
function shownIn(locale: string): string[] {
  const out: string[] = [];
  for (const n of [0, 7, 1234, 56_789, 1_234_567, 15_300, 2_400_000, 987_000_000]) {
    out.push(new Intl.NumberFormat(locale).format(n));
    for (const compactDisplay of ['short', 'long'] as const) {
      out.push(new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay }).format(n));
    }
  }
  return out;
}

describe('a parser primed with facts from elsewhere', () => {
  it('reads as the Intl-taught parser does, in every round-trip locale, without touching Intl', async () => {
    const cases = ROUND_TRIP_LOCALES.map((locale) => ({ locale, texts: shownIn(locale) }));
    const taught = await freshParser();
    const expected = cases.map(({ locale, texts }) => texts.map((text) => taught.parseCount(text, locale)));
    const sent = cases.map(({ locale }) => JSON.parse(JSON.stringify(localeFacts(locale))) as unknown);

    const control = taught.parseCount('1234', 'sw-KE');
    const primed = await freshParser();
    breakIntl();
    const got = cases.map(({ locale, texts }, i) => {
      const facts = sent[i];
      if (!isLocaleFacts(facts)) throw new Error(`${locale}: facts failed their own check`);
      primed.primeLanguage(facts);
      return texts.map((text) => primed.parseCount(text, locale));
    });
    expect(got).toEqual(expected);
    // And the check has teeth: an unprimed language now fails (Intl is really gone).
    expect(control).toMatchObject({ value: 1234 });
    expect(primed.parseCount('1234', 'sw-KE')).toBeNull();
  });

  it('keeps the page tag as written (pt_BR, es-419) and reads the 747 real YouTube strings alike', async () => {
    if (!existsSync(YT)) return;
    const data = JSON.parse(readFileSync(YT, 'utf8')) as Record<string, Record<string, [string, number]> | string>;
    const samples = Object.entries(data).flatMap(([lang, rows]) =>
      typeof rows === 'string' ? [] : Object.values(rows).map(([text]) => ({ lang, text })),
    );
    expect(samples).toHaveLength(747);
    const taught = await freshParser();
    const expected = samples.map((s) => taught.parseCount(s.text, s.lang, { truncated: true }));
    const facts = [...new Set(samples.map((s) => s.lang))].map((lang) => JSON.parse(JSON.stringify(localeFacts(lang))));
    const primed = await freshParser();
    breakIntl();
    const got = samples.map((s) => {
      const mine = facts.find((f) => f.tag === s.lang);
      if (isLocaleFacts(mine)) primed.primeLanguage(mine);
      return primed.parseCount(s.text, s.lang, { truncated: true });
    });
    expect(got).toEqual(expected);
  });
});

/** The facts with their unit table's sides replaced (or, given `whole`, the table itself). */
function units(f: LocaleFacts, sides: Record<string, unknown> | null, whole?: unknown): unknown {
  return { ...f, units: sides ? { ...f.units, ...sides } : whole };
}

/** The facts with the first suffix entry changed. */
function withSuffix(f: LocaleFacts, patch: Record<string, unknown>): unknown {
  const [edge, entries] = f.units.suffix[0] ?? ['k', []];
  return units(f, { suffix: [[edge, [{ ...entries[0], ...patch }, ...entries.slice(1)]], ...f.units.suffix.slice(1)] });
}

describe('isLocaleFacts (the content script checks what the background sends, by hand)', () => {
  const good = (): LocaleFacts => JSON.parse(JSON.stringify(localeFacts('es-ES')));

  it('the Spanish facts carry a suffix table with entries (so the corruptions below change something)', () => {
    expect(good().units.suffix.length).toBeGreaterThan(0);
    expect(isLocaleFacts(good())).toBe(true);
  });

  it('accepts what localeFacts gives, for every round-trip locale', () => {
    for (const locale of ROUND_TRIP_LOCALES) expect(isLocaleFacts(localeFacts(locale)), locale).toBe(true);
  });

  it.each([
    ['not an object', () => 'es'],
    ['no locale', (f: LocaleFacts) => ({ ...f, locale: '' })],
    ['huge tag', (f: LocaleFacts) => ({ ...f, tag: 'x'.repeat(65) })],
    [
      'empty decimal mark',
      (f: LocaleFacts) => ({ ...f, separators: { ...f.separators, latin: { group: '.', decimal: '' } } }),
    ],
    ['separators missing', (f: LocaleFacts) => ({ ...f, separators: { latin: f.separators.latin } })],
    ['unit exponent not an integer', (f: LocaleFacts) => withSuffix(f, { token: 'k', lower: 'k', exponent: 3.5 })],
    ['unit exponent too big', (f: LocaleFacts) => withSuffix(f, { token: 'k', lower: 'k', exponent: 400 })],
    ['caseless not a boolean', (f: LocaleFacts) => withSuffix(f, { token: 'k', lower: 'k', caseless: 'yes' })],
    ['empty token', (f: LocaleFacts) => withSuffix(f, { token: '', lower: '' })],
    ['an edge that is not a character', (f: LocaleFacts) => units(f, { suffix: [['kilo', f.units.suffix[0]?.[1]]] })],
    ['a side that is not a list', (f: LocaleFacts) => units(f, { prefix: {} })],
    [
      'too many units',
      (f: LocaleFacts) => units(f, { suffix: [['k', Array.from({ length: 401 }, () => f.units.suffix[0]?.[1][0])]] }),
    ],
    [
      'unknown position',
      (f: LocaleFacts) => units(f, { alone: [{ token: 'mille', exponent: 3, position: 'middle' }] }),
    ],
    [
      'units as a word list (the old shape)',
      (f: LocaleFacts) => units(f, null, [{ token: 'k', exponent: 3, position: 'suffix' }]),
    ],
    ['scripts not strings', (f: LocaleFacts) => ({ ...f, scripts: [1] })],
  ])('rejects %s', (_name, corrupt) => {
    expect(isLocaleFacts(corrupt(good()))).toBe(false);
  });

  it('never throws on arbitrary values, and whatever it accepts primes a parser that never throws', async () => {
    const parser = await freshParser();
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), fc.string(), (value, text) => {
        if (isLocaleFacts(value)) {
          parser.primeLanguage(value);
          parser.parseCount(text, value.tag);
        }
      }),
      { numRuns: process.env.LONG ? 5_000 : 500 },
    );
  });
});
