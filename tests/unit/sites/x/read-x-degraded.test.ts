import { describe, expect, it } from 'vitest';
import { xReader } from '../../../../src/sites/x/read.ts';
import { exact, fixtureText, htmlDocument } from '../../../support/read-helpers-x-facebook.ts';

// Real pages damaged the way a live page can be: stale JSON-LD after SPA navigation, nodes re-rendered or
// removed, JSON cut short, labels in a language we have no words for. Never a wrong number, never a throw.
const KIKO = fixtureText('x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html');
const JAVI = fixtureText('x/x-profile_javilop_rendered-dom_en_2025-12-23.html');

function read(doc: Document, url: string) {
  const result = xReader.readDocument(doc, new URL(url));
  if (!result.ok) throw new Error(result.error);
  return result.snapshot;
}

function jsonLdText(html: string): string {
  const el = htmlDocument(html).querySelector('script[data-testid="UserProfileSchema-test"]');
  return el?.textContent ?? '';
}

describe('X reader on degraded pages', () => {
  it('ignores JSON-LD left over from the previous profile and reads the re-rendered header', () => {
    const doc = htmlDocument(JAVI);
    const ld = doc.querySelector('script[data-testid="UserProfileSchema-test"]');
    if (!ld) throw new Error('fixture changed');
    ld.textContent = jsonLdText(KIKO); // navigated Kikobeats → javilop without reload
    const snap = read(doc, 'https://x.com/javilop');
    expect(snap.followers?.value).not.toBe(3893);
    expect(snap.followers && snap.followers.min <= 86423 && 86423 <= snap.followers.max).toBe(true);
    expect(snap.following).toEqual(exact(1351));
    expect(snap.sources.followers).toMatch(/verified_followers/);
    expect(snap.displayName).toBeUndefined();
  });

  it('reads nothing from a page that still shows another profile, and says why', () => {
    const snap = read(htmlDocument(KIKO), 'https://x.com/javilop');
    expect([snap.followers, snap.following]).toEqual([null, null]);
    expect(snap.missing?.followers).toMatch(/JSON-LD describes @Kikobeats, not @javilop/);
    expect(snap.missing?.followers).toMatch(/\/javilop\/verified_followers/);
    expect(snap.recentPosts).toEqual([]);
    expect(snap.missing?.recentPosts).toMatch(/3 reposts of others left out/);
  });

  it('falls back to the links when the JSON-LD is cut short', () => {
    const doc = htmlDocument(KIKO);
    const ld = doc.querySelector('script[data-testid="UserProfileSchema-test"]');
    if (!ld) throw new Error('fixture changed');
    ld.textContent = (ld.textContent ?? '').slice(0, 200);
    const snap = read(doc, 'https://x.com/Kikobeats');
    expect(snap.followers).toEqual(exact(3893)); // "3,893 Followers" is exact
    expect(snap.sources.followers).toMatch(/verified_followers/);
  });

  it('returns nulls with reasons when the header and JSON-LD are gone', () => {
    const doc = htmlDocument(KIKO);
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"], a[href], h2'))) el.remove();
    const snap = read(doc, 'https://x.com/Kikobeats');
    expect([snap.followers, snap.following, snap.posts]).toEqual([null, null, null]);
    expect(snap.missing?.followers).toMatch(/no JSON-LD ProfilePage.*no readable link/);
    expect(snap.missing?.posts).toMatch(/no post count/);
    expect(snap.missing?.recentPosts).toMatch(/no tweets of @Kikobeats/); // permalinks were removed too
  });

  it('uses the per-button numbers when the group label is in a language we have no words for', () => {
    const doc = htmlDocument(KIKO);
    doc.documentElement.setAttribute('lang', 'xx');
    for (const group of Array.from(doc.querySelectorAll('div[role="group"][aria-label]'))) {
      group.setAttribute('aria-label', (group.getAttribute('aria-label') ?? '').replace(/[a-z]+/g, 'zzz'));
    }
    const snap = read(doc, 'https://x.com/Kikobeats');
    expect(snap.sources.recentPosts).toMatch(/per-button/);
    expect(snap.recentPosts.map((p) => [p.comments?.value, p.shares?.value, p.likes, p.views?.value])).toEqual([
      [10, 1, exact(27), 11424],
      [785, 890, exact(6027), 788311],
      [36, 31, exact(767), 101187],
    ]);
  });

  it('leaves a count null when neither the label nor the button shows a number', () => {
    const doc = htmlDocument(KIKO);
    const article = doc.querySelector('article[data-testid="tweet"]');
    article?.querySelector('div[role="group"]')?.setAttribute('aria-label', '');
    article?.querySelector('button[data-testid="like"]')?.setAttribute('aria-label', 'Like');
    const post = read(doc, 'https://x.com/Kikobeats').recentPosts[0];
    expect(post?.likes).toBeNull();
    expect(post?.comments).toEqual(exact(10));
  });

  it('leaves out a repost of another account', () => {
    const doc = htmlDocument(KIKO);
    const link = doc.querySelectorAll('article[data-testid="tweet"]')[1]?.querySelector('time')?.closest('a');
    link?.setAttribute('href', '/someoneelse/status/1987508451887784324');
    const snap = read(doc, 'https://x.com/Kikobeats');
    expect(snap.recentPosts.map((p) => p.id)).toEqual(['1759241476758733209', '1935738866390253649']);
    expect(snap.sources.recentPostsExcluded).toBe('1 reposts of others');
  });

  it('refuses URLs that are not profiles and never throws', () => {
    const doc = htmlDocument(KIKO);
    expect(xReader.readDocument(doc, new URL('https://x.com/Kikobeats/status/1987508451887784324'))).toMatchObject({
      ok: false,
    });
    expect(xReader.readDocument(htmlDocument('<p>'), new URL('https://x.com/Kikobeats'))).toMatchObject({ ok: true });
    const broken = {} as Document;
    expect(xReader.readDocument(broken, new URL('https://x.com/Kikobeats'))).toMatchObject({ ok: false });
  });
});
