import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGS } from '../../../../src/core/catalogue.ts';
import { textsFor } from '../../../../src/core/scoring/texts.ts';

describe("scoring's words come from the one catalogue (public/_locales)", () => {
  it('words each insight text from the catalogue entry of its language', () => {
    for (const lang of LANGS) {
      expect(textsFor(lang).t('tier_mid')).toBe(CATALOGUES[lang].tier_mid?.message);
      expect(textsFor(lang).t('verdict_outside_range')).toBe(CATALOGUES[lang].verdict_outside_range?.message);
    }
    expect(textsFor('es').t('tier_mid')).toBe('Medio');
  });
  it('fills named parameters into $NAME$ placeholders, whatever their case', () => {
    expect(textsFor('en').t('growth_text', { change: '+5%', days: '30', perWeek: '+1%' })).toBe(
      '+5% followers in 30 days (+1% a week)',
    );
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
    expect(textsFor('en').t('tier_either', { a: 'Micro', b: 'Mid' })).toBe('Micro or Mid');
    expect(textsFor('en').t('tier_either', { a: 'Micro' })).toBe('Micro or $B$');
  });
});
