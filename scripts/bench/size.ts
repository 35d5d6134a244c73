// Row 1: the content script a page gets, gzipped. Each site has its own self-contained entry; TikTok, Instagram, X
// and YouTube pages also get the main-world observer, so "all of it" there is both files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_DIST } from '../harness/chromium.ts';

export interface SizeRow {
  page: string;
  files: string[];
  gzipBytes: number;
}

export function contentScriptSizes(dist = CHROME_DIST): SizeRow[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts: Array<{ js: string[]; matches: string[] }>;
  };
  // Group the scripts by the pages they are injected into (a match list identifies a site).
  const bySite = new Map<string, string[]>();
  for (const entry of manifest.content_scripts) {
    const site = entry.matches[0] ?? '?';
    bySite.set(site, [...(bySite.get(site) ?? []), ...entry.js]);
  }
  const entriesDir = join(dist, 'src/content/entries');
  const built = existsSync(entriesDir) ? readdirSync(entriesDir).filter((f) => f.endsWith('.js')) : [];
  if (built.length === 0) throw new Error(`${entriesDir} has no built content scripts: run npm run build`);
  return [...bySite.entries()].map(([site, files]) => ({
    page: new URL(site.replace('/*', '/')).hostname,
    files,
    gzipBytes: gzipSync(Buffer.concat(files.map((f) => readFileSync(join(dist, f)))), { level: 9 }).length,
  }));
}
