import { profileKey } from '../core/platform.ts';
import type { ContentView } from '../messages/to-content.ts';
import type { ProfileView } from '../messages/view.ts';
import type { Grouping } from '../ui/whole-number.ts';
import type { ContentContext } from './context.ts';
import { presentProfile } from './follow/present.ts';
import { scheduleReads } from './follow/schedule.ts';
import { type SendOptions, sendReads } from './follow/send.ts';

export interface FollowOptions extends SendOptions {
  /** The visit's context: it ends when the page navigates to another profile, or the extension goes away. */
  ctx: ContentContext;
  showOverlay: boolean;
  lang: string;
  /** How `lang` writes whole numbers (from the worker): an exact count read here is shown before the score. */
  grouping?: Grouping | null;
}

/** Reads one profile page, sends each new snapshot to the background, and keeps the overlay in step. */
export function followProfile(options: FollowOptions): {
  refresh(): Promise<void>;
  reread(): void;
  /** One API response the page received (the observer's projection): sent once the page's own read is scored. */
  payload(text: string): void;
} {
  const { ref, ctx } = options;
  const card = presentProfile(ctx, {
    key: profileKey(ref),
    show: options.showOverlay,
    lang: options.lang,
    grouping: options.grouping,
    async onToggleSave(saved) {
      const reply = await ctx.send<ProfileView | null>({ kind: 'content:set-saved', ref, saved });
      if (reply?.ok && reply.data) sender.show(reply.data);
    },
  });
  const sender = sendReads(ctx, options, card);
  const readNow = scheduleReads(ctx, { found: sender.found, read: sender.read, deadline: sender.unreadable });
  readNow();
  sender.start();
  return {
    payload: sender.payload,
    reread: readNow,
    async refresh() {
      const reply = await ctx.send<ContentView>({ kind: 'content:get-view', ref });
      if (!ctx.signal.aborted && reply?.ok && reply.data.view) sender.show(reply.data.view);
    },
  };
}
