import { defineManifest } from '@crxjs/vite-plugin';
import pkg from '../package.json' with { type: 'json' };
import { PLATFORMS } from './core/platform.ts';
import { matchPatterns, SITE_URLS } from './sites/registry.ts';

export type TargetBrowser = 'chrome' | 'firefox';

/** Our fixed add-on id: Firefox needs one to load and to keep storage across updates. */
export const GECKO_ID = 'creator-lens@creatorlens.app';

const icons = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };

/**
 * Main-world scripts, which alone see the page's own data: YouTube's navigation data, and the API responses whose
 * per-post numbers TikTok, Instagram and X never put in the DOM (content/page-data/observer.ts).
 */
const MAIN_WORLD = {
  youtube: 'src/content/entries/youtube-main.ts',
  tiktok: 'src/content/entries/tiktok-main.ts',
  instagram: 'src/content/entries/instagram-main.ts',
  x: 'src/content/entries/x-main.ts',
} as const;

/** The content script of each platform, one self-contained file each (no web-accessible chunks). */
export const CONTENT_ENTRIES = [...PLATFORMS.map((p) => `src/content/entries/${p}.ts`), ...Object.values(MAIN_WORLD)];

export function manifestFor(browser: TargetBrowser) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Creator Lens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons,
    action: { default_popup: 'src/popup/index.html', default_icon: icons, default_title: '__MSG_extName__' },
    // Firefox runs MV3 background scripts as an event page, Chrome as a service worker; same code, no state either way.
    background:
      browser === 'firefox'
        ? { scripts: ['src/background/index.ts'], type: 'module' }
        : { service_worker: 'src/background/index.ts', type: 'module' },
    // storage: the shortlist. activeTab: when the user opens the popup, see which site the tab shows even if
    // the browser withholds our host access (Firefox), so the popup can offer the grant instead of staying blank.
    // unlimitedStorage: a shortlist of thousands of profiles with history outgrows storage.local's 10 MiB.
    permissions: ['storage', 'unlimitedStorage', 'activeTab'],
    host_permissions: PLATFORMS.flatMap((p) => matchPatterns(SITE_URLS[p])),
    content_scripts: [
      ...PLATFORMS.map((p) => ({
        matches: matchPatterns(SITE_URLS[p]),
        js: [`src/content/entries/${p}.ts`],
        run_at: 'document_idle' as const,
      })),
      ...Object.entries(MAIN_WORLD).map(([platform, js]) => ({
        matches: matchPatterns(SITE_URLS[platform as keyof typeof MAIN_WORLD]),
        js: [js],
        run_at: 'document_start' as const,
        world: 'MAIN' as const,
      })),
    ],
    commands: {
      'save-profile': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSaveProfile__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // crxjs's manifest type lacks gecko_android (web-ext lint wants it for Firefox for Android).
  } as Parameters<typeof defineManifest>[0]);
}
