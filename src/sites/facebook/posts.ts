import { isoTime } from '../../core/dates/iso.ts';
import { allMatches, firstMatch } from '../dom.ts';
import { asCountInteger, asRecord, asString, at } from '../json.ts';
import type { PagePost } from '../reader.ts';
import { LEGACY_MOBILE_COMMENTS, LEGACY_MOBILE_LIKES, LEGACY_MOBILE_POST } from './selectors.ts';

/**
 * Posts of the legacy m.facebook.com layout (2021-06): footer "466 Likes" / "34 comments", id and publish time
 * in the article's `data-ft` JSON. Posts whose content owner is not the page (shared or visitor posts) are left out.
 * The counts go to the worker as text.
 */
export function readLegacyMobilePosts(doc: Document, lang: string): PagePost[] {
  const posts: PagePost[] = [];
  for (const article of allMatches(doc, LEGACY_MOBILE_POST)) {
    const ft = parseDataFt(article.getAttribute('data-ft'));
    const id = asString(ft?.top_level_post_id) ?? asString(ft?.mf_story_key);
    if (!ft || !id) continue;
    const owner = asString(ft.content_owner_id_new);
    const page = asString(ft.page_id);
    if (owner && page && owner !== page) continue;
    const likesText = firstMatch(article, LEGACY_MOBILE_LIKES)?.textContent ?? '';
    const commentsText = firstMatch(article, LEGACY_MOBILE_COMMENTS)?.textContent ?? '';
    posts.push({
      id,
      likes: likesText ? { text: likesText, lang } : null,
      comments: commentsText ? { text: commentsText, lang } : null,
      views: null,
      publishedAt: publishTime(ft, page),
    });
  }
  return posts;
}

function parseDataFt(text: string | null): Record<string, unknown> | null {
  try {
    return asRecord(JSON.parse(text ?? ''));
  } catch {
    return null;
  }
}

/** `page_insights[<page id>].post_context.publish_time` (Unix seconds) → ISO 8601. */
function publishTime(ft: Record<string, unknown>, page: string | null): string | null {
  const seconds = asCountInteger(at(ft, 'page_insights', page ?? '', 'post_context', 'publish_time'));
  return seconds === null ? null : isoTime(seconds * 1000);
}
