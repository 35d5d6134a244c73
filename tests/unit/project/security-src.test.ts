// Security properties that hold in the source (SECURITY.md): no HTML sinks, no code from strings, no network
// calls, links only to https pages of the five sites, and a manifest with the minimal permissions and no CSP
// override. The built dist is checked in tests/e2e/reliability.e2e.ts (after npm run build).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/core/platform.ts';
import { manifestFor } from '../../../src/manifest.config.ts';
import { SITE_URLS } from '../../../src/sites/registry.ts';

const SRC = resolve(import.meta.dirname, '../../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(entry.name) ? [path] : [];
  });
}

/** Lines of src matching `pattern`, as "file:line: text". */
function occurrences(pattern: RegExp): string[] {
  return sourceFiles(SRC).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

// Most of these are lint rules now (biome.json, shown to fire in tests/unit/lint/lint-rules.test.ts): the HTML and
// beacon sinks (lint/no-html-sinks.grit, noDangerouslySetInnerHtml), eval and Function (noGlobalEval,
// noRestrictedGlobals), the network globals (noRestrictedGlobals). What lint cannot see stays a search here.
describe('our source has no sink a page-derived string could reach', () => {
  it('no HTML sink in our HTML files (lint reads only the scripts)', () => {
    expect(
      occurrences(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|srcdoc/).filter((line) =>
        /^[^:]+\.html:/.test(line),
      ),
    ).toEqual([]);
  });

  it('no code from strings that lint misses: string timers, javascript: URLs', () => {
    expect(occurrences(/set(Timeout|Interval)\s*\(\s*['"`]|javascript:/)).toEqual([]);
  });

  it('no network call lint misses: fetch through an object (globalThis.fetch), dynamic import()', () => {
    // The page-data observer names the page's fetch to watch it (below), and nothing else does.
    const observer = 'content/page-data/observer.ts';
    expect(occurrences(/\.fetch\s*\(|\bimport\(/).filter((line) => !line.startsWith(`${observer}:`))).toEqual([]);
  });

  it("the page-data observer only wraps the page's own calls: it creates no request and calls no fetch itself", () => {
    const lines = occurrences(
      /\bfetch\s*\(|new\s+XMLHttpRequest|\.open\s*\(|\.send\s*\(|WebSocket|sendBeacon|EventSource/,
    ).filter((line) => line.startsWith('content/page-data/observer.ts:'));
    expect(lines).toEqual([]);
    // It does wrap both (a positive sign the check above looked at the right file).
    expect(occurrences(/win\.fetch = new Proxy|proto\.open = new Proxy|proto\.send = new Proxy/)).toHaveLength(3);
  });

  it('no script loaded from anywhere but the package (no http(s) src in our HTML)', () => {
    expect(occurrences(/<script[^>]+src=["']?(https?:)?\/\//i)).toEqual([]);
  });
});

describe('links we build go only to https pages of the five sites', () => {
  const hostile = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '../../evil.example',
      '@evil.example',
      '//evil.example',
      'javascript:alert(1)',
      'a/../../b',
      '?next=https://evil.example',
      '#x',
      '%2F%2Fevil.example',
      'a b',
      '\u0000',
      'ana@evil.example:443',
    ),
  );

  for (const platform of PLATFORMS) {
    const site = SITE_URLS[platform];
    it(`${platform}: profileUrl(any string) is https on ${site.hosts[0]} and keeps the handle in the path`, () => {
      fc.assert(
        fc.property(hostile, (handle) => {
          const url = new URL(site.profileUrl(handle));
          expect(url.protocol).toBe('https:');
          expect(site.hosts).toContain(url.hostname);
          expect(url.username + url.password + url.port).toBe('');
          expect(url.search + url.hash).toBe('');
        }),
        { numRuns: 500 },
      );
    });
  }

  it('a handle read from a profile URL links back to that profile (round trip)', () => {
    const samples: Array<[keyof typeof SITE_URLS, string]> = [
      ['tiktok', 'https://www.tiktok.com/@illojuan'],
      ['instagram', 'https://www.instagram.com/pluto__travel/'],
      ['youtube', 'https://www.youtube.com/@OneMedia.'],
      ['x', 'https://x.com/Kikobeats'],
      ['facebook', 'https://www.facebook.com/Nintendo'],
    ];
    for (const [platform, href] of samples) {
      const site = SITE_URLS[platform];
      const handle = site.profileHandle(new URL(href));
      expect(handle, href).not.toBeNull();
      expect(site.profileHandle(new URL(site.profileUrl(handle ?? '')))?.toLowerCase()).toBe(handle?.toLowerCase());
    }
  });
});

describe('the manifest asks for little and leaves the CSP strict', () => {
  const SITE_HOSTS = new Set(PLATFORMS.flatMap((p) => SITE_URLS[p].hosts));
  for (const browser of ['chrome', 'firefox'] as const) {
    const manifest = manifestFor(browser) as unknown as Record<string, unknown>;

    it(`${browser}: permissions are storage, unlimitedStorage and activeTab only; hosts are https pages of the five sites`, () => {
      expect(manifest.permissions).toEqual(['storage', 'unlimitedStorage', 'activeTab']);
      expect(manifest.optional_permissions).toBeUndefined();
      const hosts = manifest.host_permissions as string[];
      for (const pattern of hosts) {
        const m = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern);
        expect(m, pattern).not.toBeNull();
        expect(SITE_HOSTS.has(m?.[1] ?? ''), pattern).toBe(true);
      }
    });

    it(`${browser}: no CSP override, nothing web-accessible, no external connections`, () => {
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.sandbox).toBeUndefined();
    });

    it(`${browser}: content scripts run only on the five sites, over https`, () => {
      const scripts = manifest.content_scripts as Array<{ matches: string[] }>;
      for (const pattern of scripts.flatMap((s) => s.matches)) {
        expect(SITE_HOSTS.has(/^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1] ?? ''), pattern).toBe(true);
      }
    });
  }
});
