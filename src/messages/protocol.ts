import * as z from 'zod/mini';
import { ProfileRefSchema } from '../core/schemas.ts';
import { ProfileSnapshotSchema } from '../core/snapshot.ts';

// Messages are named by direction: content → background, ui → background, background → content.
// Every message is validated on arrival; anything else is rejected with a reason, never crashes.

const Note = z.string().check(z.maxLength(10_000));
const Tag = z.string().check(z.minLength(1), z.maxLength(60));

export const ContentToBackgroundSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('content:profile-read'), snapshot: ProfileSnapshotSchema }),
  z.object({
    kind: z.literal('content:profile-unreadable'),
    ref: ProfileRefSchema,
    url: z.string().check(z.maxLength(2048)),
    error: z.string().check(z.maxLength(2000)),
  }),
  z.object({ kind: z.literal('content:set-saved'), ref: ProfileRefSchema, saved: z.boolean() }),
  z.object({ kind: z.literal('content:get-view'), ref: ProfileRefSchema }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

export const UiToBackgroundSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ui:get-profile'), ref: ProfileRefSchema }),
  z.object({ kind: z.literal('ui:set-saved'), ref: ProfileRefSchema, saved: z.boolean() }),
  z.object({
    kind: z.literal('ui:update-entry'),
    ref: ProfileRefSchema,
    notes: z.optional(Note),
    tags: z.optional(z.array(Tag).check(z.maxLength(50))),
    lists: z.optional(z.array(Tag).check(z.maxLength(50))),
  }),
  z.object({ kind: z.literal('ui:list-shortlist') }),
  z.object({ kind: z.literal('ui:get-settings') }),
  z.object({ kind: z.literal('ui:set-settings'), settings: z.unknown() }),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

/** Every reply from the background has this envelope, so callers can tell a rejection from a result. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
