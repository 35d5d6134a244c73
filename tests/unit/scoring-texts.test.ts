import { describe, expect, it } from 'vitest';
import { LANGS, TEXT_TABLES, textsFor } from '../../src/core/scoring/texts.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('English and Spanish text tables', () => {
  it('have identical keys', () => {
    const en = Object.keys(TEXT_TABLES.en).sort();
    for (const lang of LANGS) expect(Object.keys(TEXT_TABLES[lang]).sort()).toEqual(en);
  });
  it('use the same placeholders under each key, and no empty text', () => {
    for (const [key, text] of Object.entries(TEXT_TABLES.en)) {
      expect(placeholders(TEXT_TABLES.es[key] ?? ''), key).toEqual(placeholders(text));
      expect(TEXT_TABLES.es[key]?.trim(), key).not.toBe('');
    }
  });
});

describe('number formats follow the language (Intl)', () => {
  it('integers', () => {
    expect(textsFor('en').int(48_213)).toBe('48,213');
    expect(textsFor('es').int(48_213)).toBe('48.213');
  });
  it('percentages and ratios', () => {
    expect(textsFor('en').pct(0.0413)).toBe('4.1%');
    expect(textsFor('es').pct(0.0413)).toBe('4,1\u00a0%');
    expect(textsFor('es').ratio(2.13)).toBe('2,1');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(textsFor('en').t('tier.either', { a: 'Micro', b: 'Mid' })).toBe('Micro or Mid');
    expect(textsFor('en').t('tier.either', { a: 'Micro' })).toBe('Micro or {b}');
  });
});
