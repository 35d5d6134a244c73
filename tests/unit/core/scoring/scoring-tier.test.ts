import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../../../src/core/scoring/settings.ts';
import { textsFor } from '../../../../src/core/scoring/texts.ts';
import { tierFor, tierOf } from '../../../../src/core/scoring/tier.ts';
import { exact, shown, snapshot } from '../../../support/scoring-fixtures.ts';

const bands = DEFAULT_SCORING_SETTINGS.tierBands;
const en = textsFor('en');

describe('tierOf: every default boundary (a band includes its lower bound)', () => {
  it.each([
    [0, 'emerging'],
    [999, 'emerging'],
    [1_000, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [100_001, 'mid'],
    [499_999, 'mid'],
    [500_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [24_600_000, 'mega'],
  ] as const)('%d followers → %s', (followers, tier) => {
    expect(tierOf(followers, bands)).toBe(tier);
  });
});

describe('tierFor: rounded counts that straddle a boundary', () => {
  it('"100K" (99,500–100,500) is Mid by value, and says "Micro or Mid"', () => {
    expect(tierFor(shown('100K'), bands, en)).toEqual({ id: 'mid', label: 'Micro or Mid', alternative: 'micro' });
  });
  it('"9.99K" (9,985–9,995) stays Nano: the whole interval is under 10,000', () => {
    expect(tierFor(shown('9.99K'), bands, en)).toEqual({ id: 'nano', label: 'Nano' });
  });
  it('"1.0M" (950,000–1,050,000) straddles Macro and Mega', () => {
    const t = tierFor(shown('1.0M'), bands, en);
    expect(t).toEqual({ id: 'mega', label: 'Macro or Mega', alternative: 'macro' });
  });
  it('a count just under a boundary whose max crosses it names the upper tier second', () => {
    const t = tierFor({ value: 9_990, min: 9_950, max: 10_050 }, bands, en);
    expect(t).toEqual({ id: 'nano', label: 'Nano or Micro', alternative: 'micro' });
  });
  it('exact counts never straddle', () => {
    expect(tierFor(exact(10_000), bands, en).alternative).toBeUndefined();
  });
  it('labels are translated', () => {
    expect(tierFor(shown('100K'), bands, textsFor('es')).label).toBe('Micro o Medio');
  });
});

describe('unread followers', () => {
  it('keeps the contract (an id) but marks the tier unknown', () => {
    const tier = scoreProfile(snapshot('instagram')).tier;
    expect(tier).toEqual({ id: 'emerging', label: 'Unknown size', unknown: true });
  });
});

describe('user-edited bands', () => {
  it('move the boundaries', () => {
    const custom = { ...bands, micro: 5_000 };
    expect(tierOf(6_000, custom)).toBe('micro');
    const insight = scoreProfile(snapshot('x', { followers: exact(6_000) }), {
      settings: { ...DEFAULT_SCORING_SETTINGS, tierBands: custom },
    });
    expect(insight.tier.id).toBe('micro');
  });
});
