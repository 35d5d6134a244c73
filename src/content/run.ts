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

/**
 * The content script of one site. On non-profile URLs it only watches for navigation (dormant);
 * on a profile it reads, reports to the background and shows the overlay.
 */
export function startContentScript(
  site: SiteUrls,
  reader: PageReader | undefined,
  extras: {
    /** Lets a site-specific data source (the YouTube bridge) ask for a re-read when fresh data arrives. */
    onDataChange?(reread: () => void): void;
    /** Aborted with the content script's own lifetime (extension updated or removed). */
    lifetime?: AbortController;
    /** Takes the API responses our main-world observer hands over on this site (content/page-data). */
    observesPageData?: boolean;
  } = {},
): void {
  const ctx = new ContentContext();
  let current: {
    key: string;
    controller: AbortController;
    refresh(): Promise<void>;
    reread(): void;
    payload(text: string): void;
  } | null = null;
  // Listening costs nothing until the observer posts; a response for an earlier profile is refused by the worker.
  if (extras.observesPageData) listenForPayloads(site.platform, ctx.signal, (text) => current?.payload(text));
  if (extras.lifetime) ctx.signal.addEventListener('abort', () => extras.lifetime?.abort(), { once: true });
  extras.onDataChange?.(() => current?.reread());

  // The page language's number facts, for a reader that parses counts on the page, taken in before its first read.
  let facts: unknown = null;
  const read = (): PageRead => {
    if (facts !== null) reader?.takeFacts?.(facts);
    facts = null;
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
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== nativeApi().runtime.id) return;
      if (isBackgroundToContent(message) && message.key === current?.key) void current.refresh();
    };
    nativeApi().runtime.onMessage.addListener(onMessage);
    ctx.signal.addEventListener('abort', () => nativeApi().runtime.onMessage.removeListener(onMessage), {
      once: true,
    });
  };

  const onUrl = async (href: string) => {
    const handle = site.profileHandle(new URL(href));
    const key = handle ? profileKey({ platform: site.platform, handle }) : null;
    if (current?.key === key) return; // a tab of the same profile: the running reader follows the DOM
    current?.controller.abort();
    current = null;
    if (!handle || !key) return;
    listenForUpdates();
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    const view = await viewSettings(ctx, { platform: site.platform, handle }, Boolean(reader?.takeFacts));
    facts = view.numbers;
    const follower = followProfile({
      ref: { platform: site.platform, handle },
      read,
      ...(reader?.pageData ? { pageData: () => reader.pageData?.(document, new URL(location.href)) ?? null } : {}),
      ctx,
      showOverlay: view.overlay,
      lang: uiLanguage(),
      grouping: view.grouping,
      signal: controller.signal,
    });
    current = { key, controller, ...follower };
  };

  afterPageLoad(() => {
    watchUrl((href) => void onUrl(href), ctx.signal);
    void onUrl(location.href);
  }, ctx.signal);
}

/**
 * Asks the background (the only reader of settings) whether this site shows the overlay, and in which language,
 * with how that language writes whole numbers; for a reader that parses counts on the page, the reply also
 * carries how the page's language writes numbers (`numbers`), so reading never starts Intl here.
 */
async function viewSettings(
  ctx: ContentContext,
  ref: ProfileRef,
  parsesNumbers: boolean,
): Promise<{ overlay: boolean; numbers: unknown; grouping: Grouping | null }> {
  const pageLang = parsesNumbers ? { pageLang: documentLang(document) } : {};
  const reply = await ctx.send<ContentView>({ kind: 'content:get-view', ref, ...pageLang });
  if (!reply?.ok) return { overlay: true, numbers: null, grouping: null };
  const { lang, messages, numbers, grouping } = reply.data;
  useMessages(typeof lang === 'string' ? lang : '', isMessageTable(messages) ? messages : null);
  return {
    overlay: reply.data.overlay !== false,
    numbers: numbers ?? null,
    grouping: isGrouping(grouping) ? grouping : null,
  };
}
