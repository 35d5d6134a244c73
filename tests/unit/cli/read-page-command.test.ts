import { describe, expect, it } from 'vitest';
import { pageCommand } from '../../../src/cli/page-command.ts';
import { exact, expectInterval, fixtureText, HAS_REAL, realText } from '../../support/read-helpers-tt-ig-yt.ts';

const TIKTOK = 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html';

describe('pageCommand (inspect page core)', () => {
  it('finds the platform and profile from og:url when --url is absent', () => {
    const out = pageCommand({ text: fixtureText(TIKTOK), fileName: 'profile.html' });
    expect(out.error).toBeUndefined();
    expect(out.snapshot?.platform).toBe('tiktok');
    expect(out.snapshot?.handle).toBe('illojuan');
    expect(out.snapshot?.followers).toEqual(exact(783427));
  });

  it('uses --url over the document, and the reader refuses a URL naming someone else’s data', () => {
    const out = pageCommand({
      text: fixtureText(TIKTOK),
      fileName: 'p.html',
      url: 'https://www.tiktok.com/@someoneelse',
    });
    expect(out.snapshot?.handle).toBe('someoneelse');
    expect(out.snapshot?.followers).toBeNull();
  });

  it('--lang overrides the detected UI language', () => {
    const out = pageCommand({
      text: fixtureText('instagram/ig-profile_pluto__travel_2024-12-31.html'),
      fileName: 'p.html',
      lang: 'de',
    });
    expect(out.snapshot?.lang).toBe('de');
    expect(out.snapshot?.sources.lang).toBe('override');
  });

  it('reads the YouTube channel page without --url (og:url is /channel/UC…)', () => {
    const out = pageCommand({
      text: fixtureText('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html'),
      fileName: 'c.html',
    });
    expect(out.snapshot?.platform).toBe('youtube');
    expectInterval(out.snapshot?.followers, 4.69e6, 4.7e6);
  });

  it('reads a JSON payload by trying each reader', () => {
    const json = JSON.stringify({
      user: { uniqueId: 'ana' },
      statsV2: { followerCount: '1234' },
      stats: { followerCount: 1234 },
    });
    const out = pageCommand({ text: json, fileName: 'userInfo.json' });
    expect(out.snapshot?.platform).toBe('tiktok');
    expect(out.snapshot?.followers).toEqual(exact(1234));
  });

  it('reports usage and file problems as errors, never throws', () => {
    expect(pageCommand({ text: '{"broken": ', fileName: 'x.json' }).error).toMatch(/not valid JSON/);
    expect(pageCommand({ text: '{"a": 1}', fileName: 'x.json' }).error).toMatch(/not a payload any reader knows/);
    expect(pageCommand({ text: '<html><body>hi</body></html>', fileName: 'x.html' }).error).toMatch(/pass --url/);
    expect(pageCommand({ text: '<html></html>', fileName: 'x.html', url: 'not a url' }).error).toMatch(
      /--url is not a URL/,
    );
    expect(pageCommand({ text: '<html></html>', fileName: 'x.html', url: 'https://example.com/@a' }).error).toMatch(
      /no reader/,
    );
    expect(
      pageCommand({ text: fixtureText(TIKTOK), fileName: 'x.html', url: 'https://www.tiktok.com/@illojuan/video/1' }),
    ).toEqual({
      snapshot: null,
      error: 'not a profile URL on TikTok: https://www.tiktok.com/@illojuan/video/1',
    });
  });
});

describe.skipIf(!HAS_REAL)('pageCommand on the shared payloads', () => {
  it('asks for --url when a payload has no identity, and uses it when given', () => {
    const text = realText('tiktok/tiktok-item_list-REDUCED_2026-01-29.json');
    expect(pageCommand({ text, fileName: 'items.json' }).error).toBe('cannot tell which profile: pass --url');
    const out = pageCommand({ text, fileName: 'items.json', url: 'https://www.tiktok.com/@oddanimalspecimens' });
    expect(out.snapshot?.recentPosts).toHaveLength(53);
  });

  it('refuses post pages', () => {
    const out = pageCommand({ text: realText('instagram/ig-post_CPQjO5RIIO9_2024-12-31.html'), fileName: 'post.html' });
    expect(out.snapshot).toBeNull();
    expect(out.error).toMatch(/not a profile URL on Instagram/);
  });

  it('reads a YouTube browse response with its own identity and hl', () => {
    const out = pageCommand({
      text: realText('youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json'),
      fileName: 'b.json',
    });
    expect(out.snapshot?.handle).toBe('Vsauce');
    expect(out.snapshot?.lang).toBe('en-GB');
  });
});
