// TikTok's item_list names its account only in the request (secUid): the main-world projection finds whose secUid it
// is in what the page itself said, and the worker takes the item list only for that account's page.
import { describe, expect, it } from 'vitest';
import { readHandedPayload } from '../../../../src/background/page-data.ts';
import { tiktokProjection } from '../../../../src/content/page-data/tiktok-owner.ts';
import { tiktokReader } from '../../../../src/sites/tiktok/read.ts';
import { FIXTURES, fixtureText, HAS_REAL, htmlDocument, realJson } from '../../../support/read-helpers-tt-ig-yt.ts';

const ILLOJUAN_SEC_UID = 'MS4wLjABAAAARpM8d0mtXFPytJwiiHvFcy1C-X3PKBSV8wIeJ8gldqXSle1wI4mKT7rlUOAfVa6z';
const itemList = (secUid: string) =>
  new URL(`https://www.tiktok.com/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=${encodeURIComponent(secUid)}`);

describe.skipIf(!HAS_REAL)('the owner of a TikTok item list', () => {
  // The capture keeps the scraper's array of items; the live response wraps it as { itemList } (EXTRACTION.md §2.3).
  const items = () => ({ itemList: realJson('tiktok/tiktok-item_list-REDUCED_2026-01-29.json') });
  const userInfo = () =>
    (realJson('tiktok/tiktok-userInfo_oddanimalspecimens_2026-01-29.json') as object[])[0] as object;

  it('is the account whose secUid the page’s first-load JSON gives (the real @illojuan page)', () => {
    expect(FIXTURES).toBeTruthy();
    const page = htmlDocument(fixtureText('tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html'));
    const project = tiktokProjection(() => page);
    const projected = project(items(), itemList(ILLOJUAN_SEC_UID)) as { owner?: string; itemList?: unknown[] };
    expect(projected.owner).toBe('illojuan');
    expect(projected.itemList?.length).toBeGreaterThanOrEqual(5);
    // A secUid the page never described, or no secUid: no owner, so the worker refuses the list.
    expect((project(items(), itemList('MS4wLjABAAAAnobody')) as { owner?: string }).owner).toBeUndefined();
    expect(
      (project(items(), new URL('https://www.tiktok.com/api/post/item_list/')) as { owner?: string }).owner,
    ).toBeUndefined();
  });

  it('is learnt from an /api/user/detail response after in-app navigation', () => {
    const project = tiktokProjection(() => htmlDocument('<!doctype html><html><body></body></html>'));
    const detail = userInfo() as { user: { secUid: string } };
    const secUid = detail.user.secUid;
    expect((project(items(), itemList(secUid)) as { owner?: string }).owner).toBeUndefined();
    project({ userInfo: detail }, new URL(`https://www.tiktok.com/api/user/detail/?uniqueId=oddanimalspecimens`));
    expect((project(items(), itemList(secUid)) as { owner?: string }).owner).toBe('oddanimalspecimens');
  });

  it('the worker takes the list for that account’s page only, with its posts', () => {
    const project = tiktokProjection(() => htmlDocument('<!doctype html><html><body></body></html>'));
    const detail = userInfo() as { user: { secUid: string } };
    project({ userInfo: detail }, new URL('https://www.tiktok.com/api/user/detail/'));
    const text = JSON.stringify(project(items(), itemList(detail.user.secUid)));
    const own = readHandedPayload(tiktokReader, text, new URL('https://www.tiktok.com/@oddanimalspecimens'), 'en');
    expect(own?.handle).toBe('oddanimalspecimens');
    expect(own?.recentPosts.length).toBeGreaterThanOrEqual(5);
    expect(readHandedPayload(tiktokReader, text, new URL('https://www.tiktok.com/@illojuan'), 'en')).toBeNull();
    // Without the owner (what the page data held before): refused, as a list that names nobody.
    const bare = JSON.stringify(items());
    expect(
      readHandedPayload(tiktokReader, bare, new URL('https://www.tiktok.com/@oddanimalspecimens'), 'en'),
    ).toBeNull();
  });
});
