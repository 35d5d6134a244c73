import { type ProfileRef, profileKey } from '../core/platform.ts';
import type { Reply } from '../messages/protocol.ts';
import { type Call, fail } from './call.ts';
import { view } from './views.ts';

/** Saves or unsaves a profile already read, from either direction (the card or the popup), and answers its view. */
export async function setSaved(ref: ProfileRef, saved: boolean, deps: Call): Promise<Reply<unknown>> {
  const notRead = fail(`not read yet: open ${profileKey(ref)} first`);
  // Refused before any write: the update would set an invalid stored record aside first.
  if (!(await deps.store.validRecord(ref))) return notRead;
  const record = await deps.store.setSaved(ref, saved);
  if (!record) return notRead;
  await deps.notify(ref);
  return { ok: true, data: await view(record, deps) };
}
