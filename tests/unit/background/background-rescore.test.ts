// After an update that changes the scoring rules, a saved shortlist shows the new verdicts: every stored summary
// is scored again once, with the worker's own scorer, and never again until the rules change.
import { describe, expect, it } from 'vitest';
import { rescoreAfterUpdate } from '../../../src/background/rescore.ts';
import { scoreRecord, summaryOf } from '../../../src/background/score.ts';
import { SCORING_VERSION } from '../../../src/core/scoring/version.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import type { ProfileSnapshot } from '../../../src/core/snapshot.ts';
import { KEY, type RecordSummary } from '../../../src/storage/schema.ts';
import { ProfileStore, recordKey } from '../../../src/storage/store.ts';
import { MemoryArea } from '../../support/memory-area.ts';
import { recordsView } from '../../support/storage-fixtures.ts';

const exact = (n: number) => ({ value: n, min: n, max: n });

// X's logged-out page: three highlighted posts. The old rules called this a "possible fit" on 3 posts.
const javilopLike: ProfileSnapshot = {
  platform: 'x',
  handle: 'javilop',
  url: 'https://x.com/javilop',
  lang: 'en',
  followers: exact(86_423),
  following: exact(1_351),
  posts: exact(74_263),
  totalLikes: null,
  recentPosts: [
    { id: '1', likes: exact(100_549), comments: exact(1_264), views: exact(7_483_408), curated: true },
    { id: '2', likes: exact(58_367), comments: exact(447), views: exact(6_360_915), curated: true },
    { id: '3', likes: exact(47_527), comments: exact(334), views: exact(2_611_899), curated: true },
  ],
  sources: {},
};
const OLD_SUMMARY: RecordSummary = {
  tier: 'micro',
  tierLabel: 'Micro',
  followers: 86_423,
  rate: 0.84,
  low: 0.6,
  high: 1.26,
  basis: 'followers',
  verdict: 'possible',
  score: 65,
};

async function storeWithOldSummary() {
  const area = new MemoryArea();
  const scorer = async (record: Parameters<typeof scoreRecord>[0]) =>
    summaryOf(record, scoreRecord(record, DEFAULT_SETTINGS, 'en'));
  // Written by the old version: its summary, and no scored-with mark.
  const old = new ProfileStore(area, async () => OLD_SUMMARY);
  await old.migrate();
  await old.recordSnapshot(javilopLike, null);
  await old.setSaved({ platform: 'x', handle: 'javilop' }, true);
  return { area, store: new ProfileStore(area, scorer) };
}

describe('re-scoring stored profiles after an update', () => {
  it('the old "possible" becomes "not enough data", notes and the saved entry kept; marked as done', async () => {
    const { area, store } = await storeWithOldSummary();
    const key = recordKey({ platform: 'x', handle: 'javilop' });
    const before = (await recordsView(area).get(key))[key] as { summary: RecordSummary; saved: unknown };
    expect(before.summary.verdict).toBe('possible');

    expect(await rescoreAfterUpdate(area, store)).toBe(true);
    const after = (await recordsView(area).get(key))[key] as { summary: RecordSummary; saved: unknown };
    expect(after.summary.verdict).toBe('insufficient-data');
    expect(after.summary.rate).toBeNull();
    expect(after.saved).toEqual(before.saved);
    expect(area.items.get(KEY.scoredWith)).toBe(SCORING_VERSION);
    // The shortlist (the index) shows it too.
    const [row] = await store.shortlistEntries();
    expect(row?.summary?.verdict).toBe('insufficient-data');
  });

  it('runs once: a second start leaves storage as it is', async () => {
    const { area, store } = await storeWithOldSummary();
    await rescoreAfterUpdate(area, store);
    const once = structuredClone(Object.fromEntries(area.items));
    expect(await rescoreAfterUpdate(area, store)).toBe(false);
    expect(Object.fromEntries(area.items)).toEqual(once);
  });
});
