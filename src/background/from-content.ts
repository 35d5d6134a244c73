import { profileKey } from '../core/platform.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import type { ContentToBackground, Reply } from '../messages/protocol.ts';
import type { ContentView } from '../messages/to-content.ts';
import type { ProfileView } from '../messages/view.ts';
import { READERS } from '../sites/readers.ts';
import { resolveShown } from '../sites/shown/read.ts';
import { withFreshSnapshot } from '../storage/record-changes.ts';
import { LOCALES } from '../ui/locales.ts';
import { type Call, fail } from './call.ts';
import { carriedPosts, fromThisVisit, mergePosts, readHandedPayload, withPageData } from './page-data.ts';
import { displayLang, scoreRecord, scoringLang, summaryOf } from './score.ts';
import { type Origin, senderShows } from './sender.ts';
import { setSaved } from './set-saved.ts';
import { view, withGrouping } from './views.ts';

export async function fromContent(
  message: ContentToBackground,
  origin: Extract<Origin, { from: 'content' }>,
  deps: Call,
): Promise<Reply<unknown>> {
  // A content script may only speak about the site it runs on.
  const ref = message.kind === 'content:profile-read' ? message.snapshot : message.ref;
  // Reads and page data must name the very profile the page shows (a late response after in-app navigation does not).
  const strict = message.kind === 'content:profile-read' || message.kind === 'content:payload';
  if (!senderShows(origin.url, ref, strict)) {
    return fail('rejected: the message names a profile the sending page does not show');
  }
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
    case 'content:get-view': {
      const record = await deps.store.get(message.ref);
      const settings = await deps.settings();
      const browserLang = deps.browserLang();
      const lang = displayLang(settings, browserLang);
      const data: ContentView = {
        overlay: settings.overlay[message.ref.platform] !== false,
        view: record ? await view(record, deps) : null,
        // The overlay's texts come with the view, in the language settings choose (else the browser's, as i18n would
        // pick among our locales): the page never calls i18n.getMessage, whose first call in a page's process fetched
        // the extension's whole message bundle synchronously, 3–5 ms of that page's main thread (Chromium 156).
        lang,
        messages: LOCALES[scoringLang(settings, browserLang)],
        ...withGrouping(lang),
      };
      return { ok: true, data };
    }
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
