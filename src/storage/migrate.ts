import type { KeyValueArea } from './area.ts';
import { planMigration } from './migrations.ts';
import { KEY, MetaSchema, SCHEMA_VERSION } from './schema.ts';

/**
 * Brings stored data to the current schema (the caller holds the write lock). Returns why this version must write
 * nothing, when the data comes from a newer one; else null.
 */
export async function migrateStored(area: KeyValueArea): Promise<string | null> {
  // Reading every item (tens of MB with a large shortlist) only when the stored version says there is work.
  const meta = await area.get(KEY.meta);
  const stored = MetaSchema.safeParse(meta[KEY.meta]);
  if (stored.success && stored.data.schemaVersion > SCHEMA_VERSION) return newerData(stored.data.schemaVersion);
  if (planMigration(meta).from === SCHEMA_VERSION && meta[KEY.meta]) return null;
  const items = await area.get(null);
  const plan = planMigration(items);
  if (plan.from === plan.to && items[KEY.meta]) return null;
  await area.set(plan.set);
  if (plan.remove.length > 0) await area.remove(plan.remove);
  return null;
}

const newerData = (version: number) =>
  `stored data comes from a newer version of Creator Lens (storage schema ${version}; this version knows up to ${SCHEMA_VERSION}): update Creator Lens; until then it changes nothing`;
