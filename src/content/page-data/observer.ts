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

export interface ObserverConfig {
  site: string;
  /** The API paths whose responses the site's payload readers read. */
  endpoints: readonly RegExp[];
  /**
   * A response cut down to what those readers follow (keep-keys.ts, YouTube's projectBrowse); `from`: the request's
   * URL, when a response brought it (TikTok's item_list names its account only there). May throw.
   */
  project(body: object, from?: URL): unknown;
  /** What else the page holds for an ask (YouTube's first-load ytInitialData), handed over like a response. */
  onAsk?(hand: (body: unknown) => void): void;
}

/** Hand-overs per minute at most: a page that floods requests cannot flood the worker through us. */
const MAX_PER_MINUTE = 30;
/** A projection shorter than this holds no profile or posts ("{}", {"data":{}}): nothing to hand over. */
const MIN_USEFUL_CHARS = 40;
/** Hand-overs kept for the isolated script's ask (it starts after the page's first requests). */
const KEPT = 10;

/** Starts watching; returns the hand-over, for what the page delivers by other means (YouTube's navigation events). */
export function observePageResponses(
  config: ObserverConfig,
  win: Window & typeof globalThis = window,
): (body: unknown, from?: URL) => void {
  const sent: number[] = [];
  const kept: PageDataMessage[] = [];
  const post = (message: PageDataMessage) => win.postMessage(message, win.location.origin);
  let asked = false;
  // The first ask repeats what came before the isolated script; every ask may find more (YouTube's late data).
  win.document.addEventListener(PAGE_DATA_ASK_EVENT, () => {
    if (!asked) for (const message of kept) post(message);
    asked = true;
    config.onAsk?.(hand);
  });

  /** The request's URL when it is one of the site's endpoints, else null. */
  const matches = (raw: unknown): URL | null => {
    try {
      const url = new URL(String(raw), win.location.href);
      return config.endpoints.some((endpoint) => endpoint.test(url.pathname)) ? url : null;
    } catch {
      return null;
    }
  };

  function hand(body: unknown, from?: URL): void {
    const now = Date.now();
    while (sent.length > 0 && (sent[0] ?? 0) < now - 60_000) sent.shift();
    if (sent.length >= MAX_PER_MINUTE || body === null || typeof body !== 'object') return;
    let json: string;
    try {
      json = JSON.stringify(config.project(body, from)) ?? '';
    } catch {
      return; // the page's own object (a cycle, a throwing getter): nothing to hand over
    }
    if (json.length < MIN_USEFUL_CHARS || json.length > MAX_HANDOVER_CHARS) return;
    sent.push(now);
    const message: PageDataMessage = { source: PAGE_DATA_SOURCE, site: config.site, json };
    kept.push(message);
    if (kept.length > KEPT) kept.shift();
    post(message);
  }

  const handText = (text: string, from: URL) => {
    if (text.length > MAX_RESPONSE_BYTES) return;
    try {
      hand(JSON.parse(text), from);
    } catch {
      // Not JSON (an HTML error page, a stream of several objects): nothing for the readers.
    }
  };

  watchFetch(win, matches, handText);
  watchXhr(win, matches, hand, handText);
  return hand;
}

function requestUrl(input: unknown): unknown {
  if (typeof input === 'string' || input instanceof URL) return input;
  return (input as { url?: unknown } | null)?.url;
}

type Matches = (url: unknown) => URL | null;

function watchFetch(win: Window & typeof globalThis, matches: Matches, handText: (t: string, from: URL) => void) {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  win.fetch = new Proxy(original, {
    apply(target, thisArg, args: unknown[]) {
      const promise: Promise<Response> = Reflect.apply(target, thisArg, args);
      try {
        const from = matches(requestUrl(args[0]));
        if (from) {
          // Registered before the page sees the promise, so the clone is taken before the page reads the body.
          promise.then(
            (response) => {
              // A body declared too large is never cloned: a clone costs the page its fast path (Firefox copies it).
              if (!response.ok || declaredLength(response) > MAX_RESPONSE_BYTES) return;
              void readCapped(response.clone()).then((text) => text !== null && handText(text, from));
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

const declaredLength = (response: Response) => Number(response.headers.get('content-length')) || 0;

/** A response body as text, or null past MAX_RESPONSE_BYTES (our branch of the body is then cancelled). */
async function readCapped(response: Response): Promise<string | null> {
  try {
    if (!response.body) return null;
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
  matches: Matches,
  hand: (body: unknown, from: URL) => void,
  handText: (t: string, from: URL) => void,
) {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const urls = new WeakMap<XMLHttpRequest, unknown>();
  const endpoints = new WeakMap<XMLHttpRequest, URL>();
  const onLoad = function (this: XMLHttpRequest) {
    try {
      const from = endpoints.get(this);
      if (!from || this.status < 200 || this.status > 299) return;
      if (this.responseType === 'json') hand(this.response, from);
      else if (this.responseType === '' || this.responseType === 'text') handText(this.responseText, from);
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
        const from = matches(urls.get(xhr));
        if (from) {
          endpoints.set(xhr, from);
          xhr.addEventListener('load', onLoad);
        }
      } catch {
        // As above.
      }
      return Reflect.apply(target, xhr, args);
    },
  });
}
