// Fuzz: every saved real page, with random pieces REMOVED (nodes, attributes, JSON fields) or digit-free
// text replaced by a neutral word, read by the site's reader. The reader must never fail internally and
// must never present a wrong number.
//
// What "wrong" means here. The oracle is the reader's result on the unmodified page (itself checked against
// SOURCES.md by the read-*.test.ts files). Our edits only take information away; they never write a
// number. So a count read from an edited page must be either
//   - null, with a reason in `missing` (the layer that held it is gone), or
//   - a Count whose interval overlaps the oracle's interval: the same value, or a weaker layer's
//     rounded/compact reading of the same truth ("783.4K" → [783 350, 783 450) contains 783 427).
// An interval that excludes the oracle means the reader took a number for something it is not (another
// field, another profile, a stale or partial layer). Counts null in the oracle must stay null: removing
// information cannot reveal a count the page did not show.
// Null results and reasoned refusals ({ok:false} without an internal failure) present no number, so pass.
// When the unmodified page does not read (a video URL, a payload listing several pages) there is no oracle:
// the runs then only check for internal failures.
// Not covered here: edits that rewrite digits (parse-count-property.test.ts fuzzes the number text itself),
// and recentPosts (per-post numbers have no single oracle once items are removed and re-indexed).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Count } from '../../../src/core/count.ts';
import { parseCount } from '../../../src/core/parse-count/index.ts';
import type { Platform } from '../../../src/core/platform.ts';
import { COUNT_FIELDS } from '../../../src/core/snapshot.ts';
import type { ReadResult } from '../../../src/sites/reader.ts';
import { READER_FACTORIES, READERS } from '../../../src/sites/readers.ts';
import { channelIdentity } from '../../../src/sites/youtube/identity.ts';
import { type AppliedEdit, applyEdit, type EditTarget, editSpace } from '../../support/fuzz-edits.ts';

const numRuns = process.env.LONG ? 2_000 : 200;
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/real');
const REAL = resolve(import.meta.dirname, '../../../../shared/real-pages');

interface Page {
  file: string;
  platform: Platform;
  /** The URL the page was captured at (a payload may have none). */
  url: string | null;
  /** The UI language, for captures that carry no clue to it (as `inspect --lang` gives it). */
  lang?: string;
}

/** The reader for a page: with its known UI language when the capture itself does not say. */
function readerOf(page: Page) {
  return page.lang ? READER_FACTORIES[page.platform]?.({ lang: page.lang }) : READERS[page.platform];
}

// Bundled pages: read from tests/fixtures/real, always present.
const BUNDLED: Page[] = [
  {
    file: 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html',
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@illojuan',
  },
  {
    file: 'tiktok/tiktok-video_illojuan-7571863205253778710_rendered-dom_en_2025-12-30.html',
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
  },
  {
    file: 'instagram/ig-profile_pluto__travel_2024-12-31.html',
    platform: 'instagram',
    url: 'https://www.instagram.com/pluto__travel/',
  },
  {
    file: 'instagram/ig-profile_pluto__travel_2021-06-09_sharedData.html',
    platform: 'instagram',
    url: 'https://www.instagram.com/pluto__travel/',
  },
  {
    file: 'instagram/ig-post_CPQjO5RIIO9_2024-12-31.html',
    platform: 'instagram',
    url: 'https://www.instagram.com/p/CPQjO5RIIO9/',
  },
  {
    file: 'youtube/yt-channel-home_OneMedia_es-ES_2024-01.html',
    platform: 'youtube',
    url: 'https://www.youtube.com/@OneMedia.',
  },
  { file: 'x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html', platform: 'x', url: 'https://x.com/Kikobeats' },
  { file: 'x/x-profile_javilop_rendered-dom_en_2025-12-23.html', platform: 'x', url: 'https://x.com/javilop' },
  {
    file: 'x/x-profile_Kikobeats_rendered-dom_en_2023-01-01.html',
    platform: 'x',
    url: 'https://twitter.com/Kikobeats',
  },
  {
    file: 'x/x-UserByScreenName_XDevelopers_2026-08-07_v2schema.json',
    platform: 'x',
    url: 'https://x.com/XDevelopers',
  },
  { file: 'x/x-UserByScreenName_XDevelopers_2025-03-07_legacy.json', platform: 'x', url: 'https://x.com/XDevelopers' },
  { file: 'x/x-UserTweets_XDevelopers_2026-08-07.json', platform: 'x', url: 'https://x.com/XDevelopers' },
  {
    file: 'facebook/fb-mobile-posts_Nintendo_2021-06-08.html',
    platform: 'facebook',
    url: 'https://m.facebook.com/Nintendo/posts/',
  },
];

