// The page hands its embedded data to the worker before reading anything itself: the document is read here only
// when the worker cannot answer from the data, and the same data is never handed over twice.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readHandedPayload } from '../../../src/background/page-data.ts';
import { followProfile } from '../../../src/content/follow-profile.ts';
import { observeYouTube } from '../../../src/content/page-data/youtube.ts';
import { PAGE_DATA_ASK_EVENT, type PageDataMessage } from '../../../src/messages/page-data.ts';
import type { PageData, ReadResult } from '../../../src/sites/reader.ts';
import { SnapshotBuilder } from '../../../src/sites/reader.ts';
import { channelIdentity } from '../../../src/sites/youtube/identity.ts';
import { initialData } from '../../../src/sites/youtube/initial-data.ts';
import { projectBrowse } from '../../../src/sites/youtube/project.ts';
import { youtubeReader } from '../../../src/sites/youtube/read.ts';
import { stubPageForFollow, testContext } from '../../support/content-page-stubs.ts';
import { exact } from '../../support/exchange-fixtures.ts';
import { fixtureText, htmlDocument, snapshotOf } from '../../support/read-helpers-tt-ig-yt.ts';

const ref = { platform: 'youtube', handle: 'ana' } as const;
const view = { snapshot: { handle: 'ana' } };
const { domChanged } = stubPageForFollow();

