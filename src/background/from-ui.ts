import { mergeImport, parseImport } from '../exchange/index.ts';
import type { Reply, UiToBackground } from '../messages/protocol.ts';
import { shortlistRow } from '../messages/rows.ts';
import type { ProfileRecord } from '../storage/schema.ts';
import { type Call, fail } from './call.ts';
import { exportShortlist } from './exchange.ts';
import { setSaved } from './set-saved.ts';
import { isWholeProfile, storageStatus } from './storage-status.ts';
import { view } from './views.ts';

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
    case 'ui:export': {
      const saved = await deps.store.saved();
      const exported = await exportShortlist(saved, message.format, message.lang, deps);
      // Profiles set aside whole are not in the file: the popup says how many (storage/set-aside.ts).
      const leftOut = (await deps.store.setAsideItems()).filter(isWholeProfile).length;
      return { ok: true, data: { ...exported, leftOut } };
    }
    case 'ui:import': {
      // The whole file is checked before storage is read: a full read sets invalid records aside, which writes.
      const parsed = parseImport(message.text, message.fileName);
      if (!parsed.ok) return fail(`rejected: ${parsed.error}`);
      // A preview writes nothing; applying sets invalid stored values aside first, so none is overwritten unseen.
      const existing = message.apply ? await deps.store.all() : await deps.store.validRecords();
      const plan = mergeImport(existing, parsed);
      if (plan.report.error) return fail(`rejected: ${plan.report.error}`);
      if (message.apply) {
        await deps.store.writeMany(plan.records);
        await Promise.all(plan.records.map((r) => deps.notify(r.ref)));
      }
      return { ok: true, data: { applied: message.apply, report: plan.report } };
    }
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
    case 'ui:export-set-aside': {
      const day = new Date().toISOString().slice(0, 10);
      const text = JSON.stringify({ setAside: await deps.store.setAsideItems() }, null, 2);
      return { ok: true, data: { text, fileName: `creator-lens-set-aside-${day}.json`, mime: 'application/json' } };
    }
  }
}
