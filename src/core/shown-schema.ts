import * as z from 'zod/mini';
import { CountSchema } from './schemas.ts';
import { MAX_BIO_FIELD_CHARS, MAX_BIO_FIELDS, MAX_CAPTION_CHARS, MAX_SHOWN_CHARS, type ShownCounts } from './shown.ts';

// What a content script may send as counts still to read (core/shown.ts): page text, so bounded like any page input.

const Text = z.string().check(z.maxLength(MAX_SHOWN_CHARS));

const ShownCountSchema = z.object({
  text: Text,
  lang: z.string().check(z.maxLength(64)),
  how: z.optional(z.enum(['truncated', 'either', 'leading', 'tweet-action', 'og'])),
  metric: z.optional(z.enum(['replies', 'reposts', 'likes', 'views', 'talkingAbout', 'wereHere'])),
  button: z.optional(z.nullable(Text)),
});

// A source names the text it read (X: `a[href="/USER/followers"] text "86.4K Followers"`).
const Source = z.string().check(z.maxLength(MAX_SHOWN_CHARS + 500));
const Candidates = z
  .array(
    z.union([z.object({ count: CountSchema, source: Source }), z.object({ shown: ShownCountSchema, source: Source })]),
  )
  .check(z.maxLength(20));

const BioFields = z.array(z.string().check(z.maxLength(MAX_BIO_FIELD_CHARS))).check(z.maxLength(MAX_BIO_FIELDS));

export const ShownCountsSchema = z.object({
  bio: z.optional(
    z.object({
      text: z.nullable(z.string().check(z.maxLength(MAX_CAPTION_CHARS))),
      links: BioFields,
      emails: BioFields,
    }),
  ),
  counts: z.optional(
    z.object({
      followers: z.optional(Candidates),
      following: z.optional(Candidates),
      posts: z.optional(Candidates),
      totalLikes: z.optional(Candidates),
    }),
  ),
  posts: z.optional(
    z
      .array(
        z.nullable(
          z.object({
            likes: z.optional(ShownCountSchema),
            comments: z.optional(ShownCountSchema),
            views: z.optional(ShownCountSchema),
            shares: z.optional(ShownCountSchema),
            caption: z.optional(z.string().check(z.maxLength(MAX_CAPTION_CHARS))),
          }),
        ),
      )
      .check(z.maxLength(200)),
  ),
  notes: z.optional(
    z
      .array(
        z.object({
          key: z.enum(['talkingAbout', 'wereHere']),
          shown: ShownCountSchema,
          after: z.string().check(z.maxLength(200)),
        }),
      )
      .check(z.maxLength(10)),
  ),
}) satisfies z.ZodMiniType<ShownCounts>;
