import type { KeyValueArea } from './area.ts';
import { repairRecord } from './repair.ts';
import { KEY, recordKey } from './schema.ts';
import { isWholeProfile, type Quarantined, setAsideFields } from './set-aside.ts';
import type { Transaction } from './transaction.ts';

/** A set-aside value with the storage key it is kept under (its id), as the Settings tab lists it. */
export type SetAsideItem = Quarantined & { id: string };

/** Everything set aside, oldest first. */
export async function setAsideItems(area: KeyValueArea): Promise<SetAsideItem[]> {
  const items = await area.get(null);
  return Object.entries(items)
    .filter(([key]) => key.startsWith(KEY.quarantinePrefix))
    .map(([id, value]) => ({ ...(value as Quarantined), id }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Puts a profile set aside whole back, with what this version can read of it (what it still cannot is set aside
 * field by field). A profile read since keeps its newer numbers and takes back only the shortlist entry it lacks.
 * Returns null when restored, else why not.
 */
export async function restoreSetAside(held: Transaction, id: string): Promise<string | null> {
  const item = (await held.area.get(id))[id] as Quarantined | undefined;
  if (!item || !id.startsWith(KEY.quarantinePrefix)) return 'it is no longer set aside';
  if (!isWholeProfile(item)) return 'only a whole profile can be put back; this value cannot be read by this version';
  const repaired = repairRecord(item.value);
  if (!repaired || recordKey(repaired.record.ref) !== item.key) return `it still cannot be read (${item.reason})`;
  const current = await held.read(repaired.record.ref);
  const next = current ? { ...current, saved: current.saved ?? repaired.record.saved } : repaired.record;
  await setAsideFields(held.area, item.key, repaired.setAside);
  await held.put(next);
  await held.area.remove(id);
  return null;
}

/** Deletes set-aside items for good (the user chose to); returns how many went. */
export async function discardSetAside(area: KeyValueArea, ids: string[]): Promise<number> {
  const found = Object.keys(await area.get(ids.filter((id) => id.startsWith(KEY.quarantinePrefix))));
  if (found.length > 0) await area.remove(found);
  return found.length;
}
