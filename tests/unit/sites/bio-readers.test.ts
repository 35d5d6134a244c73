// "Contact in the bio" says "not known" without blaming the site: every registered reader reads a bio where the page
// shows one. This holds the wording to the readers: a site added without a bio reader fails here first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageCommand } from '../../../src/cli/page-command.ts';
import { CATALOGUES } from '../../../src/core/catalogue.ts';
import type { Platform } from '../../../src/core/platform.ts';
import { bioOfDescription } from '../../../src/sites/instagram/document.ts';
import { READERS } from '../../../src/sites/readers.ts';
import { figureText } from '../../../src/ui/figure-text.ts';
import { useMessages } from '../../../src/ui/i18n.ts';
import { FIXTURES } from '../../support/read-helpers-tt-ig-yt.ts';

/** One bundled real page per site whose bio its reader reads, with the URL when the file cannot tell. */
const BIO_PAGES: Record<Platform, { file: string; url?: string }> = {
  tiktok: { file: 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html' },
  instagram: { file: 'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html' },
  youtube: { file: 'youtube/yt-channel-home_OneMedia_es-ES_2024-01.html' },
  x: { file: 'x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html' },
  facebook: {
    file: 'facebook/fb-mobile-posts_Nintendo_2021-06-08.html',
    url: 'https://m.facebook.com/Nintendo/posts/',
  },
};

describe('every site reader reads a bio', () => {
  it.each(Object.keys(READERS) as Platform[])('%s: a real page whose bio is read', (platform) => {
    const page = BIO_PAGES[platform];
    expect(page, `no real page with a bio for ${platform}`).toBeDefined();
    const r = pageCommand({
      text: readFileSync(resolve(FIXTURES, page.file), 'utf8'),
      fileName: page.file,
      ...(page.url ? { url: page.url } : {}),
    });
    expect(r.snapshot?.platform).toBe(platform);
    expect(r.snapshot?.bio?.links.length ?? 0).toBeGreaterThan(0);
  });
});

describe('Instagram 2024: the bio quoted in the meta description', () => {
  it('reads the real page’s bio (no links in it: a bio read, without a contact)', () => {
    const file = 'instagram/ig-profile_pluto__travel_2024-12-31.html';
    const r = pageCommand({ text: readFileSync(resolve(FIXTURES, file), 'utf8'), fileName: file });
    expect(r.snapshot?.handle).toBe('pluto__travel');
    expect(r.snapshot?.bio).toEqual({ emails: [], links: [] });
  });

  it('the real page with a description that quotes no bio: the bio stays unknown (not "no contact in it")', () => {
    const file = 'instagram/ig-profile_pluto__travel_2024-12-31.html';
    const html = readFileSync(resolve(FIXTURES, file), 'utf8');
    // The page's own og:description, which quotes no bio, put in place of its description.
    const og = /property="og:description"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    const unquoted = html.replace(
      /<meta\s+content='[^']*'\s+name="description"\s*\/>/,
      `<meta content="${og}" name="description" />`,
    );
    expect(unquoted).not.toBe(html);
    const r = pageCommand({ text: unquoted, fileName: file });
    expect(r.snapshot?.followers?.value).toBe(2362); // the read ran, on the same page
    expect(r.snapshot?.bio).toBeUndefined();
  });

  it('finds the quoted bio after the profile’s own (@handle), in any language’s phrase', () => {
    const bio = 'Viajes 🌍 — hola@pluto.travel "quoted" inside';
    const shapes = [
      `2,362 Followers, 136 Following, 224 Posts - Pluto (@Pluto__Travel) on Instagram: "${bio}"`,
      `2.362 seguidores, 136 seguidos, 224 publicaciones - Pluto (@pluto__travel) en Instagram: "${bio}"`,
      `2 362 abonnés, 136 abonnements, 224 publications - Pluto (@pluto__travel) sur Instagram : « ${bio} »`,
      `フォロワー2,362人、フォロー中136人、投稿224件 ― Pluto (@pluto__travel)のInstagram：“${bio}”`,
    ];
    for (const shape of shapes) expect(bioOfDescription(shape, 'pluto__travel'), shape).toBe(bio);
  });

  it('reads nothing where no bio is quoted, or the quote follows another account', () => {
    const og =
      '2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel)';
    expect(bioOfDescription(og, 'pluto__travel')).toBeNull();
    const other = '1 Followers, 1 Following, 1 Posts - Someone (@someone) on Instagram: "hi"';
    expect(bioOfDescription(other, 'pluto__travel')).toBeNull();
    expect(bioOfDescription('Pluto (@pluto__travel) on Instagram: ""', 'pluto__travel')).toBeNull();
    // The handle's own mark must be whole: @pluto__travel2 is another account.
    expect(bioOfDescription('X (@pluto__travel2) on Instagram: "hi"', 'pluto__travel')).toBeNull();
  });
});

describe('a page whose bio was not read', () => {
  afterAll(() => useMessages('', null));
  const none = {
    views: null,
    rhythm: null,
    trend: { metric: null, posts: 0 },
    sponsored: { read: 0 },
    contact: null,
    price: null,
  } as const;

  it('says the page did not hold it, not that the site is never read (en, es)', () => {
    useMessages('en', CATALOGUES.en);
    const en = figureText('contact', none, 'en');
    expect(en).toBe('not known: the bio was not in what we read of this page');
    useMessages('es', CATALOGUES.es);
    const es = figureText('contact', none, 'es');
    expect(es).toBe('no se sabe: la biografía no estaba en lo que leímos de esta página');
    expect(`${en} ${es}`).not.toMatch(/site|sitio/);
  });
});
