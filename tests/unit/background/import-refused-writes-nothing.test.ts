// Issue 20, item 6: an import the worker refuses must leave storage byte-for-byte as it was, even when storage
// holds an invalid record (a full read quarantines such a record, and quarantining is a write).
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router.ts';
import { shortlistToJson } from '../../../src/exchange/json-exchange.ts';
import { harness, tiktokSnapshot } from '../../support/background-deps.ts';
import { BAD_KEY, recordWrites, storageWithOneInvalidRecord } from '../../support/invalid-record-fixture.ts';

const UI = { from: 'ui' } as const;

/** Our own JSON export of one saved profile the store does not hold yet. */
const validJson = async () => {
  const source = harness();
  await source.store.recordSnapshot(tiktokSnapshot('newcomer', 500), null);
  const saved = await source.store.setSaved({ platform: 'tiktok', handle: 'newcomer' }, true);
  return shortlistToJson(saved ? [saved] : []);
};

/** Files the worker refuses as a whole, each with the reason it must give (the sign that the check ran). */
const REFUSED: Array<{ name: string; text: () => Promise<string> | string; fileName: string; reason: RegExp }> = [
  { name: 'NUL bytes', text: async () => `${await validJson()}\u0000`, fileName: 'x.json', reason: /NUL bytes/ },
  {
    name: 'a header without profiles',
    text: () => 'Platform,Handle\r\n\r\n',
    fileName: 'x.csv',
    reason: /header but no profiles/,
  },
  { name: 'empty', text: () => ' \n', fileName: 'x.csv', reason: /empty/ },
  { name: 'not valid JSON', text: () => '{"format":', fileName: 'x.json', reason: /not valid JSON/ },
  { name: 'no profiles', text: () => shortlistToJson([]), fileName: 'x.json', reason: /no profiles/ },
  { name: 'CSV without key columns', text: () => 'Name\r\nana\r\n', fileName: 'x.csv', reason: /needs the columns/ },
];

describe('a refused import writes nothing, with an invalid record in storage', () => {
  for (const apply of [false, true]) {
    for (const file of REFUSED) {
      it(`${file.name} (${apply ? 'apply' : 'preview'})`, async () => {
        const h = await storageWithOneInvalidRecord();
        const before = h.dump();
        const text = await file.text();
        const writes = recordWrites(h);
        const reply = await route({ kind: 'ui:import', text, fileName: file.fileName, apply }, UI, h.deps);
        expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(file.reason) });
        expect(h.dump()).toEqual(before);
        expect(writes).toEqual([]);
        expect(h.notified).toEqual([]);
      });
    }
  }

  it('a message refused by its schema writes nothing either', async () => {
    const h = await storageWithOneInvalidRecord();
    const before = h.dump();
    const reply = await route({ kind: 'ui:import', text: 42, fileName: 'x.csv', apply: true }, UI, h.deps);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/malformed UI message/) });
    expect(h.dump()).toEqual(before);
  });

  it('a preview of a valid file writes nothing, and counts the new profile', async () => {
    const h = await storageWithOneInvalidRecord();
    const before = h.dump();
    const text = await validJson();
    const writes = recordWrites(h);
    const reply = await route({ kind: 'ui:import', text, fileName: 'x.json', apply: false }, UI, h.deps);
    expect(reply).toMatchObject({ ok: true, data: { applied: false, report: { added: 1, unchanged: 0 } } });
    expect(h.dump()).toEqual(before);
    expect(writes).toEqual([]);
  });

  it('applying a valid file still sets the invalid record aside, never overwrites it unseen', async () => {
    // The control: the same storage does change when an import is applied, so the checks above can fail.
    const h = await storageWithOneInvalidRecord();
    const bad = h.dump()[BAD_KEY];
    const reply = await route(
      { kind: 'ui:import', text: await validJson(), fileName: 'x.json', apply: true },
      UI,
      h.deps,
    );
    expect(reply).toMatchObject({ ok: true, data: { applied: true, report: { added: 1 } } });
    expect(h.area.items.has(BAD_KEY)).toBe(false);
    expect((await h.store.quarantined()).map((q) => q.value)).toEqual([bad]);
    expect(await h.store.get({ platform: 'tiktok', handle: 'newcomer' })).not.toBeNull();
  });
});
