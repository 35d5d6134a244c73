import type { KeyValueArea } from './area.ts';
import type { FieldSetAside } from './repair.ts';
import { KEY } from './schema.ts';

/** A stored value that failed validation: moved aside under quarantine:, reported, never silently dropped. */
export interface Quarantined {
  key: string;
  reason: string;
  at: string;
  value: unknown;
  /** Set when one field was taken out of a record that stayed (repair.ts); absent: the whole value went aside. */
  field?: string;
}

/** A whole profile set aside (not one field of a record that stayed): the one kind a user can put back. */
export const isWholeProfile = (item: Quarantined): boolean =>
  item.field === undefined && item.key.startsWith(KEY.profilePrefix);

/** Moves `value` (now stored under `key`) aside with its reason; the caller holds the write lock. */
export async function quarantine(area: KeyValueArea, key: string, value: unknown, reason: string): Promise<void> {
  const at = new Date().toISOString();
  const item: Quarantined = { key, reason, at, value };
  await area.set({ [`${KEY.quarantinePrefix}${at}:${key}`]: item });
  await area.remove(key);
  console.warn(`Creator Lens: stored value ${key} is invalid (${reason}); kept aside under quarantine:`);
}

/** Keeps the fields a repair took out of the record under `key`, each with its reason (caller holds the lock). */
export async function setAsideFields(area: KeyValueArea, key: string, fields: readonly FieldSetAside[]): Promise<void> {
  if (fields.length === 0) return;
  const at = new Date().toISOString();
  const items: Record<string, Quarantined> = {};
  for (const { path, value, reason } of fields) {
    items[`${KEY.quarantinePrefix}${at}:${key}#${path}`] = { key, field: path, reason, at, value };
  }
  await area.set(items);
  console.warn(`Creator Lens: ${fields.length} invalid field(s) of ${key} kept aside under quarantine:`);
}

/** A zod error as one line naming the field: "snapshot.followers.value: Invalid input". */
export function issueText(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const first = error.issues[0];
  return first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : 'invalid';
}
