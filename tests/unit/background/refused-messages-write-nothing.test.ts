// Issue 20: every refused message is refused before anything is written, whatever the stored state. Saving,
// unsaving or editing a profile the store cannot use (never seen, invalid, not in the shortlist) is refused, and
// storage sees no write at all (before: the invalid record was quarantined, or the unsaved one rewritten, first).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router.ts';
import type { Origin } from '../../../src/background/sender.ts';
import { keepKeys, PAYLOAD_KEYS } from '../../../src/content/page-data/keep-keys.ts';
import { recordKey } from '../../../src/storage/store.ts';
import { tiktokSnapshot } from '../../support/background-deps.ts';
import { BAD_REF, recordWrites, storageWithOneInvalidRecord } from '../../support/invalid-record-fixture.ts';
import { HAS_REAL, REAL } from '../../support/read-helpers-tt-ig-yt.ts';

const UI: Origin = { from: 'ui' };
const onPage = (handle: string): Origin => ({
  from: 'content',
  tabId: 1,
  url: new URL(`https://www.tiktok.com/@${handle}`),
});
const SEEN = { platform: 'tiktok', handle: 'seen' } as const;
const NEVER = { platform: 'tiktok', handle: 'never' } as const;

const REFUSED: Array<{ name: string; message: unknown; origin: Origin; reason: RegExp }> = [
  {
    name: 'saving an invalid record',
    message: { kind: 'ui:set-saved', ref: BAD_REF, saved: true },
    origin: UI,
    reason: /not read yet/,
  },
  {
    name: 'unsaving an invalid record',
    message: { kind: 'ui:set-saved', ref: BAD_REF, saved: false },
    origin: UI,
    reason: /not read yet/,
  },
  {
    name: 'saving an invalid record from its page',
    message: { kind: 'content:set-saved', ref: BAD_REF, saved: true },
    origin: onPage('bad'),
    reason: /not read yet/,
  },
  {
    name: 'editing the notes of an invalid record',
    message: { kind: 'ui:update-entry', ref: BAD_REF, notes: 'x' },
    origin: UI,
    reason: /not in the shortlist/,
  },
  {
    name: 'editing the notes of a profile seen but not saved',
    message: { kind: 'ui:update-entry', ref: SEEN, notes: 'x' },
    origin: UI,
    reason: /not in the shortlist/,
  },
  {
    name: 'saving a profile never seen',
    message: { kind: 'ui:set-saved', ref: NEVER, saved: true },
    origin: UI,
    reason: /not read yet/,
  },
  {
    name: 'editing the notes of a profile never seen',
    message: { kind: 'ui:update-entry', ref: NEVER, notes: 'x' },
    origin: UI,
    reason: /not in the shortlist/,
  },
];

describe('a refused message writes nothing, with an invalid record in storage', () => {
  for (const c of REFUSED) {
    it(c.name, async () => {
      const h = await storageWithOneInvalidRecord();
      await h.store.recordSnapshot(tiktokSnapshot('seen', 50), null);
      const before = h.dump();
      const writes = recordWrites(h);
      const reply = await route(c.message, c.origin, h.deps);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(c.reason) });
      expect(writes).toEqual([]);
      expect(h.dump()).toEqual(before);
      expect(h.notified).toEqual([]);
    });
  }

  it('the control: saving the profile seen is accepted and written', async () => {
    const h = await storageWithOneInvalidRecord();
    await h.store.recordSnapshot(tiktokSnapshot('seen', 50), null);
    const writes = recordWrites(h);
    const reply = await route({ kind: 'ui:set-saved', ref: SEEN, saved: true }, UI, h.deps);
    expect(reply.ok).toBe(true);
    // The record is written into its bucket (storage/record-buckets.ts), with the index.
    expect(writes.some((w) => w.startsWith('set records:'))).toBe(true);
  });
});

describe.skipIf(!HAS_REAL)('page data the worker does not use writes nothing', () => {
  it('a timeline (posts, no follower count) for a profile whose stored record is invalid: null, no write', async () => {
    const h = await storageWithOneInvalidRecord();
    const ref = { platform: 'instagram', handle: 'anasaiaofficial' } as const;
    await h.area.set({ [recordKey(ref)]: { corrupt: true } });
    const file = 'instagram/ig-user-timeline-graphql_anasaiaofficial_page2_2024-03-17.json';
    const text = JSON.stringify(
      keepKeys(JSON.parse(readFileSync(resolve(REAL, file), 'utf8')), new Set(PAYLOAD_KEYS.instagram)),
    );
    const origin: Origin = { from: 'content', tabId: 1, url: new URL('https://www.instagram.com/anasaiaofficial/') };
    const before = h.dump();
    const writes = recordWrites(h);
    // Nothing of this profile can be used yet (its record is invalid, the payload has no followers): no answer.
    expect(await route({ kind: 'content:payload', ref, text }, origin, h.deps)).toEqual({ ok: true, data: null });
    expect(writes).toEqual([]);
    expect(h.dump()).toEqual(before);
    // The control: once the page has read the profile, the same payload is used, and written.
    const read = tiktokSnapshot('anasaiaofficial', 12_300);
    const pageRead = { ...read, platform: 'instagram' as const, url: origin.url.href, recentPosts: [] };
    expect((await route({ kind: 'content:profile-read', snapshot: pageRead }, origin, h.deps)).ok).toBe(true);
    const used = await route({ kind: 'content:payload', ref, text }, origin, h.deps);
    expect(used).toMatchObject({ ok: true, data: { key: 'instagram:anasaiaofficial' } });
  });
});
