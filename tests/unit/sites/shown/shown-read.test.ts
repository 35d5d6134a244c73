// The page half of a document read gathers counts as text (SnapshotBuilder queues them); the worker half reads
// them (resolveShown). The whole read (readDocument) is the two halves joined, so what the extension shows equals
// what `inspect` prints: checked here on every saved real page, through the message schema and a JSON round trip.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Count } from '../../../../src/core/count.ts';
import type { Platform } from '../../../../src/core/platform.ts';
import { MAX_CAPTION_CHARS, MAX_SHOWN_CHARS } from '../../../../src/core/shown.ts';
import { ContentToBackgroundSchema } from '../../../../src/messages/protocol.ts';
import { SnapshotBuilder } from '../../../../src/sites/reader.ts';
import { READERS } from '../../../../src/sites/readers.ts';
import { resolveShown } from '../../../../src/sites/shown/read.ts';
import { htmlDocument } from '../../../support/read-helpers-tt-ig-yt.ts';

const exact = (n: number): Count => ({ value: n, min: n, max: n });
const FIXTURES = resolve(import.meta.dirname, '../../../fixtures/real');
const REAL = resolve(import.meta.dirname, '../../../../../shared/real-pages');

function finished(b: SnapshotBuilder) {
  const snapshot = b.build();
  return resolveShown(snapshot, b.shown());
}

