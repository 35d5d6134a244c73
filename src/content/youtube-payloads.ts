import {
  BRIDGE_ANSWER_EVENT,
  BRIDGE_ASK_EVENT,
  BRIDGE_SOURCE,
  PROJECTION_MAX_CHARS,
} from '../messages/youtube-bridge.ts';
import { documentLang } from '../sites/dom.ts';
import { guarded } from '../sites/guard.ts';
import type { PageData, PageReader, ReadResult } from '../sites/reader.ts';
import { initialPageData, readDocumentWith, readForwarded } from '../sites/youtube/read.ts';
import { takeNumberFacts } from './number-facts.ts';

/**
 * Wraps the YouTube reader so the data the main-world bridge hands over is read first: the freshest browse
 * response it forwarded after in-app navigation, else the first load's ytInitialData it projects on request.
 * Both are validated like any page input (a page can forge them); the reader's identity check against the URL
 * still decides whether their numbers belong to the profile shown. The data is kept as text: the worker parses it
 * (pageData); the page parses it only when it must read its own DOM too.
 */
export function withBridgedPayloads(reader: PageReader, signal: AbortSignal) {
  let latestText: string | null = null;
  // The bridge's last answer with the first load's data (projected JSON), for the DOM read that may follow.
  let initialText: string | null = null;
  const parsed = new Map<'browse' | 'initial', { text: string; json: unknown }>();
  let onChange: () => void = () => undefined;
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const data = event.data as { source?: unknown; kind?: unknown; json?: unknown } | null;
      if (data?.source !== BRIDGE_SOURCE || data.kind !== 'browse' || typeof data.json !== 'string') return;
      if (data.json.length > PROJECTION_MAX_CHARS) return;
      latestText = data.json;
      onChange();
    },
    { signal },
  );

  // Each text is parsed once, however many reads follow.
  const parse = (which: 'browse' | 'initial', text: string | null): unknown => {
    if (text === null) return null;
    const known = parsed.get(which);
    if (known?.text === text) return known.json;
    const json = parseOrNull(text);
    parsed.set(which, { text, json });
    return json;
  };

  const readBridged = (doc: Document, url: URL): ReadResult | null => {
    const json = parse('browse', latestText);
    const result = json ? guarded(() => readForwarded(json, url, documentLang(doc))) : null;
    return result?.ok ? result : null;
  };

  // YouTube's page reads parse their own counts: a read the worker cannot finish from the data needs the DOM's.
  const bridged: PageReader = {
    platform: reader.platform,
    readPage: (doc, url) =>
      readBridged(doc, url) ??
      (initialText !== null ? readDocumentWith(doc, url, parse('initial', initialText)) : reader.readPage(doc, url)),
    pageData: (doc, url): PageData | null => {
      if (latestText !== null)
        return { source: 'browse', text: latestText, htmlLang: documentLang(doc), configLang: null };
      const initial = askInitialData(doc);
      const fromBridge = initial !== null ? initialPageData(doc, url, initial) : null;
      initialText = fromBridge ? initial : null;
      return fromBridge ?? reader.pageData?.(doc, url) ?? null;
    },
    takeFacts: takeNumberFacts,
  };
  return { reader: bridged, onChange: (callback: () => void) => (onChange = callback) };
}

/**
 * The first load's data, projected, from the main-world bridge: asked and answered within one synchronous
 * dispatch. Null without a bridge answer (no ytInitialData in the page, or a browser that withholds the bridge):
 * the caller then hands over the script's text. A page script can answer too; its text is untrusted like any page
 * input, and the worker's identity check still decides whose numbers it holds.
 */
function askInitialData(doc: Document): string | null {
  let answer: string | null = null;
  const onAnswer = (event: Event) => {
    const detail: unknown = (event as CustomEvent).detail;
    if (answer === null && typeof detail === 'string' && detail.length <= PROJECTION_MAX_CHARS) answer = detail;
  };
  doc.addEventListener(BRIDGE_ANSWER_EVENT, onAnswer);
  try {
    doc.dispatchEvent(new CustomEvent(BRIDGE_ASK_EVENT));
  } finally {
    doc.removeEventListener(BRIDGE_ANSWER_EVENT, onAnswer);
  }
  return answer;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
