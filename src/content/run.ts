import { type ProfileRef, profileKey } from '../core/platform.ts';
import { type ContentView, isBackgroundToContent, isMessageTable } from '../messages/to-content.ts';
import { nativeApi } from '../platform/native-api.ts';
import { documentLang } from '../sites/dom.ts';
import type { PageRead, PageReader } from '../sites/reader.ts';
import { SnapshotBuilder } from '../sites/reader.ts';
import type { SiteUrls } from '../sites/site.ts';
import { uiLanguage, useMessages } from '../ui/i18n.ts';
import { type Grouping, isGrouping } from '../ui/whole-number.ts';
import { ContentContext } from './context.ts';
import { followProfile } from './follow-profile.ts';
import { afterPageLoad, watchUrl } from './navigation.ts';
import { listenForPayloads } from './page-data/payloads.ts';

// API responses that arrive before the follower of their page's profile starts (it waits for the worker's view).
const MAX_EARLY_PAYLOADS = 20;

/**
 * The content script of one site. On non-profile URLs it only watches for navigation (dormant);
 * on a profile it reads, reports to the background and shows the overlay.
 */
export function startContentScript(
  site: SiteUrls,
  reader: PageReader | undefined,
  extras: {
    /** Takes the API responses our main-world observer hands over on this site (content/page-data). */
    observesPageData?: boolean;
  } = {},
): void {
  const ctx = new ContentContext();
  let current: {
    key: string;
    visit: ContentContext;
    refresh(): Promise<void>;
    payload(text: string): void;
  } | null = null;
  const keyOf = (href: string) => {
    const handle = site.profileHandle(new URL(href));
    return handle ? profileKey({ platform: site.platform, handle }) : null;
  };
  // A response goes to the follower of the profile the page shows now; one that comes while that follower is still
  // starting (in-app navigation) waits for it. A response about an earlier profile is refused by the worker.
  let early: string[] = [];
  const onPayload = (text: string) => {
    if (current && current.key === keyOf(location.href)) return current.payload(text);
    early.push(text);
    if (early.length > MAX_EARLY_PAYLOADS) early.shift();
  };
  // Listening costs nothing until the observer posts.
  const ask = extras.observesPageData ? listenForPayloads(ctx, site.platform, onPayload) : undefined;

  const read = (): PageRead => {
    const url = new URL(location.href);
    if (reader) return reader.readPage(document, url);
    const handle = site.profileHandle(url) ?? '';
    return { ok: true, snapshot: new SnapshotBuilder(site.platform, handle, url.href, 'en').build() };
  };
  // Registered with the first profile: a page that never shows one never touches the extension API (its first use
  // in a page builds the runtime bindings, 0.8 ms of a non-profile page's 4.3 ms of our JS in Chromium 156).
  let listening = false;
  const listenForUpdates = () => {
    if (listening) return;
    listening = true;
    ctx.addListener(nativeApi().runtime.onMessage, (message: unknown, sender: { id?: string }) => {
      if (sender.id !== nativeApi().runtime.id) return;
      if (isBackgroundToContent(message) && message.key === current?.key) void current.refresh();
    });
  };

  let starting: ContentContext | null = null;
  const onUrl = async (href: string) => {
    const handle = site.profileHandle(new URL(href));
    const key = handle ? profileKey({ platform: site.platform, handle }) : null;
    if (current?.key === key) return; // a tab of the same profile: the running reader follows the DOM
    current?.visit.invalidate();
    current = null;
    starting?.invalidate();
    if (!handle || !key) return;
    listenForUpdates();
    // The visit's listeners, observer, timers and card all end with it (or with the script's context).
    const visit = ctx.child();
    starting = visit;
    const view = await viewSettings(ctx, { platform: site.platform, handle });
    // Navigated on while the worker answered: the newer URL's follower starts instead.
    if (visit.signal.aborted) return;
    starting = null;
    const payloads = early;
    early = [];
    const follower = followProfile({
      ref: { platform: site.platform, handle },
      read,
      ...(reader?.pageData ? { pageData: () => reader.pageData?.(document, new URL(location.href)) ?? null } : {}),
      ...(ask ? { ask, payloads, pageLang: documentLang(document) } : {}),
      ctx: visit,
      showOverlay: view.overlay,
      lang: uiLanguage(),
      grouping: view.grouping,
    });
    current = { key, visit, ...follower };
  };

  afterPageLoad(ctx, () => {
    watchUrl(ctx, (href) => void onUrl(href));
    void onUrl(location.href);
  });
}

/**
 * Asks the background (the only reader of settings) whether this site shows the overlay, and in which language,
 * with how that language writes whole numbers.
 */
async function viewSettings(
  ctx: ContentContext,
  ref: ProfileRef,
): Promise<{ overlay: boolean; grouping: Grouping | null }> {
  const reply = await ctx.send<ContentView>({ kind: 'content:get-view', ref });
  if (!reply?.ok) return { overlay: true, grouping: null };
  const { lang, messages, grouping } = reply.data;
  useMessages(typeof lang === 'string' ? lang : '', isMessageTable(messages) ? messages : null);
  return { overlay: reply.data.overlay !== false, grouping: isGrouping(grouping) ? grouping : null };
}
