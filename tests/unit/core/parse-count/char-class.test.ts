// The Latin-1 fast paths must answer exactly as the Unicode-property patterns they stand in for, for every
// UTF-16 unit and for astral code points; the pattern-first rewrites of reader checks likewise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLetter,
  isLetterNumberOrMark,
  isLetterOrNumber,
  isMark,
} from '../../../../src/core/parse-count/char-class.ts';
import { parseCount } from '../../../../src/core/parse-count/index.ts';
import { foreignWordAfter, scriptOf } from '../../../../src/core/parse-count/scripts.ts';
import { needsWordBoundary } from '../../../../src/core/parse-count/word-boundary.ts';
import { leadingCount } from '../../../../src/sites/shown/tweet-actions.ts';
import { isNumberThenWord } from '../../../../src/sites/x/header.ts';
import { youtubeUrls } from '../../../../src/sites/youtube/url.ts';

const CLASSES: Array<[string, (c: string) => boolean, RegExp]> = [
  ['isLetter', isLetter, /\p{L}/u],
  ['isLetterOrNumber', isLetterOrNumber, /[\p{L}\p{N}]/u],
  ['isLetterNumberOrMark', isLetterNumberOrMark, /[\p{L}\p{N}\p{M}]/u],
  ['isMark', isMark, /\p{M}/u],
  [
    'needsWordBoundary',
    needsWordBoundary,
    /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Ethiopic}]/u,
  ],
];

// Astral samples: letters (𝐀, 𠀀), a number (𝟙), a mark (𝅥), an emoji.
const ASTRAL = [0x1d400, 0x20000, 0x1d7d9, 0x1d165, 0x1f525, 0x10400];

describe('character classes with a Latin-1 fast path', () => {
  for (const [name, fast, pattern] of CLASSES) {
    it(`${name} agrees with ${pattern} on every UTF-16 unit and on astral characters`, () => {
      const wrong: string[] = [];
      for (let c = 0; c <= 0xffff; c++) {
        const char = String.fromCharCode(c);
        if (fast(char) !== pattern.test(char)) wrong.push(c.toString(16));
      }
      for (const cp of ASTRAL) {
        const char = String.fromCodePoint(cp);
        if (fast(char) !== pattern.test(char)) wrong.push(cp.toString(16));
      }
      expect(wrong).toEqual([]);
      expect(fast('')).toBe(false);
    });
  }
});

// Text like the labels and unit tails the readers see: digits, separators, Latin, accented, Cyrillic, CJK, astral.
const piece = fc.constantFrom(
  '1',
  '23',
  '4,5',
  '6.789',
  '\u00a0',
  '\u202f',
  ' ',
  'K',
  'k',
  'Likes',
  'é',
  'ñ',
  'ß',
  'тыс',
  'млн',
  '万',
  '회',
  'ह',
  'ज़',
  '𝐀',
  '🔥',
  '.',
  ',',
  '·',
  'x',
  '@',
  '_',
  '-',
);
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

describe('pattern-first rewrites decide as the single Unicode pattern did', () => {
  it('foreignWordAfter: the first letter within three units after the number, as /\\p{L}/u found it', () => {
    const before = (t: string, end: number, scripts: Set<string>) => {
      const rest = t.slice(end).trimStart();
      const first = rest.match(/\p{L}/u)?.[0];
      if (!first || rest.indexOf(first) > 2) return false;
      const script = scriptOf(first);
      return script !== null && !scripts.has(script);
    };
    fc.assert(
      fc.property(text, fc.nat(6), fc.subarray(['Cyrillic', 'EastAsian', 'Devanagari']), (t, end, scripts) => {
        const set = new Set(scripts);
        expect(foreignWordAfter(t, end, set)).toBe(before(t, end, set));
      }),
      { numRuns: 3000 },
    );
  });

  it('leadingCount matches what the single lookahead pattern would capture', () => {
    const old = /^[^\d]{0,40}?(\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)(?![.,]?\d|\p{L})/u;
    fc.assert(
      fc.property(text, (t) => {
        const m = old.exec(t);
        expect(leadingCount(t, 'en')?.value ?? null).toBe(m?.[1] ? (parseCount(m[1], 'en')?.value ?? null) : null);
      }),
      { numRuns: 3000 },
    );
    expect(leadingCount('1\u00a0234x', 'en')?.value).toBe(1); // the backtracking case the fast pattern hands over
  });

  it('X header text: "<number> <word>" as /…\\s+\\p{L}+$/u decided it', () => {
    const rule = /^[\d\s.,\u00a0\u202f]+\S{0,4}\s+\p{L}+$/u;
    fc.assert(
      fc.property(text, (t) => {
        expect(isNumberThenWord(t)).toBe(rule.test(t));
      }),
      { numRuns: 3000 },
    );
    expect(isNumberThenWord('23.9K posts')).toBe(true);
    expect(isNumberThenWord('23.9K 🔥')).toBe(false);
  });

  it('YouTube @handles: ASCII and Unicode handles read as the Unicode rule says', () => {
    const rule = /^@([\p{L}\p{N}\p{M}_.-]{3,30})$/u;
    fc.assert(
      fc.property(text, (t) => {
        const segment = `@${t.replace(/[\s/?#%]/g, '')}`;
        const url = new URL(`https://www.youtube.com/${encodeURIComponent(segment)}`);
        expect(youtubeUrls.profileHandle(url)).toBe(rule.exec(segment)?.[1] ?? null);
      }),
      { numRuns: 3000 },
    );
  });
});
