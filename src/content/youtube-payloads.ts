import { documentLang } from '../sites/dom.ts';
import { guarded } from '../sites/guard.ts';
import type { PageData, PageReader, ReadResult } from '../sites/reader.ts';
import { readForwarded } from '../sites/youtube/read.ts';
import { BRIDGE_MAX_CHARS, BRIDGE_SOURCE } from './bridge-protocol.ts';
import { takeNumberFacts } from './number-facts.ts';

/**
 * Wraps the YouTube reader so the freshest browse response forwarded by the main-world bridge is read first.
 * The message is validated like any page input (a page can forge it); the reader's identity check against the
 * URL still decides whether its numbers belong to the profile shown. The response is kept as text: the worker
 * parses it (pageData); the page parses it only when it must read its own DOM too.
 */
export function withBridgedPayloads(reader: PageReader, signal: AbortSignal) {
  let latestText: string | null = null;
  let parsed: { text: string; json: unknown } | null = null;
  let onChange: () => void = () => undefined;
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const data = event.data as { source?: unknown; kind?: unknown; json?: unknown } | null;
      if (data?.source !== BRIDGE_SOURCE || data.kind !== 'browse' || typeof data.json !== 'string') return;
      if (data.json.length > BRIDGE_MAX_CHARS) return;
      latestText = data.json;
      onChange();
    },
    { signal },
  );

  const latest = (): unknown => {
    if (latestText === null) return null;
    if (parsed?.text !== latestText) parsed = { text: latestText, json: parseOrNull(latestText) };
    return parsed.json;
  };

  const readBridged = (doc: Document, url: URL): ReadResult | null => {
    const json = latest();
    const result = json ? guarded(() => readForwarded(json, url, documentLang(doc))) : null;
    return result?.ok ? result : null;
  };

  // YouTube's page reads parse their own counts: a read the worker cannot finish from the data needs the DOM's.
  const bridged: PageReader = {
    platform: reader.platform,
    readPage: (doc, url) => readBridged(doc, url) ?? reader.readPage(doc, url),
    pageData: (doc, url): PageData | null =>
      latestText !== null
        ? { source: 'browse', text: latestText, htmlLang: documentLang(doc), configLang: null }
        : (reader.pageData?.(doc, url) ?? null),
    takeFacts: takeNumberFacts,
  };
  return { reader: bridged, onChange: (callback: () => void) => (onChange = callback) };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
