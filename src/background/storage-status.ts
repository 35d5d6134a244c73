import type { StorageStatus } from '../messages/view.ts';
import { KEY } from '../storage/schema.ts';
import type { SetAsideItem } from '../storage/store.ts';
import type { Call } from './call.ts';

export const isWholeProfile = (item: SetAsideItem) =>
  item.field === undefined && item.key.startsWith(KEY.profilePrefix);

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

function previewOf(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