// Only in ../shared/real-pages (licences that do not allow bundling, or not copied yet).
const SHARED_ONLY: Page[] = [
  {
    file: 'instagram/ig-reel_CN2VQ1yI_MA_2024-12-31.html',
    platform: 'instagram',
    url: 'https://www.instagram.com/reel/CN2VQ1yI_MA/',
  },
  {
    file: 'instagram/ig-user_google-REDUCED_2026-07-31.json',
    platform: 'instagram',
    url: 'https://www.instagram.com/google/',
  },
  { file: 'instagram/ig-user-posts-REDUCED_2026-06-11.json', platform: 'instagram', url: null },
  {
    file: 'tiktok/tiktok-userInfo_oddanimalspecimens_2026-01-29.json',
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@oddanimalspecimens',
  },
  { file: 'tiktok/tiktok-item_list-REDUCED_2026-01-29.json', platform: 'tiktok', url: null },
  { file: 'tiktok/tiktok-video-detail-REDUCED_2026-01-29.json', platform: 'tiktok', url: null },
  { file: 'x/x-user-legacy_robinhanson-REDUCED_2026-04-21.json', platform: 'x', url: null },
  { file: 'facebook/fb-pages-REDUCED_2026-06-24.json', platform: 'facebook', url: null },
  {
    file: 'youtube/yt-browse-videos_Vsauce_en-GB_2026-01-26.json',
    platform: 'youtube',
    url: 'https://www.youtube.com/@Vsauce/videos',
  },
  { file: 'youtube/yt-browse-videos_gronkh_en-GB_2026-05-21_lockupViewModel.json', platform: 'youtube', url: null },
  { file: 'youtube/yt-browse-videos_randomchannel_en-GB_2026-01-26.json', platform: 'youtube', url: null },
  {
    file: 'youtube/yt-browse-videos_NBCNews_en-GB_2026-01-26.json',
    platform: 'youtube',
    url: 'https://www.youtube.com/@NBCNews/videos',
  },
  { file: 'youtube/yt-browse-shorts_Doobydobap_en-GB_2026-01-26.json', platform: 'youtube', url: null },
  { file: 'youtube/yt-search_UCO6AK_en-GB_2026-01-27.json', platform: 'youtube', url: null },
  { file: 'youtube/yt-next-comments_QqsLTNkzvaY_de-DE_2026-01-26.json', platform: 'youtube', url: null },
  // Russian UI (SOURCES.md); these MediaServiceCore captures carry no hl= or other language clue.
  { file: 'youtube/yt-browse-videos_Spoontamer_ru_2023-12-06.json', platform: 'youtube', url: null, lang: 'ru' },
  { file: 'youtube/yt-browse-featured_iXBTgames_ru_2023-02-23.json', platform: 'youtube', url: null, lang: 'ru' },
];

/** Wrong numbers explained by the known language-loss bug (see `violations`); reported, not failed. */
const knownLanguageLoss: string[] = [];

/** A count consistent with the oracle: both intervals can hold the same true value. */
function consistent(read: Count, oracle: Count): boolean {
  return read.min <= read.value && read.value <= read.max && read.min <= oracle.max && read.max >= oracle.min;
}

