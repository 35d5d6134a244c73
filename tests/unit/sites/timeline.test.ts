// A list of posts is a timeline only when it is newest first (pinned aside); readers mark the rest as a selection.
import { describe, expect, it } from 'vitest';
import { tiktokIdTime } from '../../../src/sites/tiktok/video-id.ts';
import { markSelectionIfUnordered } from '../../../src/sites/timeline.ts';
import { fixtureText, HAS_REAL, realJson } from '../../support/read-helpers-tt-ig-yt.ts';

const at = (date: string, more: { pinned?: boolean } = {}) => ({ publishedAt: `${date}T12:00:00.000Z`, ...more });

describe('markSelectionIfUnordered', () => {
  it('leaves a newest-first list alone, whatever the pinned post above it', () => {
    const posts = [at('2021-01-01', { pinned: true }), at('2025-03-01'), at('2025-02-01'), at('2024-12-01')];
    expect(markSelectionIfUnordered(posts).some((p) => 'curated' in p)).toBe(false);
  });
  it('marks every post of a list that shows old posts above newer ones (X logged out: 2024, 2023, 2025)', () => {
    const posts = markSelectionIfUnordered([at('2024-08-23'), at('2023-02-26'), at('2025-08-11')]);
    expect(posts.every((p) => (p as { curated?: boolean }).curated)).toBe(true);
  });
  it('a reply listed a second after its parent (a thread) is still a timeline', () => {
    const posts = [
      { publishedAt: '2026-07-30T01:31:49.000Z' },
      { publishedAt: '2026-07-30T01:31:50.000Z' },
      { publishedAt: '2026-07-08T15:46:13.000Z' },
    ];
    expect(markSelectionIfUnordered(posts).some((p) => 'curated' in p)).toBe(false);
  });
  it('undated posts say nothing about the order', () => {
    const posts = [{ publishedAt: null }, at('2025-01-01'), {}, at('2024-01-01')];
    expect(markSelectionIfUnordered(posts).some((p) => 'curated' in p)).toBe(false);
  });
});

describe('TikTok video ids carry their upload time', () => {
  it("the saved grid's first video: its id time is seconds before the createTime its own saved page shows", () => {
    const page = fixtureText('tiktok/tiktok-video_illojuan-7571863205253778710_rendered-dom_en_2025-12-30.html');
    const created = Number(/"createTime":"(\d+)"/.exec(page)?.[1]);
    const idTime = Date.parse(tiktokIdTime('7571863205253778710') ?? '') / 1000;
    expect(created - idTime).toBeGreaterThanOrEqual(0);
    expect(created - idTime).toBeLessThan(60);
  });
  it('not an id, or an id before TikTok existed → null', () => {
    expect(tiktokIdTime('abc')).toBeNull();
    expect(tiktokIdTime('12345')).toBeNull();
    expect(tiktokIdTime('00000000000000000001')).toBeNull();
  });
  it.skipIf(!HAS_REAL)('item_list createTime is the id time or at most a day later, on every captured item', () => {
    const items = realJson('tiktok/tiktok-item_list-REDUCED_2026-01-29.json') as Array<{
      id: string;
      createTime: number;
    }>;
    expect(items.length).toBeGreaterThan(50);
    for (const item of items) {
      const idTime = Date.parse(tiktokIdTime(item.id) ?? '') / 1000;
      expect(item.createTime - idTime, item.id).toBeGreaterThanOrEqual(0);
      expect(item.createTime - idTime, item.id).toBeLessThan(86_400);
    }
  });
});
