// The page hands its embedded data to the worker before reading anything itself: the document is read here only
// when the worker cannot answer from the data, and the same data is never handed over twice.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContentContext } from '../../src/content/context.ts';
import { followProfile } from '../../src/content/follow-profile.ts';
import { withBridgedPayloads } from '../../src/content/youtube-payloads.ts';
import {
  BRIDGE_ANSWER_EVENT,
  BRIDGE_ASK_EVENT,
  BRIDGE_MAX_CHARS,
  BRIDGE_SOURCE,
} from '../../src/messages/youtube-bridge.ts';
import type { PageData, ReadResult } from '../../src/sites/reader.ts';
import { SnapshotBuilder } from '../../src/sites/reader.ts';
import { channelIdentity } from '../../src/sites/youtube/identity.ts';
import { initialData } from '../../src/sites/youtube/initial-data.ts';
import { projectBrowse } from '../../src/sites/youtube/project.ts';
import { youtubeReader } from '../../src/sites/youtube/read.ts';
import { stubPageForFollow } from './content-page-stubs.ts';
import { exact } from './exchange-fixtures.ts';
import { fixtureText, htmlDocument, snapshotOf } from './read-helpers-tt-ig-yt.ts';

const ref = { platform: 'youtube', handle: 'ana' } as const;
const view = { snapshot: { handle: 'ana' } };
const { domChanged } = stubPageForFollow();

/** followProfile with a background that answers page data with `worker` and everything else with the view. */
function follow(data: () => PageData | null, worker: (message: { text: string }) => unknown) {
  const sent: Array<{ kind: string; text?: string }> = [];
  let release = () => {};
  const ctx = {
    signal: new AbortController().signal,
    setTimeout: () => undefined,
    async send(message: { kind: string; text: string }) {
      sent.push(message);
      if (message.kind !== 'content:page-data') return { ok: true, data: view };
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { ok: true, data: worker(message) };
    },
  } as unknown as ContentContext;
  const read = vi.fn(
    (): ReadResult => ({
      ok: true,
      snapshot: new SnapshotBuilder('youtube', 'ana', 'https://www.youtube.com/@ana', 'en')
        .count('followers', exact(1200), 'dom')
        .build(),
    }),
  );
  const signal = new AbortController().signal;
  const follower = followProfile({ ref, read, pageData: data, ctx, showOverlay: false, lang: 'en', signal });
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
});

describe('a browse response the bridge forwards', () => {
  it('is handed over as text, and read in the page language when it names no hl= (the DOM-read path too)', () => {
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    vi.stubGlobal('location', { origin: 'https://www.youtube.com', href: 'https://www.youtube.com/@ana' });
    const bridged = withBridgedPayloads(youtubeReader, new AbortController().signal);
    const response = {
      responseContext: {},
      header: { c4TabbedHeaderRenderer: { subscriberCountText: { simpleText: '1,5 M Abonnenten' } } },
      metadata: { channelMetadataRenderer: { vanityChannelUrl: 'http://www.youtube.com/@ana' } },
    };
    const json = JSON.stringify(response);
    page.dispatchEvent(
      Object.assign(new Event('message'), {
        data: { source: BRIDGE_SOURCE, kind: 'browse', json },
        origin: 'https://www.youtube.com',
        source: page,
      }),
    );
    const doc = htmlDocument('<html lang="de"><body></body></html>');
    const url = new URL('https://www.youtube.com/@ana');
    expect(bridged.reader.pageData?.(doc, url)).toEqual({
      source: 'browse',
      text: json,
      htmlLang: 'de',
      configLang: null,
    });
    const snapshot = snapshotOf(bridged.reader.readPage(doc, url));
    expect(snapshot.lang).toBe('de');
    expect(snapshot.followers).toMatchObject({ min: 1_500_000 });
  });
});

