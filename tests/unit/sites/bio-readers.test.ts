// "Contact in the bio" says "not known" without blaming the site: every registered reader reads a bio where the page
// shows one. This holds the wording to the readers: a site added without a bio reader fails here first.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageCommand } from '../../../src/cli/page-command.ts';
import { CATALOGUES } from '../../../src/core/catalogue.ts';
import type { Platform } from '../../../src/core/platform.ts';
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
