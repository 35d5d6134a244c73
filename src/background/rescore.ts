import { SCORING_VERSION } from '../core/scoring/version.ts';
import type { KeyValueArea } from '../storage/area.ts';
import { KEY } from '../storage/schema.ts';
import type { ProfileStore } from '../storage/store.ts';

/**
 * After an update that changed the scoring rules, every stored summary is scored again once, so a saved shortlist
 * shows the verdicts the new rules give. Returns whether it re-scored.
 */
export async function rescoreAfterUpdate(area: KeyValueArea, store: ProfileStore): Promise<boolean> {
  const stored = (await area.get(KEY.scoredWith))[KEY.scoredWith];
  if (stored === SCORING_VERSION) return false;
  await store.resummarizeAll();
  await area.set({ [KEY.scoredWith]: SCORING_VERSION });
  return true;
}
