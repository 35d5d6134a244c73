// Serves saved pages under their real hostnames, fully offline: the navigation gets the saved HTML,
// every other request (the sites' scripts, images, trackers) is aborted.
import type { BrowserContext } from 'playwright-core';
import { siteOfHost } from '../../src/sites/registry.ts';

/** The page's own scripts are blocked by CSP: we test our extension on the saved DOM, not the site's app. */
const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "script-src 'none'",
};

export class PageServer {
  private readonly pages = new Map<string, string>();

  constructor(private readonly context: BrowserContext) {}

  /** Starts answering every http(s) request: saved pages for the five sites, an abort for everything else. */
  async start(): Promise<void> {
    await this.context.route(
      (url) => url.protocol === 'https:' || url.protocol === 'http:',
      async (route) => {
        const request = route.request();
        const body = this.pages.get(stripHash(request.url()));
        if (request.isNavigationRequest() && body !== undefined) {
          await route.fulfill({ status: 200, headers: HEADERS, body });
        } else if (request.isNavigationRequest() && siteOfHost(new URL(request.url()).hostname)) {
          await route.fulfill({
            status: 404,
            headers: HEADERS,
            body: '<!doctype html><title>not saved</title><p>not saved',
          });
        } else {
          await route.abort('blockedbyclient');
        }
      },
    );
  }

  /** `url` will answer with `html` (exact URL match, without the hash). */
  add(url: string, html: string): void {
    this.pages.set(stripHash(url), html);
  }
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}
