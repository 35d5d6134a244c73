// Captions on the rendered pages (issue 21): TikTok's grid keeps each caption in its cover's alt text, X's profile
// in each tweet's text. Only their hashtags and @mentions are kept. Expected values read from the saved HTML.
import { describe, expect, it } from 'vitest';
import { captionFacts } from '../../../src/core/caption.ts';
import { sponsoredOf } from '../../../src/core/scoring/sponsored.ts';
import type { ProfileSnapshot } from '../../../src/core/snapshot.ts';
import { tiktokReader } from '../../../src/sites/tiktok/read.ts';
import { xReader } from '../../../src/sites/x/read.ts';
import { fixtureText, htmlDocument, snapshotOf } from '../../support/read-helpers-tt-ig-yt.ts';

const TIKTOK = 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html';
const KIKOBEATS = 'x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html';

const readTikTok = (html: string) =>
  snapshotOf(tiktokReader.readDocument(htmlDocument(html), new URL('https://www.tiktok.com/@illojuan')));
const readX = (html: string, handle: string) =>
  snapshotOf(xReader.readDocument(htmlDocument(html), new URL(`https://x.com/${handle}`)));
const post = (snap: ProfileSnapshot, id: string) => snap.recentPosts.find((p) => p.id === id);

describe("TikTok @illojuan's grid, 30 Dec 2025: the cover's alt text", () => {
  const snap = readTikTok(fixtureText(TIKTOK));

  it('every one of the 18 cards has its caption read', () => {
    expect(snap.recentPosts).toHaveLength(18);
    expect(snap.recentPosts.every((p) => p.hashtags !== undefined && p.mentions !== undefined)).toBe(true);
  });

  it('the Burger King menu video: its two @mentions, no hashtag', () => {
    expect(post(snap, '7571863205253778710')).toMatchObject({
      hashtags: [],
      mentions: ['burgerking_es', 'esperanzagraciaoficial'],
    });
  });

  it('hashtags and a mention as the captions write them ("… @ibaillanos … #ibai #poggers#merluza")', () => {
    expect(post(snap, '7116173993534622982')?.hashtags).toEqual([
      'deditoarriba',
      'aversitiktoknomecensuramasvideoa',
      'pepinodemar',
      'paella',
    ]);
    // "#poggers#merluza": two tags written together are two tags.
    expect(post(snap, '7098681530863684870')).toMatchObject({
      hashtags: ['ibai', 'poggers', 'merluza'],
      mentions: ['ibaillanos'],
    });
  });

  it('the sound credit TikTok appends is not part of the caption', () => {
    // "te quiero luis created by IlloJuan with Tyga’s Ayy Macarena": a caption with nothing to keep.
    expect(post(snap, '6781214772584025350')).toMatchObject({ hashtags: [], mentions: [] });
    const credited = fixtureText(TIKTOK).replace(
      'te quiero luis created by IlloJuan with Tyga’s Ayy Macarena',
      'te quiero luis created by IlloJuan with Tyga’s Ayy Macarena #ad @someone',
    );
    expect(post(readTikTok(credited), '6781214772584025350')).toMatchObject({ hashtags: [], mentions: [] });
  });

  it('a disclosure tag in a caption makes the post sponsored (the page edited: #publi added)', () => {
    const html = fixtureText(TIKTOK).replace(
      'Eau de IlloJuan, ya disponible en Mercadona 💅 #illojuan',
      '$& #publi @mercadona',
    );
    const edited = readTikTok(html);
    expect(post(edited, '7437176835944795424')).toMatchObject({
      hashtags: ['illojuan', 'publi'],
      mentions: ['mercadona'],
    });
    const sponsored = sponsoredOf(edited.recentPosts, 'illojuan');
    expect(sponsored).toMatchObject({ read: 18, sponsored: 1, mentioned: [{ handle: 'mercadona', posts: 1 }] });
    expect('share' in sponsored && sponsored.share).toBeCloseTo(1 / 18, 12);
  });

  it('a card whose cover is not drawn yet: its caption is not read (unknown, not "no tags")', () => {
    const html = fixtureText(TIKTOK).replace(/<img alt="Eau de IlloJuan[^"]*"/, '<img');
    const snapNoAlt = readTikTok(html);
    expect(post(snapNoAlt, '7437176835944795424')?.hashtags).toBeUndefined();
    expect(post(snapNoAlt, '7116173993534622982')?.hashtags).toHaveLength(4);
  });
});

