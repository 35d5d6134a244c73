import * as z from 'zod/mini';
import { CountSchema, PlatformSchema } from './schemas.ts';

const MAX_POSTS = 200;

/** What a post is when it is not an ordinary timeline post (RecentPost.kind). */
export const POST_KINDS = ['short', 'live', 'trailer'] as const;

export const RecentPostSchema = z.object({
  id: z.string().check(z.maxLength(200)),
  likes: z.union([CountSchema, z.literal('hidden'), z.null()]),
  comments: z.nullable(CountSchema),
  views: z.nullable(CountSchema),
  shares: z.optional(z.nullable(CountSchema)),
  publishedAt: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  pinned: z.optional(z.boolean()),
  /** Not an ordinary post of the timeline: a Short (judged apart from long videos), a live stream, premiere or past
   * stream, or the channel trailer. Absent for ordinary posts. */
  kind: z.optional(z.enum(POST_KINDS)),
  /** Shown in a selection the site or the creator made (a promo shelf, X's logged-out highlights), not a timeline. */
  curated: z.optional(z.boolean()),
  /** 'page-data': read from the page's own API responses (exact counts); absent: read from what the page shows. */
  origin: z.optional(z.literal('page-data')),
  /** The caption's hashtags and @mentions, lower-cased (core/caption.ts); absent: the caption was not read. */
  hashtags: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(30))),
  mentions: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(30))),
  /** The site's own paid-partnership label; absent where the page does not say. */
  paid: z.optional(z.boolean()),
});
export type RecentPost = z.infer<typeof RecentPostSchema>;

/** What reading one profile yields (PRODUCT.md contract); `missing` says why a null field could not be read. */
export const ProfileSnapshotSchema = z.object({
  platform: PlatformSchema,
  handle: z.string().check(z.minLength(1), z.maxLength(100)),
  url: z.string().check(z.maxLength(2048)),
  displayName: z.optional(z.string().check(z.maxLength(300))),
  lang: z.string().check(z.maxLength(35)),
  followers: z.nullable(CountSchema),
  following: z.nullable(CountSchema),
  posts: z.nullable(CountSchema),
  totalLikes: z.nullable(CountSchema),
  recentPosts: z.array(RecentPostSchema).check(z.maxLength(MAX_POSTS)),
  verified: z.optional(z.boolean()),
  private: z.optional(z.boolean()),
  sources: z.record(z.string(), z.string()),
  missing: z.optional(z.record(z.string(), z.string())),
  /** Contact facts of the bio (core/caption.ts bioFacts); absent: what was read of the page held no bio. */
  bio: z.optional(
    z.object({
      emails: z.array(z.string().check(z.maxLength(254))).check(z.maxLength(5)),
      links: z.array(z.string().check(z.maxLength(2048))).check(z.maxLength(5)),
    }),
  ),
  readAt: z.optional(z.string()),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshotSchema>;

export type CountField = 'followers' | 'following' | 'posts' | 'totalLikes';
export const COUNT_FIELDS: readonly CountField[] = ['followers', 'following', 'posts', 'totalLikes'];
