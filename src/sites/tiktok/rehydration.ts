// TikTok's rehydration script (~244 kB): its text is copied out of the page once per read, for everything taken from it.
import { firstMatch } from '../dom.ts';
import { cachedScriptJson, keyedObjects, keyedString } from '../script-json.ts';
import { REHYDRATION_SCRIPTS } from './selectors.ts';

/**
 * What the reader uses of the blob: the profile's scope, and app-context's first member, `language` (the 20 kB of
 * A/B-test ids after it, and 204 kB of other scopes, are never parsed).
 */
const SCOPES = { 'webapp.user-detail': 'all', 'webapp.app-context': ['language'] } as const;

/**
 * The page's own translation that builds a cover's alt text (i18n key `seo_user_video_cover`): "{videoText} created by
 * {videoAuthor} with {musicAuthor}’s {musicName}" in English, "{videoAuthor} 使用 {musicAuthor} 的 {musicName} 創作的
 * {videoText}" in Traditional Chinese: the caption's place and the credit's words differ by language.
 */
const COVER_TEMPLATE_KEY = 'seo_user_video_cover';
export const CAPTION_SLOT = '{videoText}';

interface Rehydration {
  scope: unknown;
  coverTemplate: string | null;
}

function rehydration(doc: Document): Rehydration | null {
  const el = firstMatch(doc, REHYDRATION_SCRIPTS);
  if (!el) return null;
  return cachedScriptJson(el, 'tiktok-rehydration', (text) => {
    const template = keyedString(text, COVER_TEMPLATE_KEY);
    return {
      scope: keyedObjects(text, SCOPES),
      coverTemplate: template?.includes(CAPTION_SLOT) ? template : null,
    };
  }) as Rehydration | null;
}

/** `__DEFAULT_SCOPE__` of the rehydration script with only the scopes read here, or null. */
export const rehydrationScope = (doc: Document): unknown => rehydration(doc)?.scope ?? null;

/** The cover template of the page's UI language, from its rehydration data; null when the page carries none. */
export const coverTemplate = (doc: Document): string | null => rehydration(doc)?.coverTemplate ?? null;
