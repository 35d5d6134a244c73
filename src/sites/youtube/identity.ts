import { asArray, asString, at } from '../json.ts';
import { ytText } from './text.ts';

/** Who a browse response is about: every name the channel answers to, lower-cased, plus its preferred handle. */
export interface ChannelIdentity {
  names: Set<string>;
  handle: string | null;
  channelId: string | null;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "http://www.youtube.com/@Vsauce", "/@OneMedia.", "/c/name", "/user/name", "/channel/UC…" → the last name. */
function nameFromPath(path: string | null): string | null {
  const m = path ? /\/(?:@|c\/|user\/|channel\/)([^/?#]+)\/?(?:[?#].*)?$/.exec(path) : null;
  return m?.[1] ? decode(m[1]) : null;
}

/** The header's "@handle" text: pageHeaderViewModel row 0 (2024+) or c4 channelHandleText (≤ 2024). */
function headerHandle(data: unknown): string | null {
  const rows = at(
    data,
    'header',
    'pageHeaderRenderer',
    'content',
    'pageHeaderViewModel',
    'metadata',
    'contentMetadataViewModel',
    'metadataRows',
  );
  for (const row of asArray(rows)) {
    for (const part of asArray(at(row, 'metadataParts'))) {
      const text = ytText(at(part, 'text'))?.trim();
      if (text?.startsWith('@')) return text.slice(1);
    }
  }
  const c4 = ytText(at(data, 'header', 'c4TabbedHeaderRenderer', 'channelHandleText'))?.trim();
  return c4?.startsWith('@') ? c4.slice(1) : null;
}

export function channelIdentity(data: unknown): ChannelIdentity {
  const meta = at(data, 'metadata', 'channelMetadataRenderer');
  const channelId =
    asString(at(meta, 'externalId')) ?? asString(at(data, 'header', 'c4TabbedHeaderRenderer', 'channelId'));
  const vanity = nameFromPath(asString(at(meta, 'vanityChannelUrl')));
  const handle = headerHandle(data) ?? vanity;
  const names = [channelId, handle, vanity, ...asArray(at(meta, 'ownerUrls')).map((u) => nameFromPath(asString(u)))];
  // Tab endpoints carry the URL form the channel is reached by, including legacy /c/ and /user/ names.
  for (const tab of asArray(at(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'))) {
    names.push(nameFromPath(asString(at(tab, 'tabRenderer', 'endpoint', 'browseEndpoint', 'canonicalBaseUrl'))));
  }
  return {
    names: new Set(names.filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase())),
    handle,
    channelId,
  };
}

export function identityMatches(identity: ChannelIdentity, urlHandle: string): boolean {
  return identity.names.has(urlHandle.toLowerCase());
}
