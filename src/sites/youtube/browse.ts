import { asRecord, asString, at } from '../json.ts';
import type { SnapshotBuilder } from '../reader.ts';
import { readChannelBio } from './bio.ts';
import { readChannelHeader, readSearchChannel } from './header.ts';
import type { ChannelIdentity } from './identity.ts';
import { itemsRoot, readItems } from './items.ts';
import { firstHlString, HL_KEYS } from './project.ts';
import { URL_HL } from './selectors.ts';
import { ytText } from './text.ts';

/**
 * The UI language of a browse response: the `hl=` of a sign-in/help URL. Browse JSON has no hl field;
 * header/topbar URLs carry it (2023–2026), and /next responses only deeper (sign-in prompts in endpoints).
 */
export function browseHl(data: unknown): string | null {
  for (const key of HL_KEYS) {
    const url = firstHlString(at(data, key));
    if (url !== null) return URL_HL.exec(url)?.[1] ?? null;
  }
  return null;
}

/** A search response's channelRenderer for this channel (by id or @handle), if any. */
export function searchChannel(data: unknown, urlHandle: string): unknown {
  const wanted = urlHandle.toLowerCase();
  const stack: unknown[] = [at(data, 'contents')];
  while (stack.length > 0) {
    const node = stack.pop();
    const rec = asRecord(node);
    if (Array.isArray(node)) stack.push(...node);
    else if (rec) {
      const channel = rec.channelRenderer;
      if (channel !== undefined) {
        const id = asString(at(channel, 'channelId'))?.toLowerCase();
        const path = asString(at(channel, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl')) ?? '';
        const handle = /^\/@([^/]+)/.exec(path)?.[1];
        if (id === wanted || (handle && safeDecode(handle).toLowerCase() === wanted)) return channel;
        continue;
      }
      stack.push(...Object.values(rec));
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface BrowseContext {
  lang: string;
  now: Date;
  /** "ytInitialData" or "browse": the first part of every source label. */
  label: string;
  identity: ChannelIdentity;
  urlHandle: string | null;
}

/** Header counts, display name and the video list of a browse / search response already matched to the URL. */
export function readBrowse(b: SnapshotBuilder, data: unknown, ctx: BrowseContext): string {
  const isChannelPage =
    at(data, 'header') !== undefined && at(data, 'metadata', 'channelMetadataRenderer') !== undefined;
  let note = readChannelHeader(b, data, ctx.lang, ctx.label);
  let channelId = ctx.identity.channelId;
  if (!isChannelPage && ctx.urlHandle) {
    const channel = searchChannel(data, ctx.urlHandle);
    if (channel !== undefined) {
      note = readSearchChannel(b, channel, ctx.lang);
      channelId = asString(at(channel, 'channelId'));
    }
  }
  const title =
    asString(at(data, 'metadata', 'channelMetadataRenderer', 'title')) ??
    ytText(at(data, 'header', 'c4TabbedHeaderRenderer', 'title'));
  if (title) b.set('displayName', title.slice(0, 300));
  if (isChannelPage) readChannelBio(b, data);
  // Outside a channel page (search, continuation) only items whose byline is this channel are its own.
  if (isChannelPage || channelId) {
    const posts = readItems(itemsRoot(data), { lang: ctx.lang, now: ctx.now, channelId, requireOwner: !isChannelPage });
    b.posts(posts, `${ctx.label}:list items`);
    if (posts.length === 0)
      b.miss('recentPosts', `${ctx.label}: no video items in the selected tab (live/upcoming items are not counted)`);
  } else b.miss('recentPosts', `${ctx.label}: not a channel page and the channel is not among the results`);
  return note;
}
