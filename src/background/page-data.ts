// The numbers a page received in its own API responses, joined to what the page showed: scrolling adds posts, the
// same post read twice counts once, and the page data's exact counts win over the page's rounded text.
import { type Count, isExact } from '../core/count.ts';
import { COUNT_FIELDS, type ProfileSnapshot, type RecentPost } from '../core/snapshot.ts';
import { sameHandle } from '../sites/json.ts';
import type { SiteReader } from '../sites/reader.ts';

/** A stored snapshot this recent is the same visit: its page-data posts carry over to the page's next read. */
export const SAME_VISIT_MS = 60 * 60_000;
const MAX_POSTS = 200;

const time = (p: RecentPost) => (p.publishedAt ? Date.parse(p.publishedAt) : Number.NaN);

/** `base`'s posts with `incoming` merged in by id (incoming wins), newest first, undated ones after in their order. */
export function mergePosts(base: readonly RecentPost[], incoming: readonly RecentPost[]): RecentPost[] {
  const byId = new Map<string, RecentPost>();
  for (const post of base) byId.set(post.id, post);
  for (const post of incoming) byId.set(post.id, { ...byId.get(post.id), ...post });
  const all = [...byId.values()];
  const dated = all.filter((p) => Number.isFinite(time(p))).sort((a, b) => time(b) - time(a));
  return [...dated, ...all.filter((p) => !Number.isFinite(time(p)))].slice(0, MAX_POSTS);
}

/**
 * The page data's count where the page's own is missing or less precise: exact over rounded, and of two rounded
 * ones the narrower (a later browse response of the same channel); at equal precision what we have stays.
 */
function better(shown: Count | null, data: Count | null): Count | null {
  if (!data) return shown;
  if (!shown || (!isExact(shown) && isExact(data))) return data;
  if (isExact(shown) || isExact(data)) return shown;
  return data.max - data.min < shown.max - shown.min ? data : shown;
}

/** `base` with the page data's counts where they are better, and its posts merged in. */
export function withPageData(base: ProfileSnapshot, data: ProfileSnapshot): ProfileSnapshot {
  const out: ProfileSnapshot = {
    ...base,
    sources: { ...base.sources },
    recentPosts: mergePosts(base.recentPosts, data.recentPosts),
  };
  for (const field of COUNT_FIELDS) {
    const chosen = better(base[field], data[field]);
    if (chosen !== base[field]) {
      out[field] = chosen;
      out.sources[field] = `page data: ${data.sources[field] ?? field}`;
      if (out.missing) delete out.missing[field];
    }
  }
  if (data.recentPosts.length > 0) out.sources.pageData = data.sources.recentPosts ?? 'page data';
  return out;
}

/** Whether a stored read is from this visit (page data joins it; an older one is history, not this page). */
export function fromThisVisit(stored: ProfileSnapshot | null | undefined, now: Date): stored is ProfileSnapshot {
  const readAt = stored?.readAt ? Date.parse(stored.readAt) : Number.NaN;
  return Boolean(stored) && now.getTime() - readAt <= SAME_VISIT_MS;
}

/** The page-data posts of a stored snapshot from this visit, to carry over to a fresh read of the page. */
export function carriedPosts(stored: ProfileSnapshot | null | undefined, now: Date): RecentPost[] {
  return fromThisVisit(stored, now) ? stored.recentPosts.filter((p) => p.origin === 'page-data') : [];
}

/**
 * One API response the page handed over, read for the page's own URL. Its numbers count only when the payload
 * itself names this profile (a response about another account, or about nobody, changes nothing); its posts are
 * marked as page data.
 */
export function readHandedPayload(
  reader: SiteReader | undefined,
  text: string,
  url: URL,
  pageLang?: string,
): ProfileSnapshot | null {
  if (!reader?.readPayload) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const named = reader.readPayload(json, null, pageLang);
  const forUrl = reader.readPayload(json, url, pageLang);
  if (!named?.ok || !forUrl?.ok || !sameHandle(named.snapshot.handle, forUrl.snapshot.handle)) return null;
  const snapshot = forUrl.snapshot;
  return { ...snapshot, recentPosts: snapshot.recentPosts.map((p) => ({ ...p, origin: 'page-data' as const })) };
}
