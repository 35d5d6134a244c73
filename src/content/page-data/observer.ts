// Runs in the page's main world at document_start: watches the page's own fetch and XMLHttpRequest responses for
// the API endpoints whose numbers the readers use, and hands a projection of each to our isolated content script.
// Passive: it never issues a request, never delays, changes or consumes what the page receives (fetch reads a
// clone, XHR a finished response), and the wrapped functions are Proxies of the originals (same name, length,
// toString, prototype chain). Anything unexpected is dropped silently: this is the page's world, not ours.

import {
  MAX_HANDOVER_CHARS,
  MAX_RESPONSE_BYTES,
  PAGE_DATA_ASK_EVENT,
  PAGE_DATA_SOURCE,
  type PageDataMessage,
} from '../../messages/page-data.ts';
import { keepKeys } from './keep-keys.ts';

export interface ObserverConfig {
  site: string;
  /** The API paths whose responses the site's payload readers read. */
  endpoints: readonly RegExp[];
  /** The keys those readers follow (keep-keys.ts PAYLOAD_KEYS). */
  keys: readonly string[];
}

/** Hand-overs per minute at most: a page that floods requests cannot flood the worker through us. */
const MAX_PER_MINUTE = 30;
/** A projection shorter than this holds no profile or posts ("{}", {"data":{}}): nothing to hand over. */
const MIN_USEFUL_CHARS = 40;
/** Hand-overs kept for the isolated script's ask (it starts after the page's first requests). */
const KEPT = 10;

export function observePageResponses(config: ObserverConfig, win: Window & typeof globalThis = window): void {
  const keep = new Set(config.keys);
  const sent: number[] = [];
  const kept: PageDataMessage[] = [];
  const post = (message: PageDataMessage) => win.postMessage(message, win.location.origin);
  win.document.addEventListener(PAGE_DATA_ASK_EVENT, () => {
    for (const message of kept) post(message);
  });

  const matches = (raw: unknown): boolean => {
    try {
      const path = new URL(String(raw), win.location.href).pathname;
      return config.endpoints.some((endpoint) => endpoint.test(path));
    } catch {
      return false;
    }
  };

  const hand = (body: unknown) => {
    const now = Date.now();
    while (sent.length > 0 && (sent[0] ?? 0) < now - 60_000) sent.shift();
    if (sent.length >= MAX_PER_MINUTE || body === null || typeof body !== 'object') return;
    const json = JSON.stringify(keepKeys(body, keep));
    if (json.length < MIN_USEFUL_CHARS || json.length > MAX_HANDOVER_CHARS) return;
    sent.push(now);
    const message: PageDataMessage = { source: PAGE_DATA_SOURCE, site: config.site, json };
    kept.push(message);
    if (kept.length > KEPT) kept.shift();
    post(message);
  };

  const handText = (text: string) => {
    if (text.length > MAX_RESPONSE_BYTES) return;
    try {
      hand(JSON.parse(text));
    } catch {
      // Not JSON (an HTML error page, a stream of several objects): nothing for the readers.
    }
  };

  watchFetch(win, matches, handText);
  watchXhr(win, matches, hand, handText);
}

function requestUrl(input: unknown): unknown {
  if (typeof input === 'string' || input instanceof URL) return input;
  return (input as { url?: unknown } | null)?.url;
}

function watchFetch(
  win: Window & typeof globalThis,
  matches: (url: unknown) => boolean,
  handText: (t: string) => void,
) {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  win.fetch = new Proxy(original, {
    apply(target, thisArg, args: unknown[]) {
      const promise: Promise<Response> = Reflect.apply(target, thisArg, args);
      try {
        if (matches(requestUrl(args[0]))) {
          // Registered before the page sees the promise, so the clone is taken before the page reads the body.
          promise.then(
            (response) => {
              if (response.ok) void readCapped(response.clone()).then((text) => text !== null && handText(text));
            },
            () => undefined,
          );
        }
      } catch {
        // The page's call goes on untouched.
      }
      return promise;
    },
  });
}

/** A response body as text, or null past MAX_RESPONSE_BYTES (our branch of the body is then cancelled). */
async function readCapped(response: Response): Promise<string | null> {
  try {
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_RESPONSE_BYTES || !response.body) return null;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_RESPONSE_BYTES) {
        void reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}

function watchXhr(
  win: Window & typeof globalThis,
  matches: (url: unknown) => boolean,
  hand: (body: unknown) => void,
  handText: (t: string) => void,
) {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const urls = new WeakMap<XMLHttpRequest, unknown>();
  const onLoad = function (this: XMLHttpRequest) {
    try {
      if (this.status < 200 || this.status > 299) return;
      if (this.responseType === 'json') hand(this.response);
      else if (this.responseType === '' || this.responseType === 'text') handText(this.responseText);
    } catch {
      // The page's request is finished either way.
    }
  };
  proto.open = new Proxy(proto.open, {
    apply(target, xhr: XMLHttpRequest, args: unknown[]) {
      try {
        urls.set(xhr, args[1]);
      } catch {
        // A page may call open on anything; its call goes on untouched.
      }
      return Reflect.apply(target, xhr, args);
    },
  });
  proto.send = new Proxy(proto.send, {
    apply(target, xhr: XMLHttpRequest, args: unknown[]) {
      try {
        if (matches(urls.get(xhr))) xhr.addEventListener('load', onLoad);
      } catch {
        // As above.
      }
      return Reflect.apply(target, xhr, args);
    },
  });
}
