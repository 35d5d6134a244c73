// Save cost: one shortlist change (the newest entry unsaved, then saved again) sent from an extension page to the
// real service worker, timed on that page from send to reply, in a store of 50,000 entries ÷ one of 10. Two extension
// browsers, seeded through chrome.storage.local as the extension writes it (records, sharded index, first screen).

import { shardKey, shardOf } from '../../src/storage/index/index-shards.ts';
import { bucketKey, bucketOf } from '../../src/storage/record-buckets.ts';
import { KEY } from '../../src/storage/schema.ts';
import { recordKey } from '../../src/storage/store.ts';
import type { Served } from './browsers.ts';
import { benchRecord, storageItems } from './records.ts';
import { type Spread, spread } from './stats.ts';

type Extension = Served & { ext: { extensionId: string } };

// An extension page that runs none of our code (the popup would re-read the shortlist on every change): the
// manifest, shown as a document of our origin, still has chrome.runtime and chrome.storage.
const pageUrl = (b: Extension) => `chrome-extension://${b.ext.extensionId}/manifest.json`;

/** How many characters of stored text one save in a store of `n` reads and writes. */
function charsOfSave(n: number): { read: number; written: number } {
  const items = storageItems(n, 1);
  const chars = (keys: string[]) => keys.reduce((sum, key) => sum + String(items[key] ?? '').length, 0);
  const { read, written } = keysOfSave(n);
  return { read: chars(read), written: chars(written) };
}

/** Seeds `n` saved records (one post each) in chunks, so no single message holds tens of MB. */
async function seed(b: Extension, n: number): Promise<number> {
  const items = Object.entries(storageItems(n, 1));
  const page = await b.context.newPage();
  await page.goto(pageUrl(b));
  await page.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.storage.local.clear());
  for (let i = 0; i < items.length; i += 2000) {
    const chunk = Object.fromEntries(items.slice(i, i + 2000));
    await page.evaluate((data) => (globalThis as unknown as ChromeGlobal).chrome.storage.local.set(data), chunk);
  }
  await page.close();
  return items.reduce((sum, [, value]) => sum + JSON.stringify(value).length, 0);
}

interface ChromeGlobal {
  chrome: {
    storage: { local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } };
    runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
  };
}

/** `count` changes in a row on one page; each one's send → reply time (ms). */
async function changes(b: Extension, n: number, count: number): Promise<number[]> {
  const page = await b.context.newPage();
  await page.goto(pageUrl(b));
  const ref = benchRecord(n - 1).ref;
  const times = await page.evaluate(
    async ({ ref, count }) => {
      const runtime = (globalThis as unknown as ChromeGlobal).chrome.runtime;
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        const reply = await runtime.sendMessage({ kind: 'ui:set-saved', ref, saved: i % 2 === 1 });
        out.push(performance.now() - start);
        if (!reply?.ok) throw new Error(`save failed: ${reply?.error}`);
      }
      return out;
    },
    { ref, count },
  );
  await page.close();
  return times;
}

/**
 * The browser's own cost of one write in the same store: chrome.storage.local.set of one 2 kB value, `count` times
 * (then removed). Chromium's grows with the number of stored keys, whatever is written (2026-12: 19 ms per set
 * with 50,000 tiny keys, 0.4 ms with 20 keys of 3.4 MB each), so it is the floor of any save.
 */
async function rawWrites(b: Extension, count: number): Promise<number[]> {
  const page = await b.context.newPage();
  await page.goto(pageUrl(b));
  // A string, not a function: the bench's TypeScript runner would add helpers the page does not have.
  const times = (await page.evaluate(`(async () => {
    const local = chrome.storage.local;
    const out = [];
    for (let i = 0; i < ${count}; i++) {
      const start = performance.now();
      await local.set({ 'bench-probe': { i, text: 'x'.repeat(2000) } });
      out.push(performance.now() - start);
    }
    await local.remove('bench-probe');
    return out;
  })()`)) as number[];
  await page.close();
  return times;
}

/** The storage keys one save of the newest entry writes (its bucket, its index shard, the manifest, the head), and
 * the ones it reads once the worker knows the index (transaction.ts, IndexMemory.keysFor): its bucket and the manifest. */
function keysOfSave(n: number): { read: string[]; written: string[] } {
  const key = recordKey(benchRecord(n - 1).ref);
  const read = [bucketKey(bucketOf(key)), KEY.index];
  return { read, written: [...read, shardKey(shardOf(key)), KEY.head] };
}

/**
 * The save's own storage traffic done by the page, none of our code between: one get of the keys a save reads and
 * one set of the texts it writes. What this costs more at 50,000 than at 10 is the browser's, not ours.
 */
async function ioReplicas(b: Extension, n: number, count: number): Promise<number[]> {
  const page = await b.context.newPage();
  await page.goto(pageUrl(b));
  const { read, written } = keysOfSave(n);
  const times = (await page.evaluate(`(async () => {
    const local = chrome.storage.local;
    const items = await local.get(${JSON.stringify(written)});
    const out = [];
    for (let i = 0; i < ${count}; i++) {
      const start = performance.now();
      await local.get(${JSON.stringify(read)});
      await local.set(items);
      out.push(performance.now() - start);
    }
    return out;
  })()`)) as number[];
  await page.close();
  return times;
}

export interface SaveCost {
  large: Spread;
  small: Spread;
  ratio: number;
  /** One raw 2 kB storage.local.set in each store. */
  rawLarge: Spread;
  rawSmall: Spread;
  /** The save's get and set of its own keys, done by the page. */
  ioLarge: Spread;
  ioSmall: Spread;
  /** Characters a save reads and writes at 50,000 and at 10. */
  ioChars: { large: { read: number; written: number }; small: { read: number; written: number } };
  bytes: number;
}

export async function saveCost(large: Extension, small: Extension, runs: number, n = 50_000): Promise<SaveCost> {
  const bytes = await seed(large, n);
  await seed(small, 10);
  await changes(large, n, 4); // warm-up: the worker starts, migrates and learns the index
  await changes(small, 10, 4);
  const l: number[] = [];
  const s: number[] = [];
  const rl: number[] = [];
  const rs: number[] = [];
  const il: number[] = [];
  const is: number[] = [];
  // Alternating rounds of 10 changes, so drift in the machine's load falls on both alike.
  for (let round = 0; round < Math.max(4, runs / 5); round++) {
    l.push(...(await changes(large, n, 10)));
    s.push(...(await changes(small, 10, 10)));
    rl.push(...(await rawWrites(large, 5)));
    rs.push(...(await rawWrites(small, 5)));
    il.push(...(await ioReplicas(large, n, 5)));
    is.push(...(await ioReplicas(small, 10, 5)));
  }
  const a = spread(l);
  const b = spread(s);
  const ioChars = { large: charsOfSave(n), small: charsOfSave(10) };
  return {
    large: a,
    small: b,
    ratio: a.median / b.median,
    rawLarge: spread(rl),
    rawSmall: spread(rs),
    ioLarge: spread(il),
    ioSmall: spread(is),
    ioChars,
    bytes,
  };
}
