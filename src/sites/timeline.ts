// Whether a list of posts on a page is a timeline (newest first) or a selection the site or creator made.

interface ListedPost {
  publishedAt?: string | null;
  pinned?: boolean;
  curated?: boolean;
}

/** Sites list a timeline newest first; an X thread can list a reply seconds after its parent, so allow a day. */
const ORDER_SLACK_MS = 86_400_000;

/**
 * Marks every post `curated` when the dated, unpinned posts are not in newest-first order: a page that lists old
 * posts above newer ones (X's logged-out highlights, a "popular" sort) shows a selection, not what the account
 * posts now. Returns the same array.
 */
export function markSelectionIfUnordered<T extends ListedPost>(posts: T[]): T[] {
  let newerAbove = Number.POSITIVE_INFINITY;
  let ordered = true;
  for (const post of posts) {
    if (post.pinned) continue;
    const ms = post.publishedAt ? Date.parse(post.publishedAt) : Number.NaN;
    if (!Number.isFinite(ms)) continue;
    if (ms > newerAbove + ORDER_SLACK_MS) ordered = false;
    newerAbove = Math.min(newerAbove, ms);
  }
  if (!ordered) for (const post of posts) post.curated = true;
  return posts;
}

/** Marks every post `curated`: the page says itself that it shows a selection. Returns the same array. */
export function markSelection<T extends ListedPost>(posts: T[]): T[] {
  for (const post of posts) post.curated = true;
  return posts;
}
