import type { ProfileRef } from '../core/platform.ts';
import type { Reply, UiToBackground } from '../messages/protocol.ts';
import type { ProfileView } from '../messages/view.ts';
import { browser } from '../platform/browser.ts';

/** The popup's only channel to data: messages to the background (the single writer). */
export async function ask<T>(message: UiToBackground): Promise<Reply<T>> {
  try {
    return (await browser.runtime.sendMessage(message)) as Reply<T>;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export const getProfile = (ref: ProfileRef) => ask<ProfileView | null>({ kind: 'ui:get-profile', ref });
export const setSaved = (ref: ProfileRef, saved: boolean) => ask<ProfileView>({ kind: 'ui:set-saved', ref, saved });
export const listShortlist = () => ask<ProfileView[]>({ kind: 'ui:list-shortlist' });
