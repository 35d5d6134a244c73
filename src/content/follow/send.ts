import { type ProfileRef, profileKey } from '../../core/platform.ts';
import type { ContentToBackground } from '../../messages/protocol.ts';
import type { ProfileView } from '../../messages/view.ts';
import type { PageData, PageRead } from '../../sites/reader.ts';
import type { ContentContext } from '../context.ts';
import type { Presenter } from './present.ts';

// API responses waiting for the first scored read: the newest are kept.
const MAX_QUEUED_PAYLOADS = 20;
// Embedded data texts handed to the worker per profile visit: a page that changes its data on every DOM change
// must not make the worker parse megabytes again and again (then the DOM is read instead).
const MAX_DATA_HANDOVERS = 8;

export interface SendOptions {
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
}

/**
 * What goes to the worker for one profile visit: the page's data text or its read (each new snapshot once), the
 * API responses the page received, and the report of a page that could not be read. Each answer goes to the card.
 */
export function sendReads(ctx: ContentContext, options: SendOptions, card: Presenter) {
  const { ref, read, pageData, ask, pageLang } = options;
  const { signal } = ctx;
  const send = (message: ContentToBackground) => ctx.send<ProfileView | null>(message);
  let found = false;
  let lastSent = '';
  // The data text last handed to the worker, and whether it answered (null while waiting).
  let handed: { text: string; answered: boolean | null } | null = null;
  let handovers = 0;

  const show = (view: ProfileView) => {
    card.ready(view);
    void sendPayloads();
  };

  const readAndSend = async (early: boolean) => {
    if (early) ask?.();
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
        return show(view);
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
    const unscored = card.countFirst(snapshot.handle, snapshot.followers);
    const reply = await send({ kind: 'content:profile-read', snapshot, ...(shown ? { shown } : {}) });
    if (signal.aborted) return;
    if (!reply?.ok || !reply.data) {
      // No score for it: the count alone must not stand as if the card were on its way.
      if (unscored) card.unscored();
      return;
    }
    found = true;
    show(reply.data);
  };

  // API responses go to the worker one at a time. One the worker cannot use yet (nothing of this profile read, and no
  // follower count of its own) waits for the page's first scored read, and is sent once more then.
  const payloads: string[] = [...(options.payloads ?? [])].slice(-MAX_QUEUED_PAYLOADS);
  const waiting: string[] = [];
  let sending = false;
  let sentPayloads = 0;
  const sendPayloads = async () => {
    if (sending) return;
    sending = true;
    if (card.scored) payloads.push(...waiting.splice(0));
    for (let text = payloads.shift(); text !== undefined && !signal.aborted; text = payloads.shift()) {
      const wasScored = card.scored;
      sentPayloads += 1;
      const reply = await send({ kind: 'content:payload', ref, text, ...(pageLang ? { lang: pageLang } : {}) });
      if (signal.aborted) break;
      // The page's own data answered for this profile (YouTube's, whose DOM may show no count): it is read.
      if (reply?.ok && reply.data) {
        found = true;
        show(reply.data);
      } else if (!wasScored && waiting.length < MAX_QUEUED_PAYLOADS) waiting.push(text);
    }
    sending = false;
    if (card.scored && waiting.length > 0) void sendPayloads();
  };

  return {
    found: () => found,
    /** A view the worker sent unasked (the profile saved, unsaved, re-scored): it does not count as a read. */
    show,
    read: (early: boolean) => void readAndSend(early),
    payload(text: string) {
      if (payloads.length >= MAX_QUEUED_PAYLOADS) payloads.shift();
      payloads.push(text);
      void sendPayloads();
    },
    /** Sends what the page received before this visit started. */
    start() {
      if (payloads.length > 0) void sendPayloads();
    },
    /** Nothing read by the deadline: the card says what is missing, and the worker hears why. */
    unreadable() {
      const result = read();
      const missing = result.ok ? Object.keys(result.snapshot.missing ?? {}) : ['followers'];
      const reasons = result.ok ? (result.snapshot.missing ?? {}) : { page: result.error };
      const diagnostic = JSON.stringify({ url: location.href, profile: profileKey(ref), missing: reasons }, null, 2);
      card.unreadable(missing, diagnostic);
      void send({
        kind: 'content:profile-unreadable',
        ref,
        url: location.href,
        error: JSON.stringify(reasons).slice(0, 2000),
      });
    },
  };
}
