// TikTok's grid captions come from each cover's alt text, which the page writes from its own translated template
// (i18n key seo_user_video_cover). The sound credit is cut by that template's structure, in any UI language.
import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '../../../../src/core/snapshot.ts';
import { captionFromCover } from '../../../../src/sites/tiktok/cover-caption.ts';
import { tiktokReader } from '../../../../src/sites/tiktok/read.ts';
import { coverTemplate } from '../../../../src/sites/tiktok/rehydration.ts';
import { fixtureText, htmlDocument, snapshotOf } from '../../../support/read-helpers-tt-ig-yt.ts';

const TIKTOK = 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html';
const EN = '{videoText} created by {videoAuthor} with {musicAuthor}’s {musicName}';
/** Real: the same key in a zh-Hant-TW TikTok page's rehydration data (gyp-programmer/my-app, server/src/index.ts). */
const ZH_HANT = '{videoAuthor} 使用 {musicAuthor} 的 {musicName} 創作的 {videoText}';
/** Hand-made (no Spanish TikTok page was found): another order of the slots, the sound's name before its author. */
const ES = '{videoText} creado por {videoAuthor} con {musicName} de {musicAuthor}';

const URL_ = new URL('https://www.tiktok.com/@illojuan');
const readDoc = (doc: Document) => snapshotOf(tiktokReader.readDocument(doc, URL_));
const facts = (snap: ProfileSnapshot) => snap.recentPosts.map((p) => [p.id, p.hashtags, p.mentions]);

interface Cover {
  caption: string;
  author: string;
  musicAuthor: string;
  musicName: string;
}

/** The real page's alt texts, split by the English template's words (the test's own oracle, not the code's). */
function realCovers(doc: Document): Cover[] {
  return Array.from(doc.querySelectorAll('[data-e2e="user-post-item"] img[alt]')).map((img) => {
    const m = /^([\s\S]*) created by (.+?) with (.+?)’s ([\s\S]*)$/.exec(img.getAttribute('alt') ?? '');
    if (!m) throw new Error(`not an English cover alt: ${img.getAttribute('alt')}`);
    return { caption: m[1] ?? '', author: m[2] ?? '', musicAuthor: m[3] ?? '', musicName: m[4] ?? '' };
  });
}

const render = (template: string, c: Cover) =>
  template
    .replace('{videoText}', c.caption)
    .replace('{videoAuthor}', c.author)
    .replace('{musicAuthor}', c.musicAuthor)
    .replace('{musicName}', c.musicName);

/** The real page as a page in another UI language shows it: its template, and every alt text written by it. */
function translated(template: string, musicName?: (c: Cover) => string): Document {
  const doc = htmlDocument(fixtureText(TIKTOK));
  const covers = realCovers(doc);
  const imgs = Array.from(doc.querySelectorAll('[data-e2e="user-post-item"] img[alt]'));
  imgs.forEach((img, i) => {
    const c = covers[i] as Cover;
    img.setAttribute('alt', render(template, musicName ? { ...c, musicName: musicName(c) } : c));
  });
  const script = doc.querySelector('script#__UNIVERSAL_DATA_FOR_REHYDRATION__');
  const text = script?.textContent ?? '';
  expect(text).toContain(JSON.stringify(EN));
  if (script) script.textContent = text.replace(JSON.stringify(EN), JSON.stringify(template));
  return doc;
}

describe("TikTok @illojuan's grid: the page's own cover template", () => {
  const english = readDoc(htmlDocument(fixtureText(TIKTOK)));

  it('the page carries its template, and every English alt text follows it', () => {
    const doc = htmlDocument(fixtureText(TIKTOK));
    expect(coverTemplate(doc)).toBe(EN);
    for (const c of realCovers(doc)) expect(captionFromCover(render(EN, c), EN)).toBe(c.caption.trim());
  });

  it('Traditional Chinese (the real zh-Hant template: the caption comes last): the same tags and mentions', () => {
    const zh = readDoc(translated(ZH_HANT));
    expect(facts(zh)).toEqual(facts(english));
    expect(zh.recentPosts.find((p) => p.id === '7571863205253778710')?.mentions).toEqual([
      'burgerking_es',
      'esperanzagraciaoficial',
    ]);
  });

  it('Spanish (hand-made template, slots in another order): the same tags and mentions', () => {
    expect(facts(readDoc(translated(ES)))).toEqual(facts(english));
  });

  it("a sound named with tags and mentions is not the caption's, in each language", () => {
    const tagged = (c: Cover) => `${c.musicName} #ad @someone`;
    for (const template of [EN, ZH_HANT, ES]) {
      expect(facts(readDoc(translated(template, tagged)))).toEqual(facts(english));
    }
  });

  it('no template on the page, or an alt text that does not follow it: the caption is not read (unknown, not "none")', () => {
    const html = fixtureText(TIKTOK).replace('"seo_user_video_cover"', '"another_key"');
    expect(readDoc(htmlDocument(html)).recentPosts.every((p) => p.hashtags === undefined)).toBe(true);
    expect(captionFromCover('Eau de IlloJuan #illojuan', EN)).toBeNull();
    expect(captionFromCover('#a created by X with Y’s Z', null)).toBeNull();
  });

  it('an empty caption leaves only the credit (no space before it): an empty caption, read', () => {
    expect(captionFromCover('created by IlloJuan with Tyga’s Ayy Macarena', EN)).toBe('');
    expect(captionFromCover('IlloJuan 使用 Tyga 的 Ayy Macarena 創作的 ', ZH_HANT)).toBe('');
  });
});
