// What the background answers a page with: the view scored once, the numbers already formatted, and the facts
// the page's parser needs, so the content script starts neither Intl nor a second round trip.
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router.ts';
import { classifySender } from '../../../src/background/sender.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { type ContentView, isMessageTable } from '../../../src/messages/to-content.ts';
import type { ProfileView } from '../../../src/messages/view.ts';
import { youtubeReader } from '../../../src/sites/youtube/read.ts';
import { KEY } from '../../../src/storage/schema.ts';
import { LOCALES } from '../../../src/ui/locales.ts';
import { formatWhole, isGrouping } from '../../../src/ui/whole-number.ts';
import {
  contentSender,
  harness,
  OWN_ID,
  OWN_ORIGIN,
  popupSender,
  tiktokSnapshot,
} from '../../support/background-deps.ts';
import { exact } from '../../support/exchange-fixtures.ts';
import { fixtureText, htmlDocument } from '../../support/read-helpers-tt-ig-yt.ts';
import { recordsView } from '../../support/storage-fixtures.ts';

const PAGE = 'https://www.tiktok.com/@ana';
const fromPage = classifySender(contentSender(PAGE), OWN_ID, OWN_ORIGIN);
const fromPopup = classifySender(popupSender, OWN_ID, OWN_ORIGIN);
const ana = { platform: 'tiktok', handle: 'ana' } as const;

async function ready() {
  const h = harness();
  await h.store.migrate();
  return h;
}

function data<T>(reply: unknown): T {
  expect(reply).toMatchObject({ ok: true });
  return (reply as { data: T }).data;
}

describe('content:get-view carries the overlay texts, so the page never calls i18n.getMessage', () => {
  it.each([
    ['auto', 'es-MX', 'es-MX', 'es'],
    ['auto', 'es_419', 'es-419', 'es'],
    ['auto', 'fr-FR', 'fr-FR', 'en'],
    ['auto', '', 'en', 'en'],
    ['en', 'es-ES', 'en', 'en'],
    ['es', 'en-US', 'es', 'es'],
  ] as const)('setting %s, browser %j → lang %s, the %s table', async (uiLang, browser, lang, table) => {
    const h = await ready();
    await h.area.set({ [KEY.settings]: { ...DEFAULT_SETTINGS, uiLang } });
    const deps = { ...h.deps, browserLang: () => browser };
    const view = data<ContentView>(await route({ kind: 'content:get-view', ref: ana }, fromPage, deps));
    expect(view.lang).toBe(lang);
    expect(view.messages).toEqual(LOCALES[table]);
    expect(isMessageTable(view.messages)).toBe(true);
    // How that language writes whole numbers, so the page can show a count it read before the score comes.
    expect(view.grouping?.lang).toBe(lang);
    expect(isGrouping(view.grouping)).toBe(true);
    if (view.grouping) expect(formatWhole(1234567, view.grouping)).toBe(new Intl.NumberFormat(lang).format(1234567));
  });
});

describe('content:get-view carries no number facts', () => {
  it('the page parses no counts (the worker reads them), so the view never teaches it a language', async () => {
    const h = await ready();
    const view = await route({ kind: 'content:get-view', ref: ana, pageLang: 'es-ES' }, fromPage, h.deps);
    expect(view.ok).toBe(true);
    expect(Object.keys(data<ContentView>(view)).sort()).toEqual(['grouping', 'lang', 'messages', 'overlay', 'view']);
  });
});