describe("X's rendered profiles, 23 Dec 2025: each tweet's text", () => {
  it('@Kikobeats: the pinned tweet mentions @microlinkhq; the three texts read, none sponsored', () => {
    const snap = readX(fixtureText(KIKOBEATS), 'Kikobeats');
    expect(snap.recentPosts.map((p) => [p.id, p.hashtags, p.mentions])).toEqual([
      ['1759241476758733209', [], ['microlinkhq']],
      ['1987508451887784324', [], []],
      ['1935738866390253649', [], []],
    ]);
    expect(sponsoredOf(snap.recentPosts, 'kikobeats')).toEqual({ read: 3, sponsored: 0, share: 0, mentioned: [] });
  });

  it('@javilop: four tweet texts read, no tag or mention in any', () => {
    const snap = readX(fixtureText('x/x-profile_javilop_rendered-dom_en_2025-12-23.html'), 'javilop');
    expect(snap.recentPosts.map((p) => [p.hashtags, p.mentions])).toEqual([
      [[], []],
      [[], []],
      [[], []],
      [[], []],
    ]);
  });

  it('a hashtag link right after a word is still a hashtag (each link is read apart too)', () => {
    const html = fixtureText(KIKOBEATS).replace(
      /(Making some[\s\S]*?@microlinkhq<\/a>)/,
      '$1<a href="/hashtag/ad?src=hashtag_click">#ad</a>',
    );
    const snap = readX(html, 'Kikobeats');
    expect(post(snap, '1759241476758733209')).toMatchObject({ hashtags: ['ad'], mentions: ['microlinkhq'] });
    expect(sponsoredOf(snap.recentPosts, 'kikobeats')).toMatchObject({
      sponsored: 1,
      mentioned: [{ handle: 'microlinkhq', posts: 1 }],
    });
  });

  it("a quoted tweet's text is not the tweet's own (the page edited: a text put in the quote)", () => {
    const doc = htmlDocument(fixtureText(KIKOBEATS));
    const quote = doc.querySelectorAll('article[data-testid="tweet"]')[2]?.querySelector('div[role="link"]');
    expect(quote).toBeTruthy();
    quote?.insertAdjacentHTML('afterbegin', '<div data-testid="tweetText"><span>#ad for @brand</span></div>');
    const snap = snapshotOf(xReader.readDocument(doc, new URL('https://x.com/Kikobeats')));
    expect(post(snap, '1935738866390253649')).toMatchObject({ hashtags: [], mentions: [] });
  });

  it('a tweet cut short ("Show more"): its tags may be in the part not shown, so the caption is not read', () => {
    const doc = htmlDocument(fixtureText(KIKOBEATS));
    const text = doc.querySelectorAll('[data-testid="tweetText"]')[1];
    text?.insertAdjacentHTML('afterend', '<button data-testid="tweet-text-show-more-link">Show more</button>');
    const snap = snapshotOf(xReader.readDocument(doc, new URL('https://x.com/Kikobeats')));
    expect(post(snap, '1987508451887784324')?.hashtags).toBeUndefined();
    expect(post(snap, '1759241476758733209')?.mentions).toEqual(['microlinkhq']);
  });
});

describe('tags written together', () => {
  it('"#a#b" is two tags; a # inside a word or an address is none', () => {
    expect(captionFacts('#poggers#merluza C# y x&#39;s #Publi#AD').hashtags).toEqual([
      'poggers',
      'merluza',
      'publi',
      'ad',
    ]);
  });
});
