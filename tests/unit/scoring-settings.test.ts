import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../src/core/scoring/index.ts';
import { DEFAULT_SCORING_SETTINGS, validateScoringSettings } from '../../src/core/scoring/settings.ts';
import { exact, snapshot } from './scoring-fixtures.ts';

const D = DEFAULT_SCORING_SETTINGS;

describe('validateScoringSettings', () => {
  it('accepts the defaults and a sensible edit', () => {
    expect(validateScoringSettings(D)).toEqual({ ok: true, settings: D });
    const edited = { ...D, fitRange: { min: 5_000, max: 50_000 }, verdict: { strong: 70, possible: 40 } };
    expect(validateScoringSettings(edited).ok).toBe(true);
  });
  it.each([
    ['bands not increasing', { ...D, tierBands: { ...D.tierBands, micro: 200_000 } }, /tierBands.*increase/],
    ['min ≥ max', { ...D, fitRange: { min: 100_000, max: 100_000 } }, /fitRange.*below its maximum/],
    ['spread thresholds crossed', { ...D, thresholds: { ...D.thresholds, likesSpreadLow: 2 } }, /likes-spread/],
    ['verdict cuts crossed', { ...D, verdict: { strong: 50, possible: 60 } }, /possible < strong/],
    ['negative band', { ...D, tierBands: { ...D.tierBands, nano: -1 } }, /tierBands\.nano/],
    ['confidence 1.5', { ...D, thresholds: { ...D.thresholds, confidence: 1.5 } }, /thresholds\.confidence/],
    ['another version', { ...D, version: 2 }, /version/],
    ['not an object', 'hello', /.+/],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const check = validateScoringSettings(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});

describe('scoreProfile with bad settings', () => {
  it('falls back to the defaults and says so', () => {
    const bad = { ...D, fitRange: { min: 10, max: 1 } };
    const insight = scoreProfile(snapshot('x', { followers: exact(5_000) }), { settings: bad });
    expect(insight.signals[0]?.code).toBe('settings-invalid');
    expect(insight.fit.reasons[0]?.code).toBe('followers-in-range');
  });
});