describe('content:profile-read', () => {
  it('gives the same insight as scoring the stored record afresh (scored once, not three times)', async () => {
    const h = await ready();
    for (const followers of [12_345, 12_400, 13_000]) {
      const read = { kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', followers) };
      const answered = data<ProfileView>(await route(read, fromPage, h.deps));
      const stored = data<ProfileView>(await route({ kind: 'ui:get-profile', ref: ana }, fromPopup, h.deps));
      expect(answered.insight).toEqual(stored.insight);
      expect(answered.history).toEqual(stored.history);
      expect((await h.store.get(ana))?.summary?.followers).toBe(followers);
    }
  });

  it('carries the headline numbers formatted in the UI language', async () => {
    const h = await ready();
    const posts = [1, 2, 3, 4, 5].map((i) => ({ id: `${i}`, likes: exact(100 * i), comments: exact(i), views: null }));
    const read = { kind: 'content:profile-read', snapshot: { ...tiktokSnapshot('ana', 12_345), recentPosts: posts } };
    expect(data<ProfileView>(await route(read, fromPage, h.deps)).shown).toMatchObject({
      lang: 'en',
      followers: '12,345',
      engagement: expect.stringMatching(/%$/),
    });
    await h.area.set({ [KEY.settings]: { ...DEFAULT_SETTINGS, uiLang: 'es' } });
    const again = { kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 12_346) };
    expect(data<ProfileView>(await route(again, fromPage, h.deps)).shown).toMatchObject({
      lang: 'es',
      followers: '12.346',
    });
    // A browser language named with an underscore still formats (Intl rejects "es_419" as a tag).
    await h.area.set({ [KEY.settings]: { ...DEFAULT_SETTINGS, uiLang: 'auto' } });
    const underscored = { ...h.deps, browserLang: () => 'es_419' };
    const third = { kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 12_347) };
    expect(data<ProfileView>(await route(third, fromPage, underscored)).shown).toMatchObject({
      lang: 'es-419',
      followers: '12,347',
    });
  });

  it('reads the settings from storage once per message', async () => {
    const h = await ready();
    const get = h.area.get.bind(h.area);
    let settingsReads = 0;
    h.area.get = async (keys) => {
      if (keys === KEY.settings || (Array.isArray(keys) && keys.includes(KEY.settings))) settingsReads++;
      return get(keys);
    };
    await route({ kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 12_345) }, fromPage, h.deps);
    expect(settingsReads).toBe(1);
  });
});

describe('content:profile-read with counts the page showed as text', () => {
  const textOnly = (followersText: string) => ({
    kind: 'content:profile-read',
    snapshot: { ...tiktokSnapshot('ana', 1), followers: null, sources: {}, missing: { followers: 'dom: tried' } },
    shown: {
      counts: { followers: [{ shown: { text: followersText, lang: 'en' }, source: 'dom:[data-e2e=followers-count]' }] },
      posts: [{ views: { text: '2.5K', lang: 'en' } }],
    },
  });

  it('reads them here, scores and stores the result', async () => {
    const h = await ready();
    const view = data<ProfileView>(await route(textOnly('12.3K'), fromPage, h.deps));
    expect(view.shown?.followers).toMatch(/12/);
    const stored = await h.store.get(ana);
    expect(stored?.snapshot.followers).toMatchObject({ value: 12_300 });
    expect(stored?.snapshot.sources.followers).toBe('dom:[data-e2e=followers-count]');
    expect(stored?.snapshot.missing?.followers).toBeUndefined();
    expect(stored?.snapshot.recentPosts[0]?.views).toMatchObject({ value: 2500 });
  });

  it('answers null and stores nothing when followers do not read as a number', async () => {
    const h = await ready();
    expect(data(await route(textOnly('lots'), fromPage, h.deps))).toBeNull();
    expect(await h.store.get(ana)).toBeNull();
  });

  it('rejects text that no page shows as a count: unknown reading, over-long text', async () => {
    const h = await ready();
    const unknown = textOnly('1');
    (unknown.shown.counts.followers[0]?.shown as Record<string, unknown>).how = 'eval';
    expect(await route(unknown, fromPage, h.deps)).toMatchObject({ ok: false });
    expect(await route(textOnly('9'.repeat(5000)), fromPage, h.deps)).toMatchObject({ ok: false });
    expect(await h.store.get(ana)).toBeNull();
  });
});