describe('SnapshotBuilder with counts shown as text: the first source that reads wins, in the order found', () => {
  const builder = () => new SnapshotBuilder('tiktok', 'ana', 'https://www.tiktok.com/@ana', 'en');

  it('text first, then a number: the text wins when it reads, the number when it does not', () => {
    const reads = builder().count('followers', { text: '1,234', lang: 'en' }, 'a').count('followers', exact(9), 'b');
    expect(finished(reads)).toMatchObject({ followers: exact(1234), sources: { followers: 'a' } });
    const unreadable = builder()
      .count('followers', { text: 'many', lang: 'en' }, 'a')
      .count('followers', exact(9), 'b');
    expect(finished(unreadable)).toMatchObject({ followers: exact(9), sources: { followers: 'b' } });
  });

  it('a number first: later text is never queued', () => {
    const b = builder().count('followers', exact(5), 'a').count('followers', { text: '7', lang: 'en' }, 'b');
    expect(b.shown()).toBeUndefined();
    expect(b.build()).toMatchObject({ followers: exact(5), sources: { followers: 'a' } });
  });

  it('has() is false while only text is queued, true once a number follows it', () => {
    const b = builder().count('posts', { text: '12', lang: 'en' }, 'a');
    expect(b.has('posts')).toBe(false);
    b.count('posts', exact(3), 'b');
    expect(b.has('posts')).toBe(true);
    // Settled: a weaker source after the number is not queued.
    b.count('posts', { text: '99', lang: 'en' }, 'c');
    expect(b.shown()?.counts?.posts).toHaveLength(2);
  });

  it('the reason a count is missing stays when no text reads, and goes when one does', () => {
    const none = builder().count('following', { text: '—', lang: 'en' }, 'a');
    const noneSnap = resolveShown(none.finish(['tried a'], 'html[lang]'), none.shown());
    expect(noneSnap.following).toBeNull();
    expect(noneSnap.missing?.following).toBe('tried a');
    const one = builder().count('following', { text: '1.2K', lang: 'en' }, 'a');
    const oneSnap = resolveShown(one.finish(['tried a'], 'html[lang]'), one.shown());
    expect(oneSnap.following).toMatchObject({ value: 1200, min: 1150 });
    expect(oneSnap.missing?.following).toBeUndefined();
  });

  it('truncated text reads up to the next unit; an over-long text is no count and is not sent', () => {
    const b = builder()
      .count('followers', { text: '74.2K', lang: 'en', how: 'truncated' }, 't')
      .count('following', { text: `${'x'.repeat(MAX_SHOWN_CHARS)} 5`, lang: 'en' }, 'long');
    expect(b.shown()?.counts?.following).toBeUndefined();
    expect(finished(b).followers).toEqual({ value: 74_200, min: 74_200, max: 74_299 });
  });

  it('Facebook: a header count either rounded or truncated, og:description metrics, and the notes they fill', () => {
    const description = '61,828,042 likes · 1,649,246 talking about this · 10,431 were here';
    const og = (metric: 'likes' | 'talkingAbout' | 'wereHere') =>
      ({ text: description, lang: 'en', how: 'og', metric }) as const;
    const b = new SnapshotBuilder('facebook', 'nintendo', 'https://www.facebook.com/nintendo', 'en')
      .count('totalLikes', og('likes'), 'og')
      .count('followers', { text: '64M', lang: 'en', how: 'either' }, 'header')
      .note('talkingAbout', og('talkingAbout'), ' talking about this (og:description)')
      .note('wereHere', { text: 'nobody was here', lang: 'en', how: 'og', metric: 'wereHere' }, ' were here');
    const snap = finished(b);
    expect(snap.totalLikes).toEqual(exact(61_828_042));
    // Rounded "64M" is 63.5M–64.5M, truncated 64M–64.99…M: the interval holds both.
    expect(snap.followers).toMatchObject({ value: 64e6, min: 63.5e6 });
    expect(snap.followers?.max).toBeGreaterThan(64.9e6);
    expect(snap.sources.talkingAbout).toBe('1649246 talking about this (og:description)');
    expect(snap.sources.wereHere).toBeUndefined();
  });

  it("posts: text counts are read in place, numbers and 'hidden' are kept", () => {
    const b = builder().posts(
      [
        { id: '1', likes: 'hidden', comments: exact(2), views: { text: '3.4M', lang: 'en' } },
        { id: '2', likes: null, comments: null, views: { text: '—', lang: 'en' } },
      ],
      'grid',
    );
    expect(b.build().recentPosts.map((p) => p.views)).toEqual([null, null]);
    const [first, second] = finished(b).recentPosts;
    expect(first).toMatchObject({ likes: 'hidden', comments: exact(2), views: { value: 3_400_000 } });
    expect(second?.views).toBeNull();
  });

  it('posts: a caption goes to the worker as text and is read there; one over the bound is not sent, not cut', () => {
    const long = `${'x'.repeat(MAX_CAPTION_CHARS)} #ad`;
    const b = builder().posts(
      [
        { id: '1', likes: null, comments: null, views: null, caption: 'Con @Nike #Publi' },
        { id: '2', likes: null, comments: null, views: null, caption: long },
        { id: '3', likes: null, comments: null, views: null },
      ],
      'grid',
    );
    // The page's half: no post carries the text or its facts; the caption rides in what the worker reads.
    expect(b.build().recentPosts.map((p) => [p.hashtags, p.mentions, 'caption' in p])).toEqual([
      [undefined, undefined, false],
      [undefined, undefined, false],
      [undefined, undefined, false],
    ]);
    expect(b.shown()?.posts).toEqual([{ caption: 'Con @Nike #Publi' }, null, null]);
    const [first, second, third] = finished(b).recentPosts;
    expect(first).toMatchObject({ hashtags: ['publi'], mentions: ['nike'] });
    expect([second?.hashtags, third?.hashtags]).toEqual([undefined, undefined]);
  });

  it('a bio goes to the worker as text with its link fields, and its contacts are found there', () => {
    const b = builder().bioText('Colabs: Hola@Ana.es · ana.link/x', ['https://ana.shop', null], []);
    expect(b.build().bio).toBeUndefined();
    expect(b.shown()?.bio).toEqual({
      text: 'Colabs: Hola@Ana.es · ana.link/x',
      links: ['https://ana.shop'],
      emails: [],
    });
    expect(finished(b).bio).toEqual({ emails: ['hola@ana.es'], links: ['https://ana.shop'] });
    // Over the bound: not sent, so the bio stays unknown rather than read from a cut text.
    const long = builder().bioText(`${'x'.repeat(MAX_CAPTION_CHARS)} a@b.co`);
    expect([long.shown()?.bio, finished(long).bio]).toEqual([undefined, undefined]);
  });

  it('tweets: the action-group label when understood, else each button; the source says which', () => {
    const tweet = (group: string, buttons: Record<string, string | null>) =>
      (['likes', 'replies', 'views', 'reposts'] as const).map((metric) => ({
        text: group,
        lang: 'en',
        how: 'tweet-action' as const,
        metric,
        button: buttons[metric] ?? null,
      }));
    const [likes, replies, views, reposts] = tweet('10 replies, 1 repost, 27 likes', { views: '428 Views' });
    const [pLikes, pReplies, pViews] = tweet('10 respuestas, 27 me gusta', { likes: '27 Me gusta', replies: null });
    const b = new SnapshotBuilder('x', 'ana', 'https://x.com/ana', 'en').posts(
      [
        { id: '1', likes: likes ?? null, comments: replies ?? null, views: views ?? null, shares: reposts ?? null },
        { id: '2', likes: pLikes ?? null, comments: pReplies ?? null, views: pViews ?? null },
      ],
      'tweets',
    );
    const snap = finished(b);
    expect(snap.recentPosts[0]).toMatchObject({
      likes: exact(27),
      comments: exact(10),
      shares: exact(1),
      views: exact(428), // the group label had no views: the analytics link's
    });
    expect(snap.recentPosts[1]).toMatchObject({ likes: exact(27), comments: null, views: null });
    expect(snap.sources.recentPosts).toBe('tweets: action-group aria-label + per-button aria-labels');
  });
});

interface Page {
  file: string;
  platform: Platform;
  url: string;
  /** Whether the page half leaves counts to the worker (its counts are text on the page). */
  defers: boolean;
}

