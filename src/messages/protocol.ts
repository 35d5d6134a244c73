import * as z from 'zod/mini';
import { ShortlistEntrySchema } from '../core/record.ts';
import { ProfileRefSchema } from '../core/schemas.ts';
import { ShownCountsSchema } from '../core/shown-schema.ts';
import { ProfileSnapshotSchema } from '../core/snapshot.ts';
import { MAX_IMPORT_BYTES } from '../exchange/format.ts';
import { MAX_HANDOVER_CHARS } from './page-data.ts';

// Messages are named by direction: content → background, ui → background, background → content.
// Every message is validated on arrival; anything else is rejected with a reason, never crashes.

const Note = z.string().check(z.maxLength(10_000));
const Tag = z.string().check(z.minLength(1), z.maxLength(60));
const Refs = z.array(ProfileRefSchema).check(z.minLength(1), z.maxLength(100_000));
const Lang = z.string().check(z.maxLength(64));
/**
 * The largest embedded data a page may hand over as text: a first load's ytInitialData script is up to ~1.7 MB.
 * Anything larger is no channel page, and a hostile page must not make the worker parse megabytes per DOM change.
 */
const MAX_PAGE_DATA_CHARS = 4_000_000;

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
    source: z.enum(['ytInitialData']),
    text: z.string().check(z.maxLength(MAX_PAGE_DATA_CHARS)),
    htmlLang: z.nullable(Lang),
    configLang: z.nullable(Lang),
  }),
  z.object({
    kind: z.literal('content:payload'),
    ref: ProfileRefSchema,
    /** One API response the page received, cut down by the main-world observer (JSON text): read here. */
    text: z.string().check(z.maxLength(MAX_HANDOVER_CHARS)),
    /** The page's UI language: a payload that names none is read in it. */
    lang: z.optional(Lang),
  }),
  z.object({ kind: z.literal('content:get-view'), ref: ProfileRefSchema }),
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
