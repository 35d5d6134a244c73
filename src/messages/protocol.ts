import * as z from 'zod/mini';
import { ShortlistEntrySchema } from '../core/record.ts';
import { ProfileRefSchema } from '../core/schemas.ts';
import { ShownCountsSchema } from '../core/shown-schema.ts';
import { ProfileSnapshotSchema } from '../core/snapshot.ts';
import { MAX_IMPORT_BYTES } from '../exchange/format.ts';
import { MAX_HANDOVER_CHARS } from './page-data.ts';
// Larger page data is no channel page: the bridge drops it too.
import { BRIDGE_MAX_CHARS } from './youtube-bridge.ts';

// Messages are named by direction: content → background, ui → background, background → content.
// Every message is validated on arrival; anything else is rejected with a reason, never crashes.

const Note = z.string().check(z.maxLength(10_000));
const Tag = z.string().check(z.minLength(1), z.maxLength(60));
const Refs = z.array(ProfileRefSchema).check(z.minLength(1), z.maxLength(100_000));
const Lang = z.string().check(z.maxLength(64));

export const ContentToBackgroundSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('content:profile-read'),
    snapshot: ProfileSnapshotSchema,
    /** Counts the page shows only as text: read here (sites/shown/read.ts), so the page never parses numbers. */
    shown: z.optional(ShownCountsSchema),
  }),
  z.object({
    kind: z.literal('content:profile-unreadable'),
    ref: ProfileRefSchema,
    url: z.string().check(z.maxLength(2048)),
    error: z.string().check(z.maxLength(2000)),
  }),
  z.object({ kind: z.literal('content:set-saved'), ref: ProfileRefSchema, saved: z.boolean() }),
  z.object({
    kind: z.literal('content:page-data'),
    ref: ProfileRefSchema,
    /** The page's embedded data as text (SiteReader.pageData): parsed and read here, off the page's thread. */
    source: z.enum(['ytInitialData', 'initialData', 'browse']),
    text: z.string().check(z.maxLength(BRIDGE_MAX_CHARS)),
    htmlLang: z.nullable(Lang),
    configLang: z.nullable(Lang),
  }),
  z.object({
    kind: z.literal('content:payload'),
    ref: ProfileRefSchema,
    /** One API response the page received, cut down by the main-world observer (JSON text): read here. */
    text: z.string().check(z.maxLength(MAX_HANDOVER_CHARS)),
  }),
  z.object({
    kind: z.literal('content:get-view'),
    ref: ProfileRefSchema,
    /** The page's language tag: the reply carries its number-parsing facts, so the page never starts Intl. */
    pageLang: z.optional(Lang),
  }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** The storage key a set-aside item is kept under (storage/set-aside.ts). */
const SetAsideId = z.string().check(z.startsWith('quarantine:'), z.maxLength(600));

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
  z.object({ kind: z.literal('ui:unsave-many'), refs: Refs }),
  z.object({
    kind: z.literal('ui:restore-saved'),
    entries: z.array(z.object({ ref: ProfileRefSchema, saved: ShortlistEntrySchema })).check(z.maxLength(100_000)),
  }),
  z.object({
    kind: z.literal('ui:edit-lists'),
    refs: Refs,
    add: z.optional(Tag),
    remove: z.optional(Tag),
    set: z.optional(z.array(Tag).check(z.maxLength(50))),
  }),
  z.object({ kind: z.literal('ui:compare'), refs: z.array(ProfileRefSchema).check(z.minLength(2), z.maxLength(4)) }),
  z.object({ kind: z.literal('ui:export'), format: z.enum(['csv', 'json']), lang: z.enum(['en', 'es']) }),
  z.object({
    kind: z.literal('ui:import'),
    // The import limit itself: a file of N UTF-8 bytes decodes to at most N UTF-16 units, so no file the popup
    // lets through is refused here (checked again, in bytes, by the exchange module).
    text: z.string().check(z.maxLength(MAX_IMPORT_BYTES)),
    fileName: z.string().check(z.maxLength(500)),
    apply: z.boolean(),
  }),
  z.object({ kind: z.literal('ui:get-settings') }),
  z.object({ kind: z.literal('ui:set-settings'), settings: z.unknown() }),
  /** What storage could not use as it was (set aside), and whether it can be written at all. */
  z.object({ kind: z.literal('ui:storage-status') }),
  z.object({ kind: z.literal('ui:restore-set-aside'), id: SetAsideId }),
  z.object({ kind: z.literal('ui:discard-set-aside'), ids: z.array(SetAsideId).check(z.maxLength(10_000)) }),
  z.object({ kind: z.literal('ui:export-set-aside') }),
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

/** Every reply from the background has this envelope, so callers can tell a rejection from a result. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
