// Messages the content script receives. No zod here: the content script keeps it out of its size budget,
// and these shapes are small enough to check by hand.
import type { MessageTable } from '../core/message-format.ts';
import type { Grouping } from '../ui/whole-number.ts';
import type { ProfileView } from './view.ts';

/** The background's answer to content:get-view: the stored view, and whether this site shows the overlay. */
export interface ContentView {
  overlay: boolean;
  view: ProfileView | null;
  /** The overlay's language (the one chosen in settings, else the browser's) and its texts in that language. */
  lang?: string;
  messages?: MessageTable;
  /** How `lang` writes whole numbers, so the page can show a count it read before the worker answers. */
  grouping?: Grouping;
}

/** A message table as sent by the background: every entry must have a string message. */
export function isMessageTable(value: unknown): value is MessageTable {
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).every(
    (entry) =>
      typeof entry === 'object' && entry !== null && typeof (entry as { message?: unknown }).message === 'string',
  );
}

/** Background → content: "this profile's view changed, ask again". */
export interface BackgroundToContent {
  kind: 'background:profile-updated';
  key: string;
}

export function isBackgroundToContent(message: unknown): message is BackgroundToContent {
  if (typeof message !== 'object' || message === null) return false;
  const { kind, key } = message as Record<string, unknown>;
  return kind === 'background:profile-updated' && typeof key === 'string' && key.length <= 200;
}
