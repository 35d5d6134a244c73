import { type Count, isExact } from '../core/count.ts';
import type { ProfileRef } from '../core/platform.ts';
import { profileKey } from '../core/platform.ts';
import type { ContentToBackground } from '../messages/protocol.ts';
import type { ContentView } from '../messages/to-content.ts';
import type { ProfileView } from '../messages/view.ts';
import type { PageData, PageRead } from '../sites/reader.ts';
import { formatWhole, type Grouping } from '../ui/whole-number.ts';
import type { ContentContext } from './context.ts';
import { mountOverlay, type OverlayHandle } from './overlay/mount.ts';

// Reading budget: numbers usually render within a second or two of navigation; more posts arrive on scroll.
const FIRST_READ_DEADLINE_MS = 8000;
// Until the numbers are found, read soon after the DOM changes (the card should follow within ~100 ms)…
const EARLY_READ_THROTTLE_MS = 30;
const MAX_EARLY_READS = 150;
// …then let scrolling settle before reading the newly loaded posts.
const REREAD_DEBOUNCE_MS = 400;
const MAX_READS = 40;
// API responses waiting for the first scored read: the newest are kept.
const MAX_QUEUED_PAYLOADS = 20;
// Embedded data texts handed to the worker per profile visit: a page that changes its data on every DOM change
// must not make the worker parse megabytes again and again (then the DOM is read instead).
const MAX_DATA_HANDOVERS = 8;

export interface FollowOptions {
  ref: ProfileRef;
  read(): PageRead;
  /** The page's large embedded data as text, for the worker to parse and read (SiteReader.pageData). */
  pageData?(): PageData | null;
  /** Asks the main-world observer for what the page holds now (its answers come as payloads). */
  ask?(): void;
  /** API responses the page received for this profile before this follower started. */
  payloads?: readonly string[];
  /** The page's UI language: a payload that names none (a YouTube browse response without hl=) is read in it. */
  pageLang?: string;
  ctx: ContentContext;
  showOverlay: boolean;
  lang: string;
  /** How `lang` writes whole numbers (from the worker): an exact count read here is shown before the score. */
  grouping?: Grouping | null;
  /** Aborted when the page navigates to another URL. */
  signal: AbortSignal;
}