/** Every violation of the property in `result`, as readable lines (empty = fine). */
function violations(
  result: ReadResult | null,
  oracle: ReadResult | null,
  aliases: ReadonlySet<string> = new Set(),
): string[] {
  // Null (not this site's payload any more) and a reasoned refusal present no number: both are fine.
  if (result === null) return [];
  if (!result.ok) {
    return result.error.startsWith('reader failed') ? [`internal failure: ${result.error}`] : [];
  }
  // No oracle to compare with (e.g. a list of several pages: removing all but one names that one).
  if (!oracle?.ok) return [];
  const out: string[] = [];
  const snap = result.snapshot;
  const handle = snap.handle.toLowerCase();
  if (handle !== oracle.snapshot.handle.toLowerCase() && !aliases.has(handle)) {
    out.push(`handle ${snap.handle} ≠ ${oracle.snapshot.handle}`);
  }
  // Was a bug (issue 7): when an edit removed every clue to the UI language, the reader fell back to "en" and
  // parseCount("341 тыс. подписчиков", "en") returned an exact 341. Fixed; still counted apart, and the test
  // below now requires that it is never hit.
  const languageLost = snap.lang !== oracle.snapshot.lang && snap.sources.lang !== oracle.snapshot.sources.lang;
  for (const field of COUNT_FIELDS) {
    const read = snap[field];
    const truth = oracle.snapshot[field];
    if (read === null) {
      if (!snap.missing?.[field]) out.push(`${field} is null without a reason in missing`);
    } else if (truth === null) {
      out.push(`${field} = ${JSON.stringify(read)} (${snap.sources[field]}) but the original page has none`);
    } else if (!consistent(read, truth)) {
      if (languageLost) {
        knownLanguageLoss.push(`${field} ${read.value} in ${snap.lang} vs ${truth.value} in ${oracle.snapshot.lang}`);
        continue;
      }
      out.push(`${field} = ${JSON.stringify(read)} from ${snap.sources[field]}; truth ${JSON.stringify(truth)}`);
    }
  }
  return out;
}

function pagesIn(root: string, pages: Page[]): Array<Page & { path: string }> {
  return pages.map((page) => ({ ...page, path: resolve(root, page.file) })).filter((p) => existsSync(p.path));
}

function fuzzHtml(page: Page & { path: string }): void {
  const reader = readerOf(page);
  if (!reader || !page.url) throw new Error(`no reader or URL for ${page.file}`);
  const url = new URL(page.url);
  const doc = parseHTML(readFileSync(page.path, 'utf8')).document as unknown as Document;
  const oracle = reader.readDocument(doc, url);
  const space = editSpace(doc);
  const target = (pool: EditTarget[]) => fc.nat({ max: Math.max(0, pool.length - 1) }).map((i) => pool[i]);
  const edit = fc.oneof({ weight: 3, arbitrary: target(space.hot) }, { weight: 1, arbitrary: target(space.all) });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (targets) => {
      const applied: AppliedEdit[] = [];
      try {
        for (const t of targets) if (t) applied.push(applyEdit(space, t));
        const problems = violations(reader.readDocument(doc, url), oracle);
        expect(problems, applied.map((a) => a.describe).join('; ')).toEqual([]);
      } finally {
        for (const a of applied.reverse()) a.undo();
      }
    }),
    { numRuns },
  );
  // The undo is exact: the page reads as before, so every run above started from the real page.
  expect(reader.readDocument(doc, url)).toEqual(oracle);
}

function fuzzPayload(page: Page & { path: string }): void {
  const reader = readerOf(page);
  const readPayload = reader?.readPayload;
  if (!reader || !readPayload) throw new Error(`no payload reader for ${page.file}`);
  const url = page.url ? new URL(page.url) : null;
  const json: unknown = JSON.parse(readFileSync(page.path, 'utf8'));
  const oracle = readPayload(json, url);
  // A channel answers to its id as well as its @handle: with the handle removed, the id names the same account.
  const aliases = page.platform === 'youtube' ? channelIdentity(json).names : new Set<string>();
  const paths = jsonPaths(json);
  fc.assert(
    fc.property(fc.array(fc.nat({ max: paths.length - 1 }), { minLength: 1, maxLength: 4 }), (picks) => {
      const copy = structuredClone(json);
      const removed = picks.map((i) => paths[i] ?? []).filter((path) => deletePath(copy, path));
      const problems = violations(readPayload(copy, url), oracle, aliases);
      expect(problems, removed.map((p) => p.join('.')).join('; ')).toEqual([]);
    }),
    { numRuns },
  );
}

