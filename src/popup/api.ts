import type { ProfileRef } from '../core/platform.ts';
import type { AppSettings } from '../core/settings.ts';
import type { ImportReport } from '../exchange/format.ts';
import type { Reply, UiToBackground } from '../messages/protocol.ts';
import { shortlistRow, shortlistRowsOfColumns } from '../messages/rows.ts';
import type { ProfileView, ShortlistRow, StorageStatus } from '../messages/view.ts';
import { browser } from '../platform/browser.ts';
import { decodeManifest, decodeShardColumns, filledShards, shardKey } from '../storage/index/index-shards.ts';
import { decodeHead, HEAD_ROWS } from '../storage/index/shortlist-head.ts';
import { KEY, type ShortlistEntry } from '../storage/schema.ts';

/** Messages that change nothing the shortlist shows; any other may, so it drops the shared shortlist read. */
const READS: ReadonlySet<UiToBackground['kind']> = new Set([
  'ui:get-settings',
  'ui:get-profile',
  'ui:list-shortlist',
  'ui:compare',
  'ui:export',
  'ui:storage-status',
  'ui:export-set-aside',
]);

/** The popup's only channel to data: messages to the background (the single writer). */
export async function ask<T>(message: UiToBackground): Promise<Reply<T>> {
  const changes = !READS.has(message.kind) && !(message.kind === 'ui:import' && !message.apply);
  if (changes) forgetShortlist();
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no reply from the background' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    // A read started while the change was in flight may predate it.
    if (changes) forgetShortlist();
  }
}

/**
 * One shortlist read shared by everything that needs it (the Shortlist tab and the tab label's count), so opening
 * the popup reads and validates the index once, not twice at once (two concurrent reads of a large index take
 * markedly longer than one: storage serves them in turn). Dropped when the stored index changes or the popup asks for a
 * change, so a read after an edit always sees it.
 */
let shortlistRead: Promise<Reply<ShortlistRow[]>> | null = null;
/** The stored first screen, read once and kept like the shortlist read (dropped with it). */
let headRead: Promise<ShortlistHeadRows | null> | null = null;

function forgetShortlist(): void {
  shortlistRead = null;
  headRead = null;
}
browser.storage.onChanged.addListener((changes, area) => {
  // Every index write rewrites the manifest, so it alone tells that the shortlist may have changed.
  if (area === 'local' && (KEY.index in changes || KEY.head in changes)) forgetShortlist();
});

function sharedShortlist(): Promise<Reply<ShortlistRow[]>> {
  const read = shortlistRead ?? readShortlist();
  shortlistRead = read;
  // A failed read is not kept: the next caller tries again.
  void read.then((reply) => {
    if (!reply.ok && shortlistRead === read) shortlistRead = null;
  });
  return read;
}

/**
 * The shortlist rows, read straight from the stored index (its manifest, then every filled shard, validated here
 * too): the background stays the only writer, and listing 5,000 entries skips a second serialisation through
 * messaging. A missing or damaged part goes through the background, which rebuilds it and sets the damage aside.
 */
async function readShortlist(): Promise<Reply<ShortlistRow[]>> {
  try {
    const manifest = decodeManifest((await browser.storage.local.get(KEY.index))[KEY.index]);
    if (manifest.ok) {
      const shards = filledShards(manifest.value);
      const stored = await browser.storage.local.get(shards.map(shardKey));
      const rows: ShortlistRow[] = [];
      const whole = shards.every((shard) => {
        const columns = decodeShardColumns(shard, stored[shardKey(shard)], manifest.value.counts[shard] ?? 0);
        if (columns.ok) rows.push(...shortlistRowsOfColumns(columns.value));
        return columns.ok;
      });
      if (whole) return { ok: true, data: rows };
    }
  } catch {
    // fall through to the background
  }
  return ask<ShortlistRow[]>({ kind: 'ui:list-shortlist' });
}

/** The shortlist's first screen (storage/index/shortlist-head.ts), read ahead of the index; null when absent or invalid. */
export interface ShortlistHeadRows {
  total: number;
  rows: ShortlistRow[];
}

/** Read once per popup, before the index: storage serves an extension's reads in turn, and this one is small. */
function shortlistHead(): Promise<ShortlistHeadRows | null> {
  headRead ??= browser.storage.local.get(KEY.head).then(
    (items) => {
      const head = decodeHead(items[KEY.head]);
      return head ? { total: head.total, rows: head.entries.slice(0, HEAD_ROWS).map(shortlistRow) } : null;
    },
    () => null,
  );
  return headRead;
}

/** A file the popup offers for download. */
export interface Exported {
  text: string;
  fileName: string;
  mime: string;
}

export type Removed = Array<{ ref: ProfileRef; saved: ShortlistEntry }>;

export const api = {
  profile: (ref: ProfileRef) => ask<ProfileView | null>({ kind: 'ui:get-profile', ref }),
  setSaved: (ref: ProfileRef, saved: boolean) => ask<ProfileView>({ kind: 'ui:set-saved', ref, saved }),
  updateEntry: (ref: ProfileRef, change: { notes?: string; tags?: string[]; lists?: string[] }) =>
    ask<ProfileView>({ kind: 'ui:update-entry', ref, ...change }),
  shortlist: sharedShortlist,
  shortlistHead,
  unsaveMany: (refs: ProfileRef[]) => ask<Removed>({ kind: 'ui:unsave-many', refs }),
  restore: (entries: Removed) => ask<number>({ kind: 'ui:restore-saved', entries }),
  editLists: (refs: ProfileRef[], edit: { add?: string; remove?: string; set?: string[] }) =>
    ask<number>({ kind: 'ui:edit-lists', refs, ...edit }),
  compare: (refs: ProfileRef[]) => ask<ProfileView[]>({ kind: 'ui:compare', refs }),
  exportShortlist: (format: 'csv' | 'json', lang: 'en' | 'es') =>
    ask<Exported & { leftOut: number }>({ kind: 'ui:export', format, lang }),
  importFile: (text: string, fileName: string, apply: boolean) =>
    ask<{ applied: boolean; report: ImportReport }>({ kind: 'ui:import', text, fileName, apply }),
  settings: () => ask<AppSettings>({ kind: 'ui:get-settings' }),
  storageStatus: () => ask<StorageStatus>({ kind: 'ui:storage-status' }),
  restoreSetAside: (id: string) => ask<true>({ kind: 'ui:restore-set-aside', id }),
  discardSetAside: (ids: string[]) => ask<number>({ kind: 'ui:discard-set-aside', ids }),
  exportSetAside: () => ask<Exported>({ kind: 'ui:export-set-aside' }),
  setSettings: (settings: AppSettings) => ask<AppSettings>({ kind: 'ui:set-settings', settings }),
};
