import { bioFacts } from '../../core/caption.ts';
import { asArray, asString, at } from '../json.ts';
import type { SnapshotBuilder } from '../reader.ts';

/** The first `urlEndpoint` of a header link run, by header model (2023-02 … 2026-05 captures). */
function headerLinkUrl(header: unknown): string | null {
  const run = (text: unknown) =>
    at(asArray(at(text, 'commandRuns'))[0], 'onTap', 'innertubeCommand', 'urlEndpoint', 'url');
  const links = at(header, 'c4TabbedHeaderRenderer', 'headerLinks');
  const candidates = [
    // 2024-01 on: the attribution under the description ("curiositybox.com and 3 more links").
    run(
      at(header, 'pageHeaderRenderer', 'content', 'pageHeaderViewModel', 'attribution', 'attributionViewModel', 'text'),
    ),
    run(at(links, 'channelHeaderLinksViewModel', 'firstLink')), // 2023-12, 2024-01
    at(asArray(at(links, 'channelHeaderLinksRenderer', 'primaryLinks'))[0], 'navigationEndpoint', 'urlEndpoint', 'url'), // 2023-02
  ];
  return candidates.map(asString).find((url) => url !== null) ?? null;
}

/** YouTube wraps outside links in its redirect page; the address is its `q` parameter. */
function unwrap(url: string): string | null {
  try {
    const parsed = new URL(url, 'https://www.youtube.com');
    return parsed.pathname === '/redirect' ? parsed.searchParams.get('q') : parsed.href;
  } catch {
    return null;
  }
}

/** The channel's bio: e-mails and links of its description, the header's own link first. */
export function readChannelBio(b: SnapshotBuilder, data: unknown): void {
  const description = asString(at(data, 'metadata', 'channelMetadataRenderer', 'description'));
  if (description === null) return;
  const link = headerLinkUrl(at(data, 'header'));
  b.set('bio', bioFacts(description, [link === null ? null : unwrap(link)]));
}