/** Key paths of `json`, biased to the ones near counts and identity: hot paths are listed three times. */
function jsonPaths(json: unknown): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [];
  const hot = /count|follow|subscri|stat|interaction|like|view|legacy|user|unique|screen_name|handle|header|result/i;
  const walk = (value: unknown, path: Array<string | number>) => {
    if (value === null || typeof value !== 'object' || out.length > 50_000) return;
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      const next = [...path, key];
      out.push(next);
      if (typeof key === 'string' && hot.test(key)) out.push(next, next);
      walk(child, next);
    }
  };
  walk(json, []);
  return out;
}

function deletePath(json: unknown, path: Array<string | number>): boolean {
  let node = json;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  const last = path.at(-1);
  if (last === undefined || node === null || typeof node !== 'object' || !Object.hasOwn(node, last)) return false;
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else delete (node as Record<string | number, unknown>)[last];
  return true;
}

function fuzz(page: Page & { path: string }): void {
  if (page.file.endsWith('.json')) fuzzPayload(page);
  else fuzzHtml(page);
}

// Every read must agree on relative dates ("hace 2 días"), which count back from the clock.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-01-27T12:00:00Z') });
});
afterAll(() => {
  vi.useRealTimers();
});

describe('readers on bundled real pages with pieces removed: no internal failure, no wrong number', () => {
  for (const page of pagesIn(FIXTURES, BUNDLED)) it(page.file, () => fuzz(page), 120_000);
});

describe.skipIf(!existsSync(REAL))('readers on ../shared/real-pages with pieces removed', () => {
  const sharedOnly = existsSync(REAL) ? pagesIn(REAL, SHARED_ONLY) : [];
  it('finds the shared pages it expects', () => expect(sharedOnly).toHaveLength(SHARED_ONLY.length));
  for (const page of sharedOnly) it(page.file, () => fuzz(page), 120_000);
});

describe('known bugs the fuzz found', () => {
  it('without language evidence a Russian compact count is not read as an exact English number', () => {
    // Fixed 2026-11: a number followed by a word in a script foreign to the language is refused (parse-count/scripts.ts);
    // since issue 19 a word every language that knows it agrees on is read at that power (any-language.ts).
    const count = parseCount('341\u00a0тыс. подписчиков', 'en');
    expect(count === null || (count.min <= 341_000 && 341_000 <= count.max)).toBe(true);
    expect(count?.value).not.toBe(341);
  });

  it('the language-loss bug was not hit in this run', () => {
    expect(knownLanguageLoss).toEqual([]);
  });
});

describe('the fuzz property itself', () => {
  const oracle: ReadResult = {
    ok: true,
    snapshot: {
      platform: 'tiktok',
      handle: 'ana',
      url: 'https://www.tiktok.com/@ana',
      lang: 'en',
      followers: { value: 783_427, min: 783_427, max: 783_427 },
      following: null,
      posts: null,
      totalLikes: null,
      recentPosts: [],
      sources: { followers: 'statsV2' },
      missing: { following: 'x', posts: 'x', totalLikes: 'x' },
    },
  };
  const withFollowers = (followers: Count | null, missing: Record<string, string> = {}): ReadResult =>
    oracle.ok
      ? { ok: true, snapshot: { ...oracle.snapshot, followers, missing: { ...oracle.snapshot.missing, ...missing } } }
      : oracle;

  it('accepts the same value, a compact reading that covers it, or null with a reason', () => {
    expect(violations(oracle, oracle)).toEqual([]);
    expect(violations(withFollowers({ value: 783_400, min: 783_350, max: 783_449 }), oracle)).toEqual([]);
    expect(violations(withFollowers(null, { followers: 'gone' }), oracle)).toEqual([]);
  });

  it('rejects a number the truth is not in, a silent null, a new number, and an internal failure', () => {
    expect(violations(withFollowers({ value: 783_400, min: 783_400, max: 783_400 }), oracle)).toHaveLength(1);
    expect(violations(withFollowers(null), oracle)).toEqual(['followers is null without a reason in missing']);
    const extra = oracle.ok
      ? { ...oracle, snapshot: { ...oracle.snapshot, posts: { value: 1, min: 1, max: 1 } } }
      : oracle;
    expect(violations(extra, oracle)).toHaveLength(1);
    expect(violations({ ok: false, error: 'reader failed: boom' }, oracle)).toHaveLength(1);
    expect(violations({ ok: false, error: 'cannot tell which profile' }, oracle)).toEqual([]);
  });
});
