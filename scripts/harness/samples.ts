// The bundled sample profiles: real saved pages (MIT, see tests/fixtures/real/README.md) and the URL each
// is served under. `followers` is what the page itself shows (SOURCES.md), used as the oracle in e2e tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './chromium.ts';

export interface Sample {
  name: string;
  url: string;
  file: string;
  profile: string;
  /** The true follower count the page carries (exact), or the interval a compact-only page allows. */
  followers: { min: number; max: number } | null;
}

export const SAMPLES: Sample[] = [
  {
    name: 'TikTok @illojuan (en, 2025-12)',
    url: 'https://www.tiktok.com/@illojuan',
    file: 'tiktok/tiktok-profile_illojuan_rendered-dom_en_2025-12-30.html',
    profile: 'tiktok:illojuan',
    followers: { min: 783427, max: 783427 },
  },
  {
    name: 'Instagram @pluto__travel (en, 2024-12)',
    url: 'https://www.instagram.com/pluto__travel/',
    file: 'instagram/ig-profile_pluto__travel_2024-12-31.html',
    profile: 'instagram:pluto__travel',
    followers: { min: 2362, max: 2362 },
  },
  {
    name: 'YouTube @OneMedia (es-ES, 2024-01)',
    // The channel's handle really ends in a dot (ytInitialData vanityChannelUrl ".../@OneMedia.").
    url: 'https://www.youtube.com/@OneMedia.',
    file: 'youtube/yt-channel-home_OneMedia_es-ES_2024-01.html',
    profile: 'youtube:onemedia.',
    // "4,69 M de suscriptores", truncated by YouTube: 4 690 000 ≤ true < 4 700 000.
    followers: { min: 4_690_000, max: 4_700_000 },
  },
  {
    name: 'X @Kikobeats (en, 2025-12)',
    url: 'https://x.com/Kikobeats',
    file: 'x/x-profile_Kikobeats_rendered-dom_en_2025-12-23.html',
    profile: 'x:kikobeats',
    followers: { min: 3893, max: 3893 },
  },
  {
    name: 'X @javilop (en, 2025-12)',
    url: 'https://x.com/javilop',
    file: 'x/x-profile_javilop_rendered-dom_en_2025-12-23.html',
    profile: 'x:javilop',
    followers: { min: 86423, max: 86423 },
  },
];

export function sampleHtml(sample: Pick<Sample, 'file'>): string {
  return readFileSync(join(ROOT, 'tests/fixtures/real', sample.file), 'utf8');
}

/**
 * What the inline script that hands a saved page its first-load data does (YouTube's `var ytInitialData = {…};`),
 * as a script that assigns the same object to window, or null. Our server blocks the page's own scripts; benches
 * that time a profile visit run this at document start (addInitScript, whose scripts run in a function scope, so
 * `var` would stay local), as the page would have run its own before our content script.
 */
export function pageDataScript(html: string): string | null {
  const literal = /<script[^>]*>\s*var ytInitialData = ([\s\S]*?);\s*<\/script>/.exec(html)?.[1];
  return literal ? `window.ytInitialData = ${literal};` : null;
}

/** A saved page's language as the content script sends it (src/sites/dom.ts documentLang: html[lang], else "en"). */
export function pageLang(html: string): string {
  return /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1]?.trim() || 'en';
}