/** Reads one profile page, sends each new snapshot to the background, and keeps the overlay in step. */
export function followProfile(options: FollowOptions): {
  refresh(): Promise<void>;
  reread(): void;
  /** One API response the page received (the observer's projection): sent once the page's own read is scored. */
  payload(text: string): void;
} {
  const { ref, read, pageData, ask, pageLang, ctx, showOverlay, lang, grouping, signal } = options;
  const key = profileKey(ref);
  let overlay: OverlayHandle | null = null;
  let lastSent = '';
  let reads = 0;
  let earlyReads = 0;
  let found = false;
  // The data text last handed to the worker, and whether it answered (null while waiting).
  let handed: { text: string; answered: boolean | null } | null = null;
  let handovers = 0;

  // Whether the card shows a scored view: from then on it only changes to a newer one.
  let scored = false;
  const send = (message: ContentToBackground) => ctx.send<ProfileView | null>(message);
  const show = (view: ProfileView) => {
    scored = true;
    overlay?.update({ phase: 'ready', view });
    void sendPayloads();
  };
  // The page's own exact count, in the frame that draws the page's numbers; the score follows from the worker.
  const showUnscored = (handle: string, count: Count | null) => {
    if (scored || !overlay || !count || !isExact(count) || grouping?.lang !== lang) return false;
    overlay.update({ phase: 'scoring', handle, followers: count.value, text: formatWhole(count.value, grouping) });
    return true;
  };

  if (showOverlay) {
    overlay = mountOverlay(key, lang, {
      async onToggleSave(saved) {
        const reply = await send({ kind: 'content:set-saved', ref, saved });
        if (reply?.ok && reply.data) show(reply.data);
      },
      onHide() {
        overlay?.unmount();
        overlay = null;
      },
    });
    overlay.update({ phase: 'reading' });
  }

  const readOnce = async () => {
    if (signal.aborted || (found ? reads >= MAX_READS : earlyReads >= MAX_EARLY_READS)) return;
    if (found) reads += 1;
    else {
      earlyReads += 1;
      ask?.();
    }
    // The observer's projection of the page's data supersedes the embedded script's text: once one came, that stays.
    const data = handovers < MAX_DATA_HANDOVERS && payloads.length + sentPayloads === 0 ? (pageData?.() ?? null) : null;
    if (data && data.text === handed?.text) {
      if (handed.answered !== false) return; // answered, or waiting: the page holds nothing newer to read
    } else if (data) {
      const attempt: { text: string; answered: boolean | null } = { text: data.text, answered: null };
      handed = attempt;
      handovers += 1;
      const reply = await send({ kind: 'content:page-data', ref, ...data });
      const view = reply?.ok ? reply.data : null;
      attempt.answered = Boolean(view);
      if (signal.aborted || handed !== attempt) return;
      if (view) {
        found = true;
        show(view);
        return;
      }
    }
    // No data for the worker, or it could not answer from the data alone: read the document here. Counts the page
    // shows only as text go along as text: the worker reads them, and answers null when followers do not read.
    const result = read();
    if (!result.ok) return;
    const { snapshot, shown } = result;
    if (snapshot.followers === null && !shown?.counts?.followers?.length) return;
    if (snapshot.followers !== null) found = true;
    const text = JSON.stringify([snapshot, shown]);
    if (text === lastSent) return;
    lastSent = text;
    const unscored = showUnscored(snapshot.handle, snapshot.followers);
    const reply = await send({ kind: 'content:profile-read', snapshot, ...(shown ? { shown } : {}) });
    if (signal.aborted) return;
    if (!reply?.ok || !reply.data) {
      // No score for it: the count alone must not stand as if the card were on its way.
      if (unscored && !scored) overlay?.update({ phase: 'reading' });
      return;
    }
    found = true;
    show(reply.data);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastEarlyRead = Number.NEGATIVE_INFINITY;
  const earlyRead = () => {
    timer = undefined;
    lastEarlyRead = performance.now();
    void readOnce();
  };
  const observer = new MutationObserver(() => {
    if (!found) {
      // Throttle, not debounce: a page that keeps rendering must not postpone the first read forever. Leading
      // edge: the first change is read right here, before the page spends its frame on layout.
      if (timer !== undefined) return;
      const wait = lastEarlyRead + EARLY_READ_THROTTLE_MS - performance.now();
      if (wait <= 0) earlyRead();
      else timer = setTimeout(earlyRead, wait);
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => void readOnce(), REREAD_DEBOUNCE_MS);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    overlay?.unmount();
  };
  signal.addEventListener('abort', stop, { once: true });

  ctx.setTimeout(() => {
    if (signal.aborted || found) return;
    const result = read();
    const missing = result.ok ? Object.keys(result.snapshot.missing ?? {}) : ['followers'];
    const reasons = result.ok ? (result.snapshot.missing ?? {}) : { page: result.error };
    const diagnostic = JSON.stringify({ url: location.href, profile: key, missing: reasons }, null, 2);
    overlay?.update({ phase: 'unreadable', missing, diagnostic });
    void send({
      kind: 'content:profile-unreadable',
      ref,
      url: location.href,
      error: JSON.stringify(reasons).slice(0, 2000),
    });
  }, FIRST_READ_DEADLINE_MS);

  // API responses go to the worker one at a time. One the worker cannot use yet (nothing of this profile read, and no
  // follower count of its own) waits for the page's first scored read, and is sent once more then.
  const payloads: string[] = [...(options.payloads ?? [])].slice(-MAX_QUEUED_PAYLOADS);
  const waiting: string[] = [];
  let sending = false;
  let sentPayloads = 0;
  const sendPayloads = async () => {
    if (sending) return;
    sending = true;
    if (scored) payloads.push(...waiting.splice(0));
    for (let text = payloads.shift(); text !== undefined && !signal.aborted; text = payloads.shift()) {
      const wasScored = scored;
      sentPayloads += 1;
      const reply = await send({ kind: 'content:payload', ref, text, ...(pageLang ? { lang: pageLang } : {}) });
      if (signal.aborted) break;
      if (reply?.ok && reply.data) {
        // The page's own data answered for this profile (YouTube's, whose DOM may show no count): it is read.
        found = true;
        show(reply.data);
      } else if (!wasScored && waiting.length < MAX_QUEUED_PAYLOADS) waiting.push(text);
    }
    sending = false;
    if (scored && waiting.length > 0) void sendPayloads();
  };

  void readOnce();
  if (payloads.length > 0) void sendPayloads();
  return {
    payload(text) {
      if (payloads.length >= MAX_QUEUED_PAYLOADS) payloads.shift();
      payloads.push(text);
      void sendPayloads();
    },
    reread: () => void readOnce(),
    async refresh() {
      const reply = await ctx.send<ContentView>({ kind: 'content:get-view', ref });
      if (!signal.aborted && reply?.ok && reply.data.view) show(reply.data.view);
    },
  };
}