describe("the first load's data from the main-world bridge", () => {
  // Two reads must agree on relative dates ("hace 2 días"), which count back from the clock.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2024-01-20T12:00:00Z') });
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  const html = fixtureText('youtube/yt-channel-home_OneMedia_es-ES_2024-01.html');
  const url = new URL('https://www.youtube.com/@OneMedia.');
  const withoutScript = html.replace(/<script[^>]*>\s*var ytInitialData = [\s\S]*?<\/script>/, '');
  const whole = () => initialData(htmlDocument(html));

  /** The page's document with a stand-in bridge that answers each ask with `answer()` (as youtube-main.ts does). */
  function pageAnswering(source: string, answer: () => unknown) {
    const doc = htmlDocument(source);
    // linkedom dispatches only its own events: the page's CustomEvent, as a content script's global would be.
    const PageEvent = (doc.defaultView as unknown as { CustomEvent: typeof CustomEvent }).CustomEvent;
    vi.stubGlobal('CustomEvent', PageEvent);
    let asked = 0;
    doc.addEventListener(BRIDGE_ASK_EVENT, () => {
      asked += 1;
      doc.dispatchEvent(new PageEvent(BRIDGE_ANSWER_EVENT, { detail: answer() }));
    });
    vi.stubGlobal('window', new EventTarget());
    const bridged = withBridgedPayloads(youtubeReader, new AbortController().signal);
    return {
      data: () => bridged.reader.pageData?.(doc, url) ?? null,
      read: () => bridged.reader.readPage(doc, url),
      asked: () => asked,
    };
  }

  it('is asked for synchronously and read by the worker as the whole document read', () => {
    const page = pageAnswering(withoutScript, () => JSON.stringify(projectBrowse(whole())));
    const data = page.data();
    expect(page.asked()).toBe(1);
    expect(data).toMatchObject({ source: 'initialData', htmlLang: 'es-ES', configLang: null });
    expect(data?.text.length).toBeLessThan(64_000);
    const fromWorker = snapshotOf(youtubeReader.readPageData?.(data as PageData, url));
    expect(fromWorker).toEqual(snapshotOf(youtubeReader.readDocument(htmlDocument(html), url)));
    expect(fromWorker.followers).not.toBeNull();
  });

  it("when the page must read its DOM too, it reads the bridge's answer, not the script's text", () => {
    // Served without the script: the DOM alone shows no follower count, so a count can only come from the answer.
    const page = pageAnswering(withoutScript, () => JSON.stringify(projectBrowse(whole())));
    expect(snapshotOf(youtubeReader.readDocument(htmlDocument(withoutScript), url)).followers).toBeNull();
    expect(page.data()?.source).toBe('initialData');
    const read = snapshotOf(page.read());
    expect(read).toEqual(snapshotOf(youtubeReader.readDocument(htmlDocument(html), url)));
    expect(read.followers).not.toBeNull();
  });

  it('without an answer, or with one that is not text or too long, the script text goes instead', () => {
    for (const answer of [undefined, { not: 'text' }, 'x'.repeat(BRIDGE_MAX_CHARS + 1)]) {
      const page = pageAnswering(html, () => answer);
      expect(page.data()?.source).toBe('ytInitialData');
    }
    const silent = htmlDocument(html);
    vi.stubGlobal('window', new EventTarget());
    const bridged = withBridgedPayloads(youtubeReader, new AbortController().signal);
    expect(bridged.reader.pageData?.(silent, url)?.source).toBe('ytInitialData');
  });

  it("a page script's forged answer about another channel is not read as this profile's", () => {
    // Every name the channel answers to (handle, id, legacy names) swapped for another channel's.
    const { names } = channelIdentity(whole());
    let other = JSON.stringify(whole());
    for (const name of names)
      other = other.replaceAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), 'OtherChan');
    expect(channelIdentity(JSON.parse(other)).names).toEqual(new Set(['otherchan']));
    // Projected, as the bridge hands over (a whole object of 524 kB is over the hand-over bound and not taken).
    const page = pageAnswering(withoutScript, () => JSON.stringify(projectBrowse(JSON.parse(other))));
    const result = youtubeReader.readPageData?.(page.data() as PageData, url);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/about otherchan, not OneMedia\./i) });
  });
});
