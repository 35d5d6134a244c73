import type { Reply, UiToBackground } from '../messages/protocol.ts';
import { shortlistRow } from '../messages/rows.ts';
import type { ProfileRecord } from '../storage/schema.ts';
import { type Call, fail } from './call.ts';
import { exportShortlist, importShortlist } from './exchange.ts';
import { setSaved } from './set-saved.ts';
import { setAsideFile, storageStatus } from './storage-status.ts';
import { view } from './views.ts';

/** A message from the popup (or the keyboard shortcut, which speaks as the UI). */
export async function fromUi(message: UiToBackground, deps: Call): Promise<Reply<unknown>> {
  switch (message.kind) {
    case 'ui:get-profile': {
      const record = await deps.store.get(message.ref);
      return { ok: true, data: record ? await view(record, deps) : null };
    }
    case 'ui:set-saved':
      return setSaved(message.ref, message.saved, deps);
    case 'ui:update-entry': {
      const { kind: _, ref, ...change } = message;
      // Refused before any write: the update would rewrite an unsaved record, or set an invalid one aside.
      if (!(await deps.store.validRecord(ref))?.saved) return fail('not in the shortlist');
      const record = await deps.store.updateEntry(ref, change);
      if (!record?.saved) return fail('not in the shortlist');
      await deps.notify(ref);
      return { ok: true, data: await view(record, deps) };
    }
    case 'ui:list-shortlist':
      return { ok: true, data: (await deps.store.shortlistEntries()).map(shortlistRow) };
    case 'ui:unsave-many': {
      const removed = await deps.store.unsaveMany(message.refs);
      await Promise.all(removed.map((r) => deps.notify(r.ref)));
      return { ok: true, data: removed };
    }
    case 'ui:restore-saved': {
      const restored = await deps.store.restoreSaved(message.entries);
      await Promise.all(message.entries.map((e) => deps.notify(e.ref)));
      return { ok: true, data: restored };
    }
    case 'ui:edit-lists': {
      const { refs, add, remove, set } = message;
      return { ok: true, data: await deps.store.editLists(refs, { add, remove, set }) };
    }
    case 'ui:compare': {
      const records = await Promise.all(message.refs.map((ref) => deps.store.get(ref)));
      const found = records.filter((r): r is ProfileRecord => r !== null);
      return { ok: true, data: await Promise.all(found.map((r) => view(r, deps))) };
    }
    case 'ui:export':
      return { ok: true, data: await exportShortlist(message, deps) };
    case 'ui:import':
      return importShortlist(message, deps);
    case 'ui:get-settings':
      return { ok: true, data: await deps.getSettings() };
    case 'ui:set-settings':
      return deps.setSettings(message.settings);
    case 'ui:storage-status':
      return { ok: true, data: await storageStatus(deps) };
    case 'ui:restore-set-aside': {
      const why = await deps.store.restoreSetAside(message.id);
      return why === null ? { ok: true, data: true } : fail(`not restored: ${why}`);
    }
    case 'ui:discard-set-aside':
      return { ok: true, data: await deps.store.discardSetAside(message.ids) };
    case 'ui:export-set-aside':
      return { ok: true, data: await setAsideFile(deps) };
  }
}