describe('the answer to a page read does not wait for the write, and nothing contradicts it', () => {
  it('answers while storage is still writing; a read after it waits for the write and sees it', async () => {
    const h = await ready();
    const set = h.area.set.bind(h.area);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    h.area.set = async (items) => {
      await gate;
      return set(items);
    };
    const read = { kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 4321) };
    const answered = data<ProfileView>(await route(read, fromPage, h.deps));
    expect(answered.snapshot.followers?.value).toBe(4321);
    expect(await recordsView(h.area).get('profile:tiktok:ana')).toEqual({}); // not written yet
    let listed = false;
    const later = route({ kind: 'ui:get-profile', ref: ana }, fromPopup, h.deps).then((reply) => {
      listed = true;
      return reply;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(listed).toBe(false); // the popup's read waits for the write instead of overtaking it
    release();
    const stored = data<ProfileView>(await later);
    expect(stored.snapshot.followers?.value).toBe(4321);
    expect(stored.history).toEqual(answered.history);
  });

  it('a failed write still answers the page, is logged, and leaves what was stored intact', async () => {
    const h = await ready();
    await route({ kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 1000) }, fromPage, h.deps);
    await h.store.get(ana); // that write has landed
    const before = h.dump();
    expect(Object.keys(await recordsView(h.area).get(null))).toContain('profile:tiktok:ana');
    h.area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const read = { kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 2000) };
      expect(data<ProfileView>(await route(read, fromPage, h.deps)).snapshot.followers?.value).toBe(2000);
      const stored = data<ProfileView>(await route({ kind: 'ui:get-profile', ref: ana }, fromPopup, h.deps));
      expect(stored.snapshot.followers?.value).toBe(1000);
    } finally {
      console.error = log;
    }
    expect(errors).toHaveLength(1);
    expect(h.dump()).toEqual(before);
  });
});

describe('content:page-data: the worker reads the page data a YouTube page hands over', () => {
  const html = fixtureText('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html');
  const one = { platform: 'youtube', handle: 'onemedia.' } as const;
  const fromChannel = (href: string) => classifySender(contentSender(href), OWN_ID, OWN_ORIGIN);
  const handOver = (href: string, ref: { platform: 'youtube'; handle: string } = one) => {
    const data = youtubeReader.pageData?.(htmlDocument(html), new URL(href));
    if (!data) throw new Error('fixture changed: no ytInitialData');
    return { kind: 'content:page-data', ref, ...data };
  };

  it('answers with the view of the channel the sending page shows, and records it', async () => {
    const h = await ready();
    const page = 'https://www.youtube.com/@OneMedia.';
    const view = data<ProfileView>(await route(handOver(page), fromChannel(page), h.deps));
    expect(view.snapshot.followers?.min).toBe(4_690_000);
    expect(view.shown?.followers).toBeTruthy();
    expect((await h.store.get(one))?.summary?.followers).toBe(view.snapshot.followers?.value);
  });

  it('answers null (the page reads its DOM) when the data is about another channel than the page shows', async () => {
    const h = await ready();
    const page = 'https://www.youtube.com/@Vsauce';
    const reply = await route(handOver(page, { platform: 'youtube', handle: 'vsauce' }), fromChannel(page), h.deps);
    expect(data(reply)).toBeNull();
    expect(await h.store.get(one)).toBeNull();
  });

  it('rejects page data from another site, too large, or of an unknown source, with a reason', async () => {
    const h = await ready();
    const message = handOver('https://www.youtube.com/@OneMedia.');
    const cases: Array<[unknown, ReturnType<typeof fromChannel>]> = [
      [message, fromChannel('https://www.tiktok.com/@ana')],
      [{ ...message, text: 'x'.repeat(20_000_001) }, fromChannel('https://www.youtube.com/@OneMedia.')],
      [{ ...message, source: 'window.__DATA__' }, fromChannel('https://www.youtube.com/@OneMedia.')],
    ];
    for (const [bad, origin] of cases) {
      expect(await route(bad, origin, h.deps)).toMatchObject({ ok: false, error: expect.stringMatching(/^rejected/) });
    }
    const tiktok = { ...message, ref: ana };
    expect(data(await route(tiktok, fromPage, h.deps))).toBeNull(); // TikTok pages hand over no data
    expect(await h.store.get(one)).toBeNull();
  });
});
