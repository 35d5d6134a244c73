// Percentages and the sponsored figure as a marketer reads them, in English and Spanish.
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/core/catalogue.ts';
import type { InsightFigures } from '../../../src/core/insight.ts';
import { formatShare } from '../../../src/core/percent.ts';
import { figureText } from '../../../src/ui/figure-text.ts';
import { useMessages } from '../../../src/ui/i18n.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const share = (fraction: number, lang: string) => nbsp(formatShare(fraction, lang));

describe('percentages', () => {
  it('a zero is "0%", never "0.00%"', () => {
    expect(share(0, 'en')).toBe('0%');
    expect(share(0, 'es')).toBe('0 %');
  });

  it('small non-zero shares keep two significant digits, not rounded to nothing', () => {
    expect(share(0.0029, 'en')).toBe('0.29%');
    expect(share(0.00005, 'en')).toBe('0.005%');
    expect(share(0.0029, 'es')).toBe('0,29 %');
  });

  it('from 1% one decimal at most, from 10% whole percents (123%, not "120%")', () => {
    expect(share(0.041, 'en')).toBe('4.1%');
    expect(share(0.04, 'en')).toBe('4%');
    expect(share(1 / 18, 'en')).toBe('5.6%');
    expect(share(0.144, 'en')).toBe('14%');
    expect(share(1.234, 'en')).toBe('123%');
    expect(share(1 / 18, 'es')).toBe('5,6 %');
  });
});

const figures = (sponsored: InsightFigures['sponsored']): InsightFigures => ({
  views: null,
  rhythm: null,
  trend: { metric: null, posts: 0 },
  sponsored,
  contact: null,
  price: null,
});

describe('the sponsored figure', () => {
  afterAll(() => useMessages('', null));

  it('none of 18: "0 of 18 posts with captions (0%)", in Spanish "0 de 18 … (0 %)"', () => {
    const none = figures({ read: 18, sponsored: 0, share: 0, mentioned: [] });
    useMessages('en', CATALOGUES.en);
    expect(nbsp(figureText('sponsored', none, 'en'))).toBe('0 of 18 posts with captions (0%)');
    useMessages('es', CATALOGUES.es);
    expect(nbsp(figureText('sponsored', none, 'es'))).toBe('0 de 18 publicaciones con texto (0 %)');
  });

  it('the accounts @mentioned in sponsored posts, with how many each, never called brands', () => {
    // @nike in two sponsored posts, @friend in one.
    const mentioned = Object.entries({ nike: 2, friend: 1 }).map(([handle, posts]) => ({ handle, posts }));
    const some = figures({ read: 12, sponsored: 3, share: 0.25, mentioned });
    useMessages('en', CATALOGUES.en);
    const en = figureText('sponsored', some, 'en');
    expect(en).toBe(
      '3 of 12 posts with captions (25%) · accounts @mentioned in the sponsored posts: @nike ×2, @friend ×1',
    );
    useMessages('es', CATALOGUES.es);
    const es = nbsp(figureText('sponsored', some, 'es'));
    expect(es).toBe(
      '3 de 12 publicaciones con texto (25 %) · cuentas @mencionadas en las publicaciones patrocinadas: @nike ×2, @friend ×1',
    );
    expect(`${en} ${es}`).not.toMatch(/brand|marca/i);
  });
});
