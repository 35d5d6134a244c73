// Serves saved pages under their real hostnames, fully offline: the navigation gets the saved HTML,
// every other request (the sites' scripts, images, trackers) is aborted. One rule, two browser bindings.
import type { BrowserContext } from 'playwright-core';
import { siteOfHost } from '../../src/sites/registry.ts';

/** The page's own scripts are blocked by CSP: we test our extension on the saved DOM, not the site's app. */
export const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "script-src 'none'",
};

/** What to answer one request with: a page (saved, or a 404 on a known site), or null to abort it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The saved pages by URL (without the hash), and the rule that answers requests from them. */
export class SavedPages {
  private readonly pages = new Map<string, string>();
  private readonly data = new Map<string, Answer>();

  /** `url` will answer with `html` (exact URL match, without the hash). */
  add(url: string, html: string): void {
    this.pages.set(stripHash(url), html);
  }

  /** Requests of the page's own code (fetch, XHR, any method) to exactly `url` get `body`: an API response. */
  addData(url: string, body: string, contentType = 'application/json'): void {
    this.data.set(stripHash(url), { status: 200, headers: { 'content-type': contentType }, body });
  }

  answer(url: string, isNavigation: boolean): Answer | null {
    if (!/^https?:/.test(url)) return null;
    const data = this.data.get(stripHash(url));
    if (data && !isNavigation) return data;
    if (!isNavigation) return null;
    const body = this.pages.get(stripHash(url));
    if (body !== undefined) return { status: 200, headers: HEADERS, body };
    if (siteOfHost(new URL(url).hostname)) {
      return { status: 404, headers: HEADERS, body: '<!doctype html><title>not saved</title><p>not saved' };
    }
    return null;
  }
}

/** The Chromium binding (playwright-core): routes every http(s) request of the context. */
export class PageServer extends SavedPages {
  constructor(private readonly context: BrowserContext) {
    super();
  }

  /** Starts answering every http(s) request: saved pages for the five sites, an abort for everything else. */
  async start(): Promise<void> {
    await this.context.route(
      (url) => url.protocol === 'https:' || url.protocol === 'http:',
      async (route) => {
        const request = route.request();
        const answer = this.answer(request.url(), request.isNavigationRequest());
        if (answer) await route.fulfill(answer);
        else await route.abort('blockedbyclient');
      },
    );
  }
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
