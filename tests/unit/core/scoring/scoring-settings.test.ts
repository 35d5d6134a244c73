import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../../../src/core/scoring/index.ts';
import { DEFAULT_SCORING_SETTINGS, validateScoringSettings } from '../../../../src/core/scoring/settings.ts';
import { DEFAULT_SETTINGS, parseAppSettings } from '../../../../src/core/settings.ts';
import { exact, snapshot } from '../../../support/scoring-fixtures.ts';

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
    ['another version', { ...D, version: 3 }, /version/],
    ['a fallback smaller than the minimum', { ...D, sample: { ...D.sample, newest: 3 } }, /newest-posts fallback/],
    ['not an object', 'hello', /.+/],
  ])('rejects %s with a reason', (_name, input, reason) => {
    const check = validateScoringSettings(input);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});

describe('settings saved by version 1 (before the recent-posts sample)', () => {
  const { sample: _sample, ...rest } = D;
  const v1 = { ...rest, version: 1, thresholds: { ...D.thresholds, minPosts: 3, massFollowing: 1_500 } };
  it('upgrade: sample defaults added, mass following dropped, the old default minimum of 3 raised to 5', () => {
    expect(validateScoringSettings(v1)).toEqual({ ok: true, settings: D });
  });
  it('keeps a minimum and other values the user chose', () => {
    const chosen = { ...v1, thresholds: { ...v1.thresholds, minPosts: 8 }, fitRange: { min: 2_000, max: 60_000 } };
    const check = validateScoringSettings(chosen);
    expect(check.ok && check.settings.thresholds.minPosts).toBe(8);
    expect(check.ok && check.settings.fitRange).toEqual({ min: 2_000, max: 60_000 });
  });
  it('the app settings that hold them are read whole (overlay choices kept)', () => {
    const stored = { version: 1, overlay: { ...DEFAULT_SETTINGS.overlay, x: false }, uiLang: 'es', scoring: v1 };
    const parsed = parseAppSettings(stored);
    expect(parsed.success && parsed.data.overlay.x).toBe(false);
    expect(parsed.success && parsed.data.scoring).toEqual(D);
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