/** followProfile with a background that answers page data with `worker` and everything else with the view. */
function follow(
  data: () => PageData | null,
  worker: (message: { text: string }) => unknown,
  more: { ask?: () => void; payloads?: string[] } = {},
) {
  const sent: Array<{ kind: string; text?: string }> = [];
  let release = () => {};
  const ctx = testContext(async (message: { kind: string; text: string }) => {
    sent.push(message);
    if (message.kind === 'content:payload') return { ok: true, data: null };
    if (message.kind !== 'content:page-data') return { ok: true, data: view };
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return { ok: true, data: worker(message) };
  });
  const read = vi.fn(
    (): ReadResult => ({
      ok: true,
      snapshot: new SnapshotBuilder('youtube', 'ana', 'https://www.youtube.com/@ana', 'en')
        .count('followers', exact(1200), 'dom')
        .build(),
    }),
  );
  const follower = followProfile({ ref, read, pageData: data, ...more, ctx, showOverlay: false, lang: 'en' });
  return { sent, read, follower, answer: () => release() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const pageData = (text: string): PageData => ({ source: 'ytInitialData', text, htmlLang: 'en', configLang: null });

describe('handing page data to the worker', () => {
  it('when the worker answers, the page reads nothing itself and never hands the same data over again', async () => {
    const t = follow(
      () => pageData('{"a":1}'),
      () => view,
    );
    domChanged(); // a change while the worker is still reading: nothing new to send
    await settle();
    expect(t.sent.map((m) => m.kind)).toEqual(['content:page-data']);
    t.answer();
    await settle();
    t.follower.reread();
    await settle();
    expect(t.sent.map((m) => m.kind)).toEqual(['content:page-data']);
    expect(t.read).not.toHaveBeenCalled();
  });

  it('when the worker cannot answer, the page reads its document and sends that snapshot', async () => {
    const t = follow(
      () => pageData('{"stale":true}'),
      () => null,
    );
    t.answer();
    await settle();
    expect(t.read).toHaveBeenCalledTimes(1);
    expect(t.sent.map((m) => m.kind)).toEqual(['content:page-data', 'content:profile-read']);
  });

  it('newer data (a forwarded browse response) goes to the worker again', async () => {
    let text = '{"first":1}';
    const t = follow(
      () => pageData(text),
      () => view,
    );
    t.answer();
    await settle();
    text = '{"second":2}';
    t.follower.reread();
    await settle();
    t.answer();
    await settle();
    expect(t.sent.map((m) => m.text)).toEqual(['{"first":1}', '{"second":2}']);
    expect(t.read).not.toHaveBeenCalled();
  });

  it('a page whose data changes on every read hands it over at most 8 times per visit, then is read as a document', async () => {
    let n = 0;
    const t = follow(
      () => pageData(`{"flood":${n++}}`),
      () => null,
    );
    for (let i = 0; i < 30; i++) {
      t.answer();
      await settle();
      t.follower.reread();
      await settle();
    }
    t.answer();
    await settle();
    expect(t.sent.filter((m) => m.kind === 'content:page-data')).toHaveLength(8);
    // The reads went on: the document was read instead.
    expect(t.read.mock.calls.length).toBeGreaterThan(8);
  });

  it('a page without such data is read here, as before', async () => {
    const t = follow(
      () => null,
      () => view,
    );
    await settle();
    expect(t.read).toHaveBeenCalledTimes(1);
    expect(t.sent.map((m) => m.kind)).toEqual(['content:profile-read']);
  });

  it("once the observer handed over the page's data, the script's text is not handed over too", async () => {
    const t = follow(
      () => pageData('{"whole":"script"}'),
      () => view,
      { payloads: ['{"projected":1}'] },
    );
    await settle();
    // The page's DOM read, and the projection (sent again once the read is scored, as the worker had no base yet).
    expect(new Set(t.sent.map((m) => m.kind))).toEqual(new Set(['content:profile-read', 'content:payload']));
    expect(t.sent.filter((m) => m.kind === 'content:payload').every((m) => m.text === '{"projected":1}')).toBe(true);
  });

  it('asks the observer before its read, and no more once the profile is found', async () => {
    const ask = vi.fn();
    const t = follow(
      () => null,
      () => view,
      { ask },
    );
    expect(ask).toHaveBeenCalledTimes(1);
    await settle();
    t.follower.reread();
    await settle();
    // Found (the worker answered the read): no more asks.
    expect(ask).toHaveBeenCalledTimes(1);
  });
});

/** A stand-in for YouTube's main world: its window (with the page's own ytInitialData) and where our messages go. */
function youtubeWindow(html: string) {
  const doc = htmlDocument(html);
  const messages: PageDataMessage[] = [];
  const win = {
    fetch: async () => new Response('{}'),
    location: { href: 'https://www.youtube.com/@OneMedia.', origin: 'https://www.youtube.com' },
    document: doc,
    postMessage: (message: PageDataMessage) => messages.push(message),
  } as unknown as Window & typeof globalThis & { ytInitialData?: unknown };
  observeYouTube(win);
  const PageEvent = (doc.defaultView as unknown as { CustomEvent: typeof CustomEvent }).CustomEvent;
  return {
    win,
    messages,
    ask: () => doc.dispatchEvent(new PageEvent(PAGE_DATA_ASK_EVENT)),
    navigate: (response: unknown) =>
      doc.dispatchEvent(new PageEvent('yt-navigate-finish', { detail: { response: { response } } })),
  };
}

describe("YouTube's page data through the observer every site uses", () => {
  // Two reads must agree on relative dates ("hace 2 días"), which count back from the clock.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2024-01-20T12:00:00Z') });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  const html = fixtureText('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html');
  const url = new URL('https://www.youtube.com/@OneMedia.');
  const whole = () => initialData(htmlDocument(html));

  it("hands over the first load's ytInitialData on ask, projected, once per object; the worker reads it as the page", () => {
    const page = youtubeWindow('<html lang="es-ES"><body></body></html>');
    page.ask();
    expect(page.messages).toEqual([]); // not assigned yet
    page.win.ytInitialData = whole();
    page.ask();
    page.ask();
    expect(page.messages).toHaveLength(1);
    const json = page.messages[0]?.json ?? '';
    expect(page.messages[0]).toMatchObject({ source: 'creator-lens/page-data', site: 'youtube' });
    expect(json).toBe(JSON.stringify(projectBrowse(whole())));
    expect(json.length).toBeLessThan(64_000);
    const read = readHandedPayload(youtubeReader, json, url, 'es-ES');
    const document = snapshotOf(youtubeReader.readDocument(htmlDocument(html), url));
    expect(read?.followers).toEqual(document.followers);
    expect(read?.posts).toEqual(document.posts);
    expect(read?.recentPosts.map((p) => [p.id, p.views])).toEqual(document.recentPosts.map((p) => [p.id, p.views]));
    expect(read?.recentPosts.every((p) => p.origin === 'page-data')).toBe(true);
  });

  it('hands over the browse response of an in-app navigation; one that names no channel is refused by the worker', () => {
    const page = youtubeWindow('<html lang="de"><body></body></html>');
    const named = {
      responseContext: {},
      header: { c4TabbedHeaderRenderer: { subscriberCountText: { simpleText: '1,5 M Abonnenten' } } },
      metadata: { channelMetadataRenderer: { vanityChannelUrl: 'http://www.youtube.com/@ana' } },
    };
    const anonymous = { responseContext: {}, header: named.header };
    page.navigate(named);
    page.navigate(anonymous);
    page.navigate(null);
    expect(page.messages).toHaveLength(2);
    const ana = new URL('https://www.youtube.com/@ana');
    const read = readHandedPayload(youtubeReader, page.messages[0]?.json ?? '', ana, 'de');
    expect(read?.lang).toBe('de');
    expect(read?.followers).toMatchObject({ min: 1_500_000 });
    expect(readHandedPayload(youtubeReader, page.messages[1]?.json ?? '', ana, 'de')).toBeNull();
    expect(readHandedPayload(youtubeReader, page.messages[0]?.json ?? '', url, 'de')).toBeNull();
  });

  it("a page script's forged data about another channel is not read as this profile's", () => {
    // Every name the channel answers to (handle, id, legacy names) swapped for another channel's.
    const { names } = channelIdentity(whole());
    let other = JSON.stringify(projectBrowse(whole()));
    for (const name of names)
      other = other.replaceAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), 'OtherChan');
    expect(channelIdentity(JSON.parse(other)).names).toEqual(new Set(['otherchan']));
    expect(readHandedPayload(youtubeReader, other, url, 'es-ES')).toBeNull();
  });
});

describe('a profile read from the page data alone', () => {
  it('is found: the card it got is not turned into "could not read" when the DOM never shows a count', async () => {
    const sent: string[] = [];
    let deadline: () => void = () => undefined;
    const ctx = testContext(
      (message: { kind: string }) => {
        sent.push(message.kind);
        return { ok: true, data: message.kind === 'content:payload' ? view : null };
      },
      (callback) => {
        deadline = callback;
      },
    );
    // The rendered page shows no follower count (YouTube's DOM selectors are unverified): nothing to send from it.
    const read = (): ReadResult => ({
      ok: true,
      snapshot: new SnapshotBuilder('youtube', 'ana', 'https://www.youtube.com/@ana', 'en').build(),
    });
    followProfile({ ref, read, payloads: ['{"projected":1}'], ctx, showOverlay: false, lang: 'en' });
    await settle();
    expect(sent).toEqual(['content:payload']);
    deadline();
    await settle();
    expect(sent).toEqual(['content:payload']);
  });
});
