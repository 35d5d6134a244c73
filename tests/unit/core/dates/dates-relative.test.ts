// Relative post dates in the page's language, from CLDR's relative-time patterns (no word list per language).
import { describe, expect, it } from 'vitest';
import { parseRelativeTime, relativeToIso } from '../../../../src/core/dates/relative.ts';

const DAY = 86_400_000;

describe('relative times as YouTube shows them, in many languages', () => {
  it.each([
    ['2 weeks ago', 'en-GB', 14],
    ['hace 2 días', 'es-ES', 2],
    ['vor 5 Monaten', 'de-DE', 5 * 30.436875],
    ['il y a 3 jours', 'fr', 3],
    ['há 3 semanas', 'pt-BR', 21],
    ['3 дня назад', 'ru', 3],
    ['2 gün önce', 'tr', 2],
    ['2 日前', 'ja', 2],
    ['3 개월 전', 'ko', 3 * 30.436875],
    ['2 tuần trước', 'vi', 14],
    ['قبل ٣ أيام', 'ar', 3],
    ['1 year ago', 'en', 365.2425],
  ])('%s (%s) → %f days ago', (text, lang, days) => {
    const read = parseRelativeTime(text, lang);
    expect(read?.agoMs).toBeCloseTo(days * DAY, -3);
    expect(read?.extra).toBe(false);
  });

  it('words beyond the age ("Streamed", "Emitido", "Premiered") are reported: the item is a stream or premiere', () => {
    expect(parseRelativeTime('Streamed 3 days ago', 'en')?.extra).toBe(true);
    expect(parseRelativeTime('Emitido hace 2 días', 'es')?.extra).toBe(true);
    expect(parseRelativeTime('Premiered 2 weeks ago', 'en')).toEqual({ agoMs: 14 * DAY, extra: true });
  });

  it('another language, no number, or no relative phrase reads as nothing', () => {
    expect(parseRelativeTime('hace 2 días', 'de')).toBeNull();
    expect(parseRelativeTime('1.234 views', 'en')).toBeNull();
    expect(parseRelativeTime('ago', 'en')).toBeNull();
    expect(parseRelativeTime('', 'en')).toBeNull();
    expect(parseRelativeTime('2 days ago', 'not a language!')).toBeNull();
  });

  it('counts back from the clock it is given', () => {
    const now = new Date('2026-01-26T18:00:00Z');
    expect(relativeToIso('2 hours ago', 'en', now)).toBe('2026-01-26T16:00:00.000Z');
    expect(relativeToIso('x', 'en', now)).toBeNull();
    // A page can write any number: past Date's range it is no date, never a thrown RangeError.
    expect(relativeToIso('99999999999 years ago', 'en', now)).toBeNull();
  });

  it('every language ICU formats reads back its own "N days ago" (the rule, not a list)', () => {
    const langs = Intl.DateTimeFormat.supportedLocalesOf([
      'af',
      'am',
      'bg',
      'bn',
      'ca',
      'cs',
      'da',
      'el',
      'et',
      'fa',
      'fi',
      'fil',
      'gu',
      'he',
      'hi',
      'hr',
      'hu',
      'id',
      'it',
    ]).concat([
      'kn',
      'lt',
      'lv',
      'ml',
      'mr',
      'ms',
      'nb',
      'nl',
      'pl',
      'ro',
      'sk',
      'sl',
      'sr',
      'sv',
      'sw',
      'ta',
      'te',
      'th',
      'uk',
      'ur',
      'zh',
      'zh-TW',
    ]);
    let read = 0;
    for (const lang of langs) {
      for (const n of [3, 5, 11]) {
        const text = new Intl.RelativeTimeFormat(lang, { numeric: 'always' }).format(-n, 'day');
        const got = parseRelativeTime(text, lang);
        expect(got?.agoMs, `${lang}: ${text}`).toBe(n * DAY);
        read++;
      }
    }
    expect(read).toBeGreaterThan(100);
  });
});
