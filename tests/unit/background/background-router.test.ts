// Malformed and foreign messages into the background: whatever arrives, from whoever, the router answers
// {ok:false, error} and leaves storage exactly as it was. Real router, real ProfileStore, in-memory area.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router.ts';
import { classifySender, type SenderInfo } from '../../../src/background/sender.ts';
import { ContentToBackgroundSchema, UiToBackgroundSchema } from '../../../src/messages/protocol.ts';
import {
  contentSender,
  harness,
  OWN_ID,
  OWN_ORIGIN,
  popupSender,
  tiktokSnapshot,
} from '../../support/background-deps.ts';

const numRuns = process.env.LONG ? 3_000 : 300;
const ANA_PAGE = 'https://www.tiktok.com/@ana';

/** A store that already holds something, so "unchanged" is not trivially true of an empty one. */
async function seeded() {
  const h = harness();
  await h.store.migrate();
  await h.store.recordSnapshot(tiktokSnapshot('ana', 1000), 0.05);
  await h.store.setSaved({ platform: 'tiktok', handle: 'ana' }, true);
  await h.area.set({ 'profile:tiktok:zed': { corrupt: true } }); // a bad value waiting to be read
  h.notified.length = 0;
  return h;
}

function expectRejected(reply: unknown): void {
  expect(reply).toMatchObject({ ok: false });
  expect(typeof (reply as { error?: unknown }).error).toBe('string');
}

/** Values shaped like our messages but wrong somewhere: kinds, refs, snapshots, extra types. */
const nearMessage = fc.record(
  {
    kind: fc.oneof(
      fc.constantFrom(
        'content:profile-read',
        'content:profile-unreadable',
        'content:set-saved',
        'content:get-view',
        'content:page-data',
        'ui:get-profile',
        'ui:set-saved',
        'ui:update-entry',
        'ui:list-shortlist',
        'ui:get-settings',
        'ui:set-settings',
        'background:profile-updated',
        'CONTENT:SET-SAVED',
      ),
      fc.string(),
    ),
    ref: fc.oneof(
      fc.record({
        platform: fc.constantFrom('tiktok', 'myspace', ''),
        handle: fc.oneof(fc.constant('ana'), fc.string()),
      }),
      fc.anything(),
    ),
    saved: fc.oneof(fc.boolean(), fc.anything()),
    snapshot: fc.oneof(fc.constant(tiktokSnapshot('ana', 5)), fc.anything()),
    // Counts shown as text: near-valid candidates (an unknown reading, a count without its source) and junk.
    shown: fc.oneof(
      fc.record({
        counts: fc.record({
          followers: fc.array(
            fc.oneof(
              fc.record({
                shown: fc.record({ text: fc.string(), lang: fc.string(), how: fc.string() }),
                source: fc.string(),
              }),
              fc.record({ count: fc.anything() }),
            ),
            { minLength: 1, maxLength: 3 },
          ),
        }),
      }),
      fc.anything(),
    ),
    settings: fc.anything(),
    notes: fc.oneof(fc.string({ maxLength: 20 }), fc.anything()),
  },
  { requiredKeys: [] },
);

/** True when the schema for this origin accepts `message` (those are not junk; skipped by the properties). */
const acceptedBy = (from: 'content' | 'ui', message: unknown) =>
  (from === 'content' ? ContentToBackgroundSchema : UiToBackgroundSchema).safeParse(message).success;

describe('route(): junk from any of our own contexts is rejected, never thrown, storage unchanged', () => {
  for (const [name, sender] of [
    ['a content script on @ana', contentSender(ANA_PAGE)],
    ['the popup', popupSender],
  ] as const) {
    it(`fc.anything() from ${name}`, async () => {
      const h = await seeded();
      const before = h.dump();
      const origin = classifySender(sender, OWN_ID, OWN_ORIGIN);
      expect(origin).not.toBeNull();
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), nearMessage), async (message) => {
          fc.pre(!acceptedBy(origin?.from ?? 'ui', message));
          expectRejected(await route(message, origin, h.deps));
          expect(h.dump()).toEqual(before);
        }),
        { numRuns },
      );
      expect(h.notified).toEqual([]);
    });
  }

  it('counts shown as text, any text in any reading: answered (a view or null), stored only with followers', async () => {
    const origin = classifySender(contentSender(ANA_PAGE), OWN_ID, OWN_ORIGIN);
    const shownCount = fc.record(
      {
        text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('1.2K', '3,4 M', '10 replies, 2 likes', '٣٤')),
        lang: fc.oneof(fc.constantFrom('en', 'es', 'ar', 'ja', 'de-DE', 'xx'), fc.string({ maxLength: 10 })),
        how: fc.constantFrom('truncated', 'leading', 'tweet-action'),
        metric: fc.constantFrom('replies', 'reposts', 'likes', 'views'),
        button: fc.option(fc.string({ maxLength: 30 })),
      },
      { requiredKeys: ['text', 'lang'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(shownCount, { minLength: 1, maxLength: 3 }), shownCount, async (followers, views) => {
        const h = await seeded();
        const snapshot = { ...tiktokSnapshot('ana', 5), followers: null };
        const message = {
          kind: 'content:profile-read',
          snapshot,
          shown: { counts: { followers: followers.map((shown) => ({ shown, source: 's' })) }, posts: [{ views }] },
        };
        const reply = await route(message, origin, h.deps);
        expect(reply).toMatchObject({ ok: true });
        const stored = (await h.store.get({ platform: 'tiktok', handle: 'ana' }))?.snapshot;
        if ((reply as { data: unknown }).data === null)
          expect(stored?.followers).toEqual({ value: 1000, min: 1000, max: 1000 });
        else expect(stored?.followers).not.toBeNull();
      }),
      { numRuns: Math.ceil(numRuns / 3) },
    );
  });

  it('a value that throws when read (a proxy, never sent by a real browser) is answered, not thrown', async () => {
    const h = await seeded();
    const before = h.dump();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    expectRejected(await route(hostile, { from: 'ui' }, h.deps));
    expectRejected(await route(hostile, classifySender(contentSender(ANA_PAGE), OWN_ID, OWN_ORIGIN), h.deps));
    expect(h.dump()).toEqual(before);
  });
});