const PAGES: Page[] = [
  {
    file: 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html',
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@illojuan',
    defers: true,
  },
  {
    file: 'instagram/ig-profile_pluto__travel_2024-12-31.html',
    platform: 'instagram',
    url: 'https://www.instagram.com/pluto__travel/',
    defers: true,
  },
  {
    file: 'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html',
    platform: 'instagram',
    url: 'https://www.instagram.com/pluto__travel/',
    defers: true, // its numbers are exact, but its bio and 12 captions go to the worker as text
  },
  {
    file: 'instagram/ig-reel_CN2VQ1yI_MA_2024-12-31.html',
    platform: 'instagram',
    url: 'https://www.instagram.com/reel/CN2VQ1yI_MA/', // not a profile: both halves refuse it alike
    defers: false,
  },
  {
    file: 'x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html',
    platform: 'x',
    url: 'https://x.com/Kikobeats',
    defers: true,
  },
  {
    file: 'x/x-profile_javilop_rendered-dom_en_2025-12-23.html',
    platform: 'x',
    url: 'https://x.com/javilop',
    defers: true,
  },
  {
    file: 'x/x-profile_Kikobeats_rendered-dom_en_2023-01-01.html',
    platform: 'x',
    url: 'https://twitter.com/Kikobeats',
    defers: true,
  },
  {
    file: 'youtube/yt-channel-home_OneMedia_es-ES_2024-01.html',
    platform: 'youtube',
    url: 'https://www.youtube.com/@OneMedia.',
    defers: false,
  },
  {
    file: 'facebook/fb-mobile-posts_Nintendo_2021-06-08.html',
    platform: 'facebook',
    url: 'https://m.facebook.com/Nintendo/posts/',
    defers: true,
  },
];

function pathOf(file: string): string | null {
  return [FIXTURES, REAL].map((root) => resolve(root, file)).find(existsSync) ?? null;
}

describe('Instagram: the page half sends bio and captions as text (no Unicode pattern runs on the page)', () => {
  const path = pathOf('instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html');
  it.skipIf(!path)(
    'the real _sharedData page: 12 captions and the bio go as text, their facts come from the worker',
    () => {
      const doc = htmlDocument(readFileSync(path ?? '', 'utf8'));
      const url = new URL('https://www.instagram.com/pluto__travel/');
      const half = READERS.instagram.readPage(doc, url);
      if (!half.ok) throw new Error('no read');
      const posts = half.snapshot.recentPosts;
      expect(posts).toHaveLength(12);
      expect(posts.every((p) => p.hashtags === undefined && p.mentions === undefined && !('caption' in p))).toBe(true);
      const captions = half.shown?.posts?.map((p) => p?.caption) ?? [];
      expect(captions.filter((c) => typeof c === 'string' && c.length > 0)).toHaveLength(12);
      expect(half.snapshot.bio).toBeUndefined();
      expect(half.shown?.bio?.text).toMatch(/\S/);
      const whole = READERS.instagram.readDocument(doc, url);
      if (!whole.ok) throw new Error('no whole read');
      // The worker's half finds them: some caption of this travel account carries a hashtag or a mention.
      expect(whole.snapshot.recentPosts.some((p) => (p.hashtags?.length ?? 0) + (p.mentions?.length ?? 0) > 0)).toBe(
        true,
      );
      expect(whole.snapshot.bio?.links.length ?? 0).toBeGreaterThan(0);
    },
  );
});

describe('on saved real pages: page half → message → worker half = the whole read', () => {
  // Both halves must agree on relative dates ("hace 2 días"), which count back from the clock.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-27T12:00:00Z') });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  for (const page of PAGES) {
    const path = pathOf(page.file);
    it.skipIf(!path)(page.file, () => {
      const reader = READERS[page.platform];
      if (!reader || !path) throw new Error(`no reader or page for ${page.file}`);
      const url = new URL(page.url);
      const doc = htmlDocument(readFileSync(path, 'utf8'));
      const whole = reader.readDocument(doc, url);
      const half = reader.readPage(doc, url);
      if (!half.ok || !whole.ok) {
        expect(half).toEqual(whole);
        return;
      }
      expect(half.shown !== undefined, 'the page half left counts to the worker').toBe(page.defers);
      // What the content script sends, as the browser carries it, then validated as the router does.
      const sent = JSON.parse(
        JSON.stringify({ kind: 'content:profile-read', snapshot: half.snapshot, shown: half.shown }),
      );
      const arrived = ContentToBackgroundSchema.safeParse(sent);
      expect(arrived.success, arrived.error?.message).toBe(true);
      if (arrived.data?.kind !== 'content:profile-read') throw new Error('not a profile read');
      expect(resolveShown(arrived.data.snapshot, arrived.data.shown)).toEqual(whole.snapshot);
      // The Facebook posts page shows no follower count at all; every other profile page here does.
      expect(whole.snapshot.followers !== null).toBe(page.platform !== 'facebook');
    });
  }
});
