import { bioFacts, captionFacts } from '../../core/caption.ts';
import { exactCount } from '../../core/count.ts';
import { isoTime } from '../../core/dates/iso.ts';
import type { RecentPost } from '../../core/snapshot.ts';
import { asArray, asCountInteger, asNumber, asRecord, asString, at } from '../json.ts';
import type { PagePost, ReadWhere, SnapshotBuilder } from '../reader.ts';

/** The username of an Instagram user object in any of the shapes we know (API, legacy graphql). */
export function usernameOf(user: unknown): string | null {
  return asString(at(user, 'username'));
}

function exact(value: unknown) {
  const n = asCountInteger(value);
  return n === null ? null : exactCount(n);
}

/**
 * Counts of a user object: current API names (follower_count, following_count, media_count /
 * all_media_count — null for guests), legacy graphql edges (edge_followed_by.count …), or a scraper's
 * renamed copy (followers / follows, 2026 REDUCED capture).
 */
export function addUserCounts(b: SnapshotBuilder, user: unknown, source: string, where: ReadWhere): void {
  b.count('followers', exact(at(user, 'follower_count')), `${source}.follower_count`);
  b.count('followers', exact(at(user, 'edge_followed_by', 'count')), `${source}.edge_followed_by`);
  b.count('followers', exact(at(user, 'followers')), `${source}.followers`);
  b.count('following', exact(at(user, 'following_count')), `${source}.following_count`);
  b.count('following', exact(at(user, 'edge_follow', 'count')), `${source}.edge_follow`);
  b.count('following', exact(at(user, 'follows')), `${source}.follows`);
  b.count('posts', exact(at(user, 'media_count')), `${source}.media_count`);
  b.count('posts', exact(at(user, 'all_media_count')), `${source}.all_media_count`);
  b.count('posts', exact(at(user, 'edge_owner_to_timeline_media', 'count')), `${source}.edge_owner_to_timeline_media`);
  const name = asString(at(user, 'full_name')) ?? asString(at(user, 'name'));
  if (name) b.set('displayName', name.slice(0, 300));
  const verified = at(user, 'is_verified');
  if (typeof verified === 'boolean') b.set('verified', verified);
  const isPrivate = at(user, 'is_private');
  if (typeof isPrivate === 'boolean') b.set('private', isPrivate);
  const biography = at(user, 'biography');
  if (typeof biography === 'string') {
    const links = [
      asString(at(user, 'external_url')),
      ...asArray(at(user, 'bio_links')).map((l) => asString(at(l, 'url'))),
    ];
    const emails = [asString(at(user, 'business_email')), asString(at(user, 'public_email'))];
    if (where === 'page') b.bioText(biography, links, emails);
    else b.set('bio', bioFacts(biography, links, emails));
  }
}

/** The caption's text, current (caption.text) or legacy graphql (edge_media_to_caption); null: not in the node. */
function captionOf(node: unknown): string | null {
  const legacy = at(node, 'edge_media_to_caption', 'edges');
  if (Array.isArray(legacy)) return asString(at(legacy[0], 'node', 'text')) ?? '';
  const caption = at(node, 'caption');
  if (caption === null) return '';
  return asString(at(caption, 'text'));
}

/** A post node, current (code, like_count) or legacy graphql (shortcode, edge_liked_by). */
export function postFromNode(node: unknown, where: ReadWhere): RecentPost | PagePost | null {
  const id = asString(at(node, 'code')) ?? asString(at(node, 'shortcode'));
  if (!id) return null;
  // Hidden like counts: the creator turned them off; the number is not zero, it is unknown ([3P] field name).
  const hidden = at(node, 'like_and_view_counts_disabled') === true;
  const likes =
    exact(at(node, 'like_count')) ??
    exact(at(node, 'edge_liked_by', 'count')) ??
    exact(at(node, 'edge_media_preview_like', 'count'));
  const comments = exact(at(node, 'comment_count')) ?? exact(at(node, 'edge_media_to_comment', 'count'));
  const views =
    exact(at(node, 'play_count')) ??
    exact(at(node, 'ig_play_count')) ??
    exact(at(node, 'view_count')) ??
    exact(at(node, 'video_view_count'));
  const taken = asNumber(at(node, 'taken_at')) ?? asNumber(at(node, 'taken_at_timestamp'));
  const post: RecentPost & PagePost = {
    id,
    likes: hidden ? 'hidden' : likes,
    comments,
    views: hidden ? null : views,
    publishedAt: taken !== null && taken > 0 ? isoTime(taken * 1000) : null,
  };
  const caption = captionOf(node);
  if (caption !== null) {
    if (where === 'page') post.caption = caption;
    else Object.assign(post, captionFacts(caption));
  }
  // Instagram's "Paid partnership" label; the current API and legacy graphql name it the same.
  const paid = at(node, 'is_paid_partnership');
  if (typeof paid === 'boolean') post.paid = paid;
  if (asArray(at(node, 'timeline_pinned_user_ids')).length > 0 || asArray(at(node, 'pinned_for_users')).length > 0) {
    post.pinned = true;
  }
  return post;
}

/** Post nodes from a list, a `{ edges: [{ node }] }` connection, or a graphql user's timeline media. */
export function postsFrom(list: unknown, where: ReadWhere): Array<RecentPost | PagePost> {
  const nodes = Array.isArray(list) ? list : asArray(at(list, 'edges')).map((edge) => at(edge, 'node') ?? edge);
  return nodes.map((node) => postFromNode(node, where)).filter((p) => p !== null);
}

/** The owner username a post node names, if any. */
export function postOwner(node: unknown): string | null {
  return usernameOf(at(node, 'user')) ?? usernameOf(at(node, 'owner'));
}

export function isUserObject(value: unknown): boolean {
  const user = asRecord(value);
  if (!user || !usernameOf(user)) return false;
  return ['follower_count', 'edge_followed_by', 'followers'].some((key) => key in user);
}
