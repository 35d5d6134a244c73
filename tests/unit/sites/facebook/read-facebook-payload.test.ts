import { describe, expect, it } from 'vitest';
import { facebookReader } from '../../../../src/sites/facebook/read.ts';
import { exact, HAS_REAL, realJson } from '../../../support/read-helpers-x-facebook.ts';

// scrapfly's parsed pages (NPOSL-3.0: read from shared, not copied).
describe.skipIf(!HAS_REAL)('Facebook pages payload (REDUCED, 2026-06-24)', () => {
  const json = HAS_REAL ? realJson('facebook/fb-pages-REDUCED_2026-06-24.json') : null;
  const read = (url: string | null) => facebookReader.readPayload?.(json, url ? new URL(url) : null);

  it('picks the entry the URL names', () => {
    const cases: Array<[string, number, string, string | undefined]> = [
      [
        'https://www.facebook.com/bbcnews',
        61828042,
        '1649246 talking about this (pages payload)',
        '10431 were here (pages payload)',
      ],
      ['https://www.facebook.com/ADIDAS/about', 43502277, '43514 talking about this (pages payload)', undefined],
      [
        'https://m.facebook.com/copperkettleyqr',
        3246,
        '25 talking about this (pages payload)',
        '1141 were here (pages payload)',
      ],
      [
        'https://www.facebook.com/profile.php?id=228735667216',
        61828042,
        '1649246 talking about this (pages payload)',
        '10431 were here (pages payload)',
      ],
    ];
    for (const [url, likes, talking, here] of cases) {
      const result = read(url);
      if (!result?.ok) throw new Error(`unread: ${url}`);
      expect(result.snapshot.totalLikes).toEqual(exact(likes));
      expect(result.snapshot.sources.talkingAbout).toBe(talking);
      expect(result.snapshot.sources.wereHere).toBe(here);
      expect(result.snapshot.followers).toBeNull();
    }
  });

  it('needs a URL for a list of several pages, and says which it lacks', () => {
    expect(read(null)).toEqual({ ok: false, error: 'cannot tell which profile: pass --url' });
    expect(read('https://www.facebook.com/nintendo')).toMatchObject({ ok: false, error: /no entry for nintendo/ });
  });

  it('reads a single entry without a URL', () => {
    const one = facebookReader.readPayload?.((json as unknown[])[0], null);
    expect(one).toMatchObject({ ok: true, snapshot: { handle: 'bbcnews', displayName: 'BBC News' } });
  });
});

describe('payloads that are not Facebook pages', () => {
  it('returns null', () => {
    for (const json of [null, 1, [], {}, [{ likes: 1 }], { data: { user: { result: {} } } }]) {
      expect(facebookReader.readPayload?.(json, null)).toBeNull();
    }
  });
});
