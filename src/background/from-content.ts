import { profileKey } from '../core/platform.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import type { ContentToBackground, Reply } from '../messages/protocol.ts';
import type { ProfileView } from '../messages/view.ts';
import { READERS } from '../sites/readers.ts';
import { resolveShown } from '../sites/shown/read.ts';
import { withFreshSnapshot } from '../storage/record-changes.ts';
import type { Call } from './call.ts';
import { carriedPosts, fromThisVisit, mergePosts, readHandedPayload, withPageData } from './page-data.ts';
import { scoreRecord, summaryOf } from './score.ts';
import { type Origin, senderShows } from './sender.ts';
import { setSaved } from './set-saved.ts';
import { contentView, view } from './views.ts';

/** A message from a content script, already checked to name only what its page shows (router.ts). */
export async function fromContent(
  message: ContentToBackground,
  origin: Extract<Origin, { from: 'content' }>,
  deps: Call,
): Promise<Reply<unknown>> {
  switch (message.kind) {
    case 'content:profile-read': {
      const shown = resolveShown(message.snapshot, message.shown);
      // Followers the page showed only as text, and that do not read as a number: nothing to score.
      if (!shown.followers) return { ok: true, data: null };
      // Posts this visit's API responses carried stay with the page's fresh read (scrolling keeps adding them).
      const stored = await deps.store.get(shown);
      const carried = carriedPosts(stored?.snapshot, new Date());
      const snapshot = carried.length > 0 ? { ...shown, recentPosts: mergePosts(shown.recentPosts, carried) } : shown;
      return { ok: true, data: await answerRead(snapshot, deps) };
    }
    case 'content:payload': {
      // Read for the sending page's own URL, and only if the payload names that profile itself.
      const data = readHandedPayload(READERS[message.ref.platform], message.text, origin.url, message.lang);
      if (!data || !senderShows(origin.url, data, true)) return { ok: true, data: null };
      // Read without a write: an invalid record is set aside only if this payload is used (answerRead's get).
      const stored = await deps.store.validRecord(data);
      const base = fromThisVisit(stored?.snapshot, new Date()) ? stored?.snapshot : data.followers ? data : null;
      // Nothing read of this profile yet, and the payload has no follower count: the page's read will come first.
      if (!base) return { ok: true, data: null };
      return { ok: true, data: await answerRead(base === data ? data : withPageData(base, data), deps) };
    }
    case 'content:page-data': {
      // Read for the sending page's own URL, never one the message names; null tells the page to read its DOM.
      const result = READERS[message.ref.platform].readPageData?.(message, origin.url);
      if (!result?.ok || !result.snapshot.followers || !senderShows(origin.url, result.snapshot, true)) {
        return { ok: true, data: null };
      }
      return { ok: true, data: await answerRead(result.snapshot, deps) };
    }
    case 'content:profile-unreadable':
      console.info(`Creator Lens: could not read ${profileKey(message.ref)}: ${message.error}`);
      return { ok: true, data: null };
    case 'content:set-saved':
      return setSaved(message.ref, message.saved, deps);
    case 'content:get-view':
      return { ok: true, data: await contentView(message.ref, deps) };
  }
}

/** Scores a page's snapshot once and answers with its view; the history write lands after the answer. */
async function answerRead(snapshot: ProfileSnapshot, deps: Call): Promise<ProfileView> {
  const now = new Date();
  const [previous, settings] = await Promise.all([deps.store.get(snapshot), deps.settings()]);
  // Scored once; the history point of this visit is left out of its own score (scoreRecord), so its rate can be
  // filled in afterwards.
  const seen = withFreshSnapshot(previous, snapshot, null, now);
  const insight = scoreRecord(seen, settings, deps.browserLang());
  const rate = insight.engagement?.rate ?? null;
  // A page read is not a save: the page gets its answer now, and the write lands under the lock after it.
  deps.store
    .recordSnapshot(snapshot, rate, now, summaryOf(seen, insight))
    .catch((error: unknown) => console.error(`Creator Lens: could not store ${profileKey(snapshot)}`, error));
  return view(withFreshSnapshot(previous, snapshot, rate, now), deps, insight);
}
