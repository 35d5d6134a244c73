import type { StorageStatus } from '../messages/view.ts';
import { isWholeProfile } from '../storage/set-aside.ts';
import type { Call } from './call.ts';

/** What the Settings tab lists under "Set aside": each item's value cut to a preview, never the whole of it. */
export async function storageStatus(deps: Call): Promise<StorageStatus> {
  const items = await deps.store.setAsideItems();
  return {
    frozen: deps.store.frozen,
    settingsProblems: await deps.settingsProblems(),
    setAside: items.map((item) => ({
      id: item.id,
      key: item.key,
      field: item.field ?? null,
      reason: item.reason.slice(0, 500),
      at: item.at,
      preview: previewOf(item.value),
      restorable: isWholeProfile(item),
    })),
  };
}

/** Everything set aside, whole, as a file the user can keep before discarding it. */
export async function setAsideFile(deps: Call) {
  const day = new Date().toISOString().slice(0, 10);
  const text = JSON.stringify({ setAside: await deps.store.setAsideItems() }, null, 2);
  return { text, fileName: `creator-lens-set-aside-${day}.json`, mime: 'application/json' };
}

function previewOf(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
