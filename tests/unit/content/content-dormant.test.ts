// On a page that shows no profile the content script stays dormant: it watches the URL and touches no extension
// API (the first use of one builds the runtime bindings in that page). With a profile it listens for updates once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContentScript } from '../../../src/content/run.ts';
import { tiktokReader } from '../../../src/sites/tiktok/read.ts';
import { tiktokUrls } from '../../../src/sites/tiktok/url.ts';

let touched: string[] = [];
let listeners = 0;

beforeEach(() => {
  touched = [];
  listeners = 0;
  const runtime = {
    id: 'ours',
    sendMessage: async () => ({ ok: true, data: { overlay: false, view: null } }),
    onMessage: { addListener: () => listeners++, removeListener: () => listeners-- },
  };
  const api = new Proxy(
    { runtime, i18n: { getUILanguage: () => 'en', getMessage: () => '' } },
    {
      get(target, key) {
        touched.push(String(key));
        return Reflect.get(target, key);
      },
    },
  );
  vi.stubGlobal('chrome', api);
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('document', { readyState: 'complete', body: {}, documentElement: { getAttribute: () => null } });
  vi.stubGlobal(
    'MutationObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a content script on a page of its site', () => {
  it('touches no extension API while the URL shows no profile', async () => {
    vi.stubGlobal('location', { href: 'https://www.tiktok.com/explore' });
    startContentScript(tiktokUrls, tiktokReader);
    await settle();
    expect(touched).toEqual([]);
  });

  it('on a profile it asks the background and listens for updates, once across navigations', async () => {
    const href = { href: 'https://www.tiktok.com/@ana' };
    vi.stubGlobal('location', href);
    startContentScript(tiktokUrls, tiktokReader);
    await settle();
    expect(touched).toContain('runtime');
    expect(listeners).toBe(1);
    href.href = 'https://www.tiktok.com/@bob';
    window.dispatchEvent(new Event('popstate'));
    await settle();
    expect(listeners).toBe(1);
  });
});
