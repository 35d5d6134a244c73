import { describe, expect, it } from 'vitest';
import { scoreProfile } from '../../src/core/scoring/index.ts';
import { exact, post, snapshot } from './scoring-fixtures.ts';

// X and Facebook only have brand-account medians (Rival IQ): a creator far above them is not "strong" on that basis.
describe('brand-account benchmarks are context, not a yardstick for creators', () => {
  // @javilop's four tweets on 2025-12-23 (x-profile_javilop_rendered-dom_en_2025-12-23.html), 86,423 followers.
  const javilop = snapshot('x', {
    followers: exact(86423),
    recentPosts: [
      post('a', { likes: exact(684), comments: exact(68), shares: exact(131), views: exact(125077) }),
      post('b', { likes: exact(100549), comments: exact(1264), shares: exact(7363), views: exact(7483408) }),
      post('c', { likes: exact(58367), comments: exact(447), shares: exact(14088), views: exact(6360915) }),
      post('d', { likes: exact(47527), comments: exact(334), shares: exact(3668), views: exact(2611899) }),
    ],
  });

  it('states the ratio against the brand median in words, and does not judge engagement by it', () => {
    const insight = scoreProfile(javilop, { lang: 'en', now: new Date('2025-12-23T12:00:00Z') });
    expect(insight.benchmark?.ratio).toBeGreaterThan(100);
    expect((insight.benchmark as { text?: string }).text).toMatch(/median brand account on X/);
    expect(insight.fit.reasons.map((r) => r.code)).toContain('no-benchmark');
    expect(insight.fit.verdict).not.toBe('strong');
  });

  it('says the same in Spanish', () => {
    const insight = scoreProfile(javilop, { lang: 'es', now: new Date('2025-12-23T12:00:00Z') });
    expect((insight.benchmark as { text?: string }).text).toMatch(/cuenta de marca mediana en X/);
  });
});
