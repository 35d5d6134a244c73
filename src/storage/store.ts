import { type ProfileRef, profileKey } from '../core/platform.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import type { KeyValueArea } from './area.ts';
import { exclusive } from './area.ts';
import { planMigration } from './migrations.ts';
import {
  HISTORY_LIMIT,
  type HistoryPoint,
  KEY,
  type ProfileRecord,
  ProfileRecordSchema,
  type ShortlistEntry,
} from './schema.ts';

const WRITE_LOCK = 'creator-lens-storage';

export const recordKey = (ref: ProfileRef): string => KEY.profilePrefix + profileKey(ref);

/** A stored value that failed validation: moved aside under quarantine:, reported, never silently dropped. */
export interface Quarantined {
  key: string;
  reason: string;
  at: string;
  value: unknown;
}

/**
 * Moves the value now stored under `key` aside if it is still invalid. Runs under the write lock and re-reads:
 * the caller saw the value earlier, and a writer may have replaced it since with a valid, acknowledged record
 * (found by the reliability tests, 2026: a listing that quarantined a stale read deleted a fresh save).
 */
async function quarantineIfInvalid(area: KeyValueArea, key: string): Promise<void> {
  const value = (await area.get(key))[key];
  if (value === undefined) return;
  const parsed = ProfileRecordSchema.safeParse(value);
  if (!parsed.success) await quarantine(area, key, value, issueText(parsed.error));
}

async function quarantine(area: KeyValueArea, key: string, value: unknown, reason: string): Promise<void> {
  const at = new Date().toISOString();
  const item: Quarantined = { key, reason, at, value };
  await area.set({ [`${KEY.quarantinePrefix}${at}:${key}`]: item });
  await area.remove(key);
  console.warn(`Creator Lens: stored value ${key} is invalid (${reason}); kept aside under quarantine:`);
}

function issueText(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const first = error.issues[0];
  return first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : 'invalid';
}

/** The single writer's view of storage. All writes take the lock, so two tabs saving at once lose nothing. */
export class ProfileStore {
  constructor(private readonly area: KeyValueArea) {}

  /** Brings stored data to the current schema; run once per worker start before any read. */
  migrate(): Promise<void> {
    return exclusive(WRITE_LOCK, async () => {
      const items = await this.area.get(null);
      const plan = planMigration(items);
      if (plan.from === plan.to && items[KEY.meta]) return;
      await this.area.set(plan.set);
      if (plan.remove.length > 0) await this.area.remove(plan.remove);
    });
  }

  get(ref: ProfileRef): Promise<ProfileRecord | null> {
    return this.read(ref, false);
  }

  /** `locked`: the caller already holds the write lock (the lock is not re-entrant). */
  private async read(ref: ProfileRef, locked: boolean): Promise<ProfileRecord | null> {
    const key = recordKey(ref);
    const value = (await this.area.get(key))[key];
    return value === undefined ? null : this.validate(key, value, locked);
  }

  /** Every valid record; invalid ones are quarantined on the way. */
  async all(): Promise<ProfileRecord[]> {
    const items = await this.area.get(null);
    const out: ProfileRecord[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(KEY.profilePrefix)) continue;
      const record = await this.validate(key, value);
      if (record) out.push(record);
    }
    return out;
  }

  async quarantined(): Promise<Quarantined[]> {
    const items = await this.area.get(null);
    return Object.entries(items)
      .filter(([key]) => key.startsWith(KEY.quarantinePrefix))
      .map(([, value]) => value as Quarantined);
  }

  /** Records a fresh snapshot: replaces the latest, appends to history (bounded), keeps the shortlist entry. */
  recordSnapshot(snapshot: ProfileSnapshot, engagementRate: number | null, now = new Date()): Promise<ProfileRecord> {
    return this.update({ platform: snapshot.platform, handle: snapshot.handle }, (old) => {
      const at = now.toISOString();
      const point: HistoryPoint = { at, followers: snapshot.followers, posts: snapshot.posts, engagementRate };
      const history = [...(old?.history ?? []), point].slice(-HISTORY_LIMIT);
      return {
        ref: { platform: snapshot.platform, handle: snapshot.handle },
        snapshot: { ...snapshot, readAt: at },
        history,
        firstSeen: old?.firstSeen ?? at,
        lastSeen: at,
        saved: old?.saved ?? null,
      };
    });
  }

  /** Saves or unsaves a profile already seen; returns null when we never read it (nothing to save). */
  async setSaved(ref: ProfileRef, saved: boolean, now = new Date()): Promise<ProfileRecord | null> {
    return this.updateExisting(ref, (old) => ({
      ...old,
      saved: saved ? (old.saved ?? { savedAt: now.toISOString(), notes: '', tags: [], lists: [] }) : null,
    }));
  }

  async updateEntry(ref: ProfileRef, change: Partial<Pick<ShortlistEntry, 'notes' | 'tags' | 'lists'>>) {
    return this.updateExisting(ref, (old) => (old.saved ? { ...old, saved: { ...old.saved, ...change } } : old));
  }

  private async updateExisting(ref: ProfileRef, change: (old: ProfileRecord) => ProfileRecord) {
    let found = false;
    const record = await this.update(ref, (old) => {
      if (!old) throw new NotSeen();
      found = true;
      return change(old);
    }).catch((error: unknown) => {
      if (error instanceof NotSeen) return null;
      throw error;
    });
    return found ? record : null;
  }

  private update(ref: ProfileRef, change: (old: ProfileRecord | null) => ProfileRecord): Promise<ProfileRecord> {
    return exclusive(WRITE_LOCK, async () => {
      const next = ProfileRecordSchema.parse(change(await this.read(ref, true)));
      await this.area.set({ [recordKey(ref)]: next });
      return next;
    });
  }

  private async validate(key: string, value: unknown, locked = false): Promise<ProfileRecord | null> {
    const parsed = ProfileRecordSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    if (locked) await quarantineIfInvalid(this.area, key);
    else await exclusive(WRITE_LOCK, () => quarantineIfInvalid(this.area, key));
    return null;
  }
}

class NotSeen extends Error {}
