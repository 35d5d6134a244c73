import { describe, expect, it } from 'vitest';
import { ProfileSnapshotSchema } from '../../../../src/core/snapshot.ts';
import { xReader } from '../../../../src/sites/x/read.ts';
import { exact, fixtureJson, HAS_REAL, realJson } from '../../../support/read-helpers-x-facebook.ts';

// X GraphQL payloads (twscrape mocks, MIT) and a scraper's legacy user object (scrapfly, NPOSL: read from shared).
function payload(json: unknown, url: string | null) {
  const result = xReader.readPayload?.(json, url ? new URL(url) : null);
  if (!result) throw new Error('not recognised as an X payload');
  return result;
}

function snapshotOf(json: unknown, url: string | null) {
  const result = payload(json, url);
  if (!result.ok) throw new Error(result.error);
  expect(ProfileSnapshotSchema.safeParse(result.snapshot).success).toBe(true);
  return result.snapshot;
}

describe('UserByScreenName', () => {
  it('reads the legacy schema (2025-03)', () => {
    const snap = snapshotOf(fixtureJson('x/x-UserByScreenName_XDevelopers_2025-03-07_legacy.json'), null);
    expect(snap.handle).toBe('XDevelopers');
    expect(snap.url).toBe('https://x.com/XDevelopers');
    expect([snap.followers, snap.following, snap.posts]).toEqual([exact(700242), exact(746), exact(4079)]);
    expect(snap.sources.followers).toMatch(/legacy.followers_count/);
  });

  it('reads the 2026 schema with legacy null', () => {
    const snap = snapshotOf(fixtureJson('x/x-UserByScreenName_XDevelopers_2026-08-07_v2schema.json'), null);
    expect(snap.handle).toBe('XDevelopers');
    expect([snap.followers, snap.following, snap.posts]).toEqual([exact(695695), exact(762), exact(4319)]);
    expect(snap.sources.followers).toMatch(/relationship_counts.followers/);
    expect(snap.private).toBe(false);
  });

  it('agrees with a URL naming the same handle in any case, refuses another', () => {
    const json = fixtureJson('x/x-UserByScreenName_XDevelopers_2026-08-07_v2schema.json');
    expect(snapshotOf(json, 'https://twitter.com/xdevelopers').followers).toEqual(exact(695695));
    expect(payload(json, 'https://x.com/Kikobeats')).toEqual({
      ok: false,
      error: 'payload is for @XDevelopers, not @Kikobeats',
    });
  });
});

describe('UserTweets (2026-08)', () => {
  const json = fixtureJson('x/x-UserTweets_XDevelopers_2026-08-07.json');
  const snap = snapshotOf(json, 'https://x.com/XDevelopers');

  it('reads the own tweets with exact counts and the view string', () => {
    expect(snap.recentPosts[0]).toEqual({
      id: '2019881223666233717',
      likes: exact(5569),
      comments: exact(783),
      views: exact(2525462),
      shares: exact(832),
      publishedAt: '2026-02-06T21:09:45.000Z',
      // Its text ("Officially launching X API Pay-Per-Use …") has no hashtag and no @mention.
      hashtags: [],
      mentions: [],
      pinned: true,
    });
    expect(snap.recentPosts.map((p) => p.id)).toEqual([
      '2019881223666233717',
      '2082640274845811115',
      '2082640276389249363',
      '2074882755905585583',
      '2072126677535346779',
    ]);
    expect(snap.recentPosts.filter((p) => p.pinned)).toHaveLength(1);
  });

  it("leaves out reposts of others (@benjitaylor's 2083289084567724316 and its repost wrapper)", () => {
    const ids = snap.recentPosts.map((p) => p.id);
    expect(ids).not.toContain('2083289084567724316');
    expect(ids).not.toContain('2083305234688803178');
    expect(snap.sources.recentPostsExcluded).toMatch(/^\d+ reposts/);
  });

  it('reads the profile counts from the embedded author object', () => {
    expect([snap.followers, snap.following, snap.posts]).toEqual([exact(695695), exact(762), exact(4319)]);
    expect(snap.sources.followers).toMatch(/UserTweets author/);
  });

  it('tells the profile from its pinned tweet without a URL', () => {
    expect(snapshotOf(json, null).handle).toBe('XDevelopers');
  });

  it('unwraps TweetWithVisibilityResults', () => {
    const copy = structuredClone(json) as {
      data: { user: { result: { timeline: { timeline: { instructions: Array<Record<string, unknown>> } } } } };
    };
    const pin = copy.data.user.result.timeline.timeline.instructions.find((i) => i.type === 'TimelinePinEntry') as {
      entry: { content: { itemContent: { tweet_results: { result: unknown } } } };
    };
    const results = pin.entry.content.itemContent.tweet_results;
    results.result = { __typename: 'TweetWithVisibilityResults', tweet: results.result };
    expect(snapshotOf(copy, 'https://x.com/XDevelopers').recentPosts[0]?.likes).toEqual(exact(5569));
  });
});

describe.skipIf(!HAS_REAL)('legacy user object (scrapfly REDUCED, 2026-04)', () => {
  const json = HAS_REAL ? realJson('x/x-user-legacy_robinhanson-REDUCED_2026-04-21.json') : null;

  it('needs a URL: the object does not name its user', () => {
    expect(payload(json, null)).toEqual({ ok: false, error: 'cannot tell which profile: pass --url' });
  });

  it('reads exact counts with the URL', () => {
    const snap = snapshotOf(json, 'https://x.com/robinhanson');
    expect([snap.followers, snap.following, snap.posts]).toEqual([exact(119785), exact(759), exact(70317)]);
  });
});

describe('payloads that are not X', () => {
  it('returns null', () => {
    for (const json of [null, 42, 'x', [], {}, { data: { user: {} } }, { userInfo: { stats: { followerCount: 1 } } }]) {
      expect(xReader.readPayload?.(json, new URL('https://x.com/XDevelopers'))).toBeNull();
    }
  });

  it('refuses a URL that is not an X profile', () => {
    const json = fixtureJson('x/x-UserByScreenName_XDevelopers_2025-03-07_legacy.json');
    expect(payload(json, 'https://x.com/home')).toMatchObject({ ok: false });
  });
});
