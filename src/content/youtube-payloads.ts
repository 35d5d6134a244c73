import { documentLang } from '../sites/dom.ts';
import type { ReadResult, SiteReader } from '../sites/reader.ts';
import { createYouTubeReader } from '../sites/youtube/read.ts';
import { BRIDGE_MAX_CHARS, BRIDGE_SOURCE } from './bridge-protocol.ts';

/**
 * Wraps the YouTube reader so the freshest browse response forwarded by the main-world bridge is read first.
 * The message is validated like any page input (a page can forge it); the reader's identity check against the
 * URL still decides whether its numbers belong to the profile shown.
 */
export function withBridgedPayloads(reader: SiteReader, signal: AbortSignal) {
  let latest: unknown = null;
  let onChange: () => void = () => undefined;
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const data = event.data as { source?: unknown; kind?: unknown; json?: unknown } | null;
      if (data?.source !== BRIDGE_SOURCE || data.kind !== 'browse' || typeof data.json !== 'string') return;
      if (data.json.length > BRIDGE_MAX_CHARS) return;
      try {
        latest = JSON.parse(data.json);
      } catch {
        return;
      }
      onChange();
    },
    { signal },
  );

  const readBridged = (doc: Document, url: URL): ReadResult | null => {
    if (!latest || !reader.readPayload) return null;
    let result = reader.readPayload(latest, url);
    // A response without hl= falls back to English; the page's own language is the better guess.
    if (result?.ok && result.snapshot.sources.lang === 'default') {
      result = createYouTubeReader({ lang: documentLang(doc) }).readPayload?.(latest, url) ?? result;
    }
    return result?.ok && result.snapshot.followers ? result : null;
  };

  const bridged: SiteReader = {
    platform: reader.platform,
    readDocument: (doc, url) => readBridged(doc, url) ?? reader.readDocument(doc, url),
    readPayload: reader.readPayload,
  };
  return { reader: bridged, onChange: (callback: () => void) => (onChange = callback) };
}