describe('route(): well-formed messages in the wrong place are rejected with storage unchanged', () => {
  const read = { kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 2000) };
  const cases: Array<[string, SenderInfo, unknown]> = [
    ['a UI kind from a content script', contentSender(ANA_PAGE), { kind: 'ui:list-shortlist' }],
    [
      'a UI save from a content script',
      contentSender(ANA_PAGE),
      { kind: 'ui:set-saved', ref: { platform: 'tiktok', handle: 'ana' }, saved: false },
    ],
    ['settings from a content script', contentSender(ANA_PAGE), { kind: 'ui:set-settings', settings: {} }],
    ['a content kind from the popup', popupSender, read],
    ['a snapshot of @ana from the page of @bob', contentSender('https://www.tiktok.com/@bob'), read],
    ['a snapshot of @ana from a TikTok video page', contentSender('https://www.tiktok.com/@ana/video/123'), read],
    ['a TikTok snapshot from an Instagram page', contentSender('https://www.instagram.com/ana/'), read],
    [
      'unsaving a TikTok profile from an X page',
      contentSender('https://x.com/ana'),
      { kind: 'content:set-saved', ref: { platform: 'tiktok', handle: 'ana' }, saved: false },
    ],
    [
      'the same message from another extension',
      { id: 'otherextensionidotherextensionid', url: ANA_PAGE, tab: { id: 7, url: ANA_PAGE } },
      read,
    ],
    ['from an http page of the site', contentSender('http://www.tiktok.com/@ana'), read],
    ['from a page of another site', contentSender('https://www.tiktok.com.evil.example/@ana'), read],
    ['from a frame without a tab', { id: OWN_ID, url: ANA_PAGE }, read],
    ['from a sender without a URL', { id: OWN_ID, tab: { id: 7 } }, read],
    [
      'from a web page claiming our popup URL with another id',
      { id: 'x', url: `${OWN_ORIGIN}src/popup/index.html` },
      { kind: 'ui:list-shortlist' },
    ],
  ];
  for (const [name, sender, message] of cases) {
    it(name, async () => {
      const h = await seeded();
      const before = h.dump();
      expectRejected(await route(message, classifySender(sender, OWN_ID, OWN_ORIGIN), h.deps));
      expect(h.dump()).toEqual(before);
      expect(h.notified).toEqual([]);
    });
  }

  it('control: the same snapshot from the right page is stored (the rejections above are not vacuous)', async () => {
    const h = await seeded();
    const reply = await route(read, classifySender(contentSender(ANA_PAGE), OWN_ID, OWN_ORIGIN), h.deps);
    expect(reply).toMatchObject({ ok: true });
    expect((await h.store.get({ platform: 'tiktok', handle: 'ana' }))?.snapshot.followers?.value).toBe(2000);
  });
});

describe('classifySender(): only our own pages and our content scripts on https pages of the five sites', () => {
  const ids = fc.constantFrom(OWN_ID, 'otherextensionidotherextensionid', '', undefined);
  const urls = fc.oneof(
    fc.constantFrom(
      `${OWN_ORIGIN}src/popup/index.html`,
      'chrome-extension://otherextensionidotherextensionid/popup.html',
      ANA_PAGE,
      'https://x.com/ana',
      'https://www.youtube.com/@ana',
      'https://www.facebook.com/ana',
      'https://www.instagram.com/ana/',
      'http://www.tiktok.com/@ana',
      'https://example.com/',
      'https://tiktok.com.example.com/@ana',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'not a url',
      undefined,
    ),
    fc.webUrl(),
  );
  const tabs = fc.oneof(fc.constant(undefined), fc.record({ id: fc.option(fc.nat(), { nil: undefined }) }));

  it('accepts a sender only when it is our id and our page, or our id with a tab on an https five-site page', () => {
    fc.assert(
      fc.property(ids, urls, tabs, (id, url, tab) => {
        const sender: SenderInfo = { id, url, tab };
        const origin = classifySender(sender, OWN_ID, OWN_ORIGIN);
        if (origin === null) return;
        expect(id).toBe(OWN_ID);
        if (origin.from === 'ui') expect(url?.startsWith(OWN_ORIGIN)).toBe(true);
        else {
          expect(tab?.id).toBeDefined();
          expect(origin.url.protocol).toBe('https:');
          expect(origin.url.hostname).toMatch(/(^|\.)(tiktok|instagram|youtube|x|twitter|facebook)\.com$/);
        }
      }),
      { numRuns },
    );
  });

  it('a snapshot is stored only when the sender is our content script on that very profile', async () => {
    const read = { kind: 'content:profile-read', snapshot: tiktokSnapshot('ana', 3000) };
    await fc.assert(
      fc.asyncProperty(ids, urls, tabs, async (id, url, tab) => {
        const h = await seeded();
        const before = h.dump();
        const origin = classifySender({ id, url, tab }, OWN_ID, OWN_ORIGIN);
        const reply = await route(read, origin, h.deps);
        const onAnasPage =
          id === OWN_ID && tab?.id !== undefined && /^https:\/\/(www\.)?tiktok\.com\/@ana\/?$/.test(url ?? '');
        expect(reply.ok).toBe(onAnasPage);
        if (!onAnasPage) expect(h.dump()).toEqual(before);
      }),
      { numRuns },
    );
  });
});
