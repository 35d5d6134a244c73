// The main-world observer is passive: the page gets the same responses, failures and functions it would without
// us; matching API responses are handed over projected, bounded and rate-limited. (A real browser runs the same
// checks in tests/e2e/page-data.e2e.ts.)
import { describe, expect, it } from 'vitest';
import { OBSERVED } from '../../../../src/content/page-data/endpoints.ts';
import { observePageResponses } from '../../../../src/content/page-data/observer.ts';
import { PAGE_DATA_ASK_EVENT, type PageDataMessage } from '../../../../src/messages/page-data.ts';

const USER_TWEETS = 'https://x.com/i/api/graphql/abc123/UserTweets?variables=%7B%7D';
const BODY = JSON.stringify({
  data: { user: { result: { rest_id: '1', core: { screen_name: 'ana' }, avatar: { image_url: 'https://x' } } } },
});

/** A stand-in for the page's window: its own fetch and XMLHttpRequest, and where our messages go. */
function fakeWindow(respond: (url: string) => Promise<Response>) {
  const messages: PageDataMessage[] = [];
  class FakeXhr extends EventTarget {
    status = 0;
    responseType: XMLHttpRequestResponseType = '';
    responseText = '';
    response: unknown = null;
    url = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    send() {
      queueMicrotask(() => {
        this.status = 200;
        if (this.responseType === 'json') this.response = JSON.parse(BODY);
        else this.responseText = BODY;
        this.dispatchEvent(new Event('load'));
      });
    }
  }
  const fetch = (input: string) => respond(input);
  const win = {
    fetch,
    XMLHttpRequest: FakeXhr,
    location: { href: 'https://x.com/ana', origin: 'https://x.com' },
    document: new EventTarget(),
    postMessage: (message: PageDataMessage) => messages.push(message),
  };
  return { win: win as unknown as Window & typeof globalThis, messages, original: fetch, FakeXhr };
}

const settle = () => new Promise((done) => setTimeout(done, 20));

describe('fetch', () => {
  it('the page gets the very response (body intact, readable once by it); we hand over the projection', async () => {
    const response = new Response(BODY, { status: 200, headers: { 'content-type': 'application/json' } });
    const { win, messages } = fakeWindow(async () => response);
    observePageResponses(OBSERVED.x, win);
    const got = await win.fetch(USER_TWEETS);
    expect(got).toBe(response);
    expect(await got.text()).toBe(BODY);
    await settle();
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0]?.json ?? '')).toEqual({
      data: { user: { result: { rest_id: '1', core: { screen_name: 'ana' } } } },
    });
    expect(messages[0]?.json).not.toContain('image_url');
  });
  it('another endpoint is neither read nor handed over', async () => {
    const { win, messages } = fakeWindow(async () => new Response(BODY));
    observePageResponses(OBSERVED.x, win);
    await (await win.fetch('https://x.com/i/api/graphql/abc/HomeTimeline')).text();
    await settle();
    expect(messages).toEqual([]);
  });
  it('a failing request still fails for the page, with its own error', async () => {
    const error = new TypeError('Failed to fetch');
    const { win, messages } = fakeWindow(async () => Promise.reject(error));
    observePageResponses(OBSERVED.x, win);
    await expect(win.fetch(USER_TWEETS)).rejects.toBe(error);
    await settle();
    expect(messages).toEqual([]);
  });
  it('keeps the function the page knows: name, length, toString', () => {
    const { win, original } = fakeWindow(async () => new Response(BODY));
    observePageResponses(OBSERVED.x, win);
    expect(win.fetch).not.toBe(original);
    expect(win.fetch.name).toBe(original.name);
    expect(win.fetch.length).toBe(original.length);
    expect(Function.prototype.toString.call(win.fetch)).toMatch(/native code|=>/);
  });
  it('an oversized body, or one that is not JSON, is dropped', async () => {
    const big = `{"data":"${'x'.repeat(9 * 1024 * 1024)}"}`;
    for (const body of [big, '<html>rate limited</html>']) {
      const { win, messages } = fakeWindow(async () => new Response(body));
      observePageResponses(OBSERVED.x, win);
      await (await win.fetch(USER_TWEETS)).text();
      await settle();
      expect(messages).toEqual([]);
    }
  });
  it('a flood of matching responses is handed over at most 30 times a minute; an ask repeats the last 10', async () => {
    const { win, messages } = fakeWindow(async () => new Response(BODY));
    observePageResponses(OBSERVED.x, win);
    await Promise.all(Array.from({ length: 100 }, () => win.fetch(USER_TWEETS)));
    await settle();
    expect(messages).toHaveLength(30);
    win.document.dispatchEvent(new Event(PAGE_DATA_ASK_EVENT));
    expect(messages).toHaveLength(40);
  });
});

describe('XMLHttpRequest', () => {
  it.each(['', 'text', 'json'] as const)(
    'responseType "%s": handed over once the page has its response',
    async (type) => {
      const { win, messages, FakeXhr } = fakeWindow(async () => new Response(BODY));
      observePageResponses(OBSERVED.x, win);
      const xhr = new win.XMLHttpRequest() as unknown as InstanceType<typeof FakeXhr>;
      xhr.responseType = type;
      let pageSaw: unknown = null;
      xhr.addEventListener('load', () => {
        pageSaw = type === 'json' ? xhr.response : xhr.responseText;
      });
      xhr.open('GET', USER_TWEETS);
      xhr.send();
      await settle();
      expect(pageSaw).toEqual(type === 'json' ? JSON.parse(BODY) : BODY);
      expect(messages).toHaveLength(1);
    },
  );
  it('a request elsewhere is left alone', async () => {
    const { win, messages, FakeXhr } = fakeWindow(async () => new Response(BODY));
    observePageResponses(OBSERVED.x, win);
    const xhr = new win.XMLHttpRequest() as unknown as InstanceType<typeof FakeXhr>;
    xhr.open('GET', 'https://x.com/i/api/1.1/jot/client_event.json');
    xhr.send();
    await settle();
    expect(messages).toEqual([]);
  });
});
