// YouTube and Facebook bios on the real pages (issue 21): only their e-mail addresses and links are kept, the site's
// own link first. Expected values read from the saved pages themselves.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageCommand } from '../../../src/cli/page-command.ts';
import type { ProfileSnapshot } from '../../../src/core/snapshot.ts';
import { FIXTURES, HAS_REAL, REAL } from '../../support/read-helpers-tt-ig-yt.ts';

const NINTENDO = 'facebook/fb-mobile-posts_Nintendo_2021-06-08.html';

function read(root: string, file: string, url?: string): ProfileSnapshot {
  const r = pageCommand({
    text: readFileSync(resolve(root, file), 'utf8'),
    fileName: file.split('/').at(-1) ?? file,
    ...(url ? { url } : {}),
  });
  if (!r.snapshot) throw new Error(`${file}: ${r.error}`);
  return r.snapshot;
}

describe('YouTube channel bios', () => {
  it('@OneMedia. (Home tab, 2024-01): a description without contact; the header link, out of its redirect', () => {
    const snap = read(FIXTURES, 'youtube/yt-channel-home_OneMedia_es-ES_2024-01.html');
    expect(snap.bio).toEqual({ emails: [], links: ['https://www.facebook.com/204568612956950'] });
  });

  it.skipIf(!HAS_REAL)('randomchannel (2026-01): the e-mail written in the description, no link', () => {
    const snap = read(REAL, 'youtube/yt-browse-videos_randomchannel_en-GB_2026-01-26.json');
    expect(snap.bio).toEqual({ emails: ['randomchannel398@gmail.com'], links: [] });
  });

  it.skipIf(!HAS_REAL)("Spoontamer (2023-12, c4 header): the header's link first, then the description's, once", () => {
    const snap = read(REAL, 'youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json');
    expect(snap.bio).toEqual({
      emails: [],
      links: ['https://danilapoperechnyi.com/', 'https://t.me/poperechnyi', 'https://instagram.com/spoontamer'],
    });
  });

  it.skipIf(!HAS_REAL)('Vsauce (2026-01, page header attribution) and iXBTgames (2023-02, primary links)', () => {
    expect(read(REAL, 'youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json').bio).toEqual({
      emails: [],
      links: ['https://www.curiositybox.com'],
    });
    expect(read(REAL, 'youtube/yt-browse-featured_iXBTgames_ru_2023-02-23.json').bio?.links).toEqual([
      'https://ixbt.games/',
    ]);
  });

  it.skipIf(!HAS_REAL)('Doobydobap: "www.doobydobap.com" without a scheme in the text is not taken for a link', () => {
    const snap = read(REAL, 'youtube/yt-browse-shorts_Doobydobap_en-GB_2026-01-26.json');
    expect(snap.bio).toEqual({ emails: [], links: ['https://www.instagram.com/doobydobap/'] });
  });
});

describe('Facebook page bios', () => {
  it("Nintendo (m.facebook.com, 2021-06): the website button, out of Facebook's l.php", () => {
    const snap = read(FIXTURES, NINTENDO, 'https://m.facebook.com/Nintendo/posts/');
    // The intro in og:description names "support.nintendo.com" without a scheme: not a link.
    expect(snap.bio).toEqual({ emails: [], links: ['https://www.nintendo.com/'] });
  });

  it('an intro that writes an e-mail and a link in og:description (the page edited: words added to it)', () => {
    const html = readFileSync(resolve(FIXTURES, NINTENDO), 'utf8').replace(
      'please visit support.nintendo.com." />',
      'please visit support.nintendo.com. Press: press@nintendo.example https://press.nintendo.example/kit" />',
    );
    const r = pageCommand({ text: html, fileName: 'x.html', url: 'https://m.facebook.com/Nintendo/posts/' });
    expect(r.snapshot?.bio).toEqual({
      emails: ['press@nintendo.example'],
      links: ['https://www.nintendo.com/', 'https://press.nintendo.example/kit'],
    });
  });

  it.skipIf(!HAS_REAL)(
    'the pages payload (2026-06): BBC News e-mail and website, a scheme put on "bbc.co.uk/news"',
    () => {
      const file = 'facebook/fb-pages-REDUCED_2026-06-24.json';
      expect(read(REAL, file, 'https://www.facebook.com/bbcnews').bio).toEqual({
        emails: ['yourvoice@bbc.co.uk'],
        links: ['https://bbc.co.uk/news'],
      });
      expect(read(REAL, file, 'https://www.facebook.com/adidas').bio).toEqual({
        emails: [],
        links: ['https://adidas.com/'],
      });
    },
  );
});
