import type { Insight } from '../core/insight.ts';
import { type ProfileRef, profileKey } from '../core/platform.ts';
import type { AppSettings } from '../core/settings.ts';
import type { ProfileSnapshot } from '../core/snapshot.ts';
import { mergeImport, parseImport, shortlistToCsv, shortlistToJson } from '../exchange/index.ts';
import {
  type ContentToBackground,
  ContentToBackgroundSchema,
  type Reply,
  type UiToBackground,
  UiToBackgroundSchema,
} from '../messages/protocol.ts';
import { shortlistRow } from '../messages/rows.ts';
import type { ContentView } from '../messages/to-content.ts';
import type { ProfileView, ShownFigures, StorageStatus } from '../messages/view.ts';
import { READERS } from '../sites/readers.ts';
import { profileAt, siteOfHost } from '../sites/registry.ts';
import { resolveShown } from '../sites/shown/read.ts';
import { KEY, type ProfileRecord } from '../storage/schema.ts';
import { type ProfileStore, type SetAsideItem, withFreshSnapshot } from '../storage/store.ts';
import { formatCount, formatPercentRange } from '../ui/format.ts';
import { LOCALES } from '../ui/locales.ts';
import { groupingOf } from '../ui/whole-number.ts';
import { carriedPosts, fromThisVisit, mergePosts, readHandedPayload, withPageData } from './page-data.ts';
import { displayLang, scoreRecord, scoringLang, summaryOf } from './score.ts';
import type { Origin } from './sender.ts';

export interface RouterDeps {
  store: ProfileStore;
  /** The browser's UI language; texts and numbers follow it unless settings choose one. */
  browserLang(): string;
  getSettings(): Promise<AppSettings>;
  setSettings(value: unknown): Promise<Reply<unknown>>;
  /** The stored settings' parts that are invalid and read as their defaults. */
  settingsProblems(): Promise<string[]>;
  /** Tells every tab showing this profile that its view changed. */
  notify(ref: ProfileRef): Promise<void>;
}

const fail = (error: string): Reply<never> => ({ ok: false, error });

function sameProfile(a: ProfileRef, b: ProfileRef): boolean {
  return profileKey(a) === profileKey(b);
}

/** One message's dependencies: settings are read from storage at most once per message. */
interface Call extends RouterDeps {
  settings(): Promise<AppSettings>;
}

/** Validates and routes one message; never throws (a bad message gets a reply saying why). */
export async function route(message: unknown, origin: Origin | null, deps: RouterDeps): Promise<Reply<unknown>> {
  if (!origin) return fail('rejected: sender is not part of Creator Lens');
  let settings: Promise<AppSettings> | null = null;
  const call: Call = { ...deps, settings: () => (settings ??= deps.getSettings()) };
  try {
    if (origin.from === 'content') {
      const parsed = ContentToBackgroundSchema.safeParse(message);
      if (!parsed.success) return fail(`rejected: malformed content message (${firstIssue(parsed.error)})`);
      return await fromContent(parsed.data, origin, call);
    }
    const parsed = UiToBackgroundSchema.safeParse(message);
    if (!parsed.success) return fail(`rejected: malformed UI message (${firstIssue(parsed.error)})`);
    return await fromUi(parsed.data, call);
  } catch (error) {
    return fail(`failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function fromContent(
  message: ContentToBackground,
  origin: Extract<Origin, { from: 'content' }>,
  deps: Call,
): Promise<Reply<unknown>> {
  // A content script may only speak about the site it runs on.
  const ref = message.kind === 'content:profile-read' ? message.snapshot : message.ref;
  // Reads and page data must name the very profile the page shows (a late response after in-app navigation does not).
  const strict = message.kind === 'content:profile-read' || message.kind === 'content:payload';
  if (!senderShows(origin.url, ref, strict)) {
    return fail('rejected: the message names a profile the sending page does not show');
  }
  switch (message.kind) {
    case 'content:profile-read': {
      const shown = resolveShown(message.snapshot, message.shown);
      // Followers the page showed only as text, and that do not read as a number: nothing to score.
      if (!shown.followers) return { ok: true, data: null };
      // Posts this visit's API responses carried stay with the page's fresh read (scrolling keeps adding them).
      const stored = await deps.store.get(shown);
      const carried = carriedPosts(stored?.snapshot, new Date());
      const snapshot = carried.length > 0 ? { ...shown, recentPosts: mergePosts(shown.recentPosts, carried) } : shown;
      return { ok: true, data: await answerRead(snapshot, deps) };
    }
    case 'content:payload': {
      // Read for the sending page's own URL, and only if the payload names that profile itself.
      const data = readHandedPayload(READERS[message.ref.platform], message.text, origin.url, message.lang);
      if (!data || !senderShows(origin.url, data, true)) return { ok: true, data: null };
      // Read without a write: an invalid record is set aside only if this payload is used (answerRead's get).
      const stored = await deps.store.validRecord(data);
      const base = fromThisVisit(stored?.snapshot, new Date()) ? stored?.snapshot : data.followers ? data : null;
      // Nothing read of this profile yet, and the payload has no follower count: the page's read will come first.
      if (!base) return { ok: true, data: null };
      return { ok: true, data: await answerRead(base === data ? data : withPageData(base, data), deps) };
    }
    case 'content:page-data': {
      // Read for the sending page's own URL, never one the message names; null tells the page to read its DOM.
      const result = READERS[message.ref.platform].readPageData?.(message, origin.url);
      if (!result?.ok || !result.snapshot.followers || !senderShows(origin.url, result.snapshot, true)) {
        return { ok: true, data: null };
      }
      return { ok: true, data: await answerRead(result.snapshot, deps) };
    }
    case 'content:profile-unreadable':
      console.info(`Creator Lens: could not read ${profileKey(message.ref)}: ${message.error}`);
      return { ok: true, data: null };
    case 'content:set-saved':
      return setSaved(message.ref, message.saved, deps);
    case 'content:get-view': {
      const record = await deps.store.get(message.ref);
      const settings = await deps.settings();
      const browserLang = deps.browserLang();
      const lang = displayLang(settings, browserLang);
      const data: ContentView = {
        overlay: settings.overlay[message.ref.platform] !== false,
        view: record ? await view(record, deps) : null,
        // The overlay's texts come with the view, in the language settings choose (else the browser's, as i18n would
        // pick among our locales): the page never calls i18n.getMessage, whose first call in a page's process fetched
        // the extension's whole message bundle synchronously, 3–5 ms of that page's main thread (Chromium 156).
        lang,
        messages: LOCALES[scoringLang(settings, browserLang)],
        ...withGrouping(lang),
      };
      return { ok: true, data };
    }
  }
}

/** Scores a page's snapshot once and answers with its view; the history write lands after the answer. */
async function answerRead(snapshot: ProfileSnapshot, deps: Call): Promise<ProfileView> {
  const now = new Date();
  const [previous, settings] = await Promise.all([deps.store.get(snapshot), deps.settings()]);
  // Scored once; the history point of this visit is left out of its own score (scoreRecord), so its rate can be
  // filled in afterwards.
  const seen = withFreshSnapshot(previous, snapshot, null, now);
  const insight = scoreRecord(seen, settings, deps.browserLang());
  const rate = insight.engagement?.rate ?? null;
  // A page read is not a save: the page gets its answer now, and the write lands under the lock after it.
  deps.store
    .recordSnapshot(snapshot, rate, now, summaryOf(seen, insight))
    .catch((error: unknown) => console.error(`Creator Lens: could not store ${profileKey(snapshot)}`, error));
  return view(withFreshSnapshot(previous, snapshot, rate, now), deps, insight);
}

async function fromUi(message: UiToBackground, deps: Call): Promise<Reply<unknown>> {
  switch (message.kind) {
    case 'ui:get-profile': {
      const record = await deps.store.get(message.ref);
      return { ok: true, data: record ? await view(record, deps) : null };
    }
    case 'ui:set-saved':
      return setSaved(message.ref, message.saved, deps);
    case 'ui:update-entry': {
      const { kind: _, ref, ...change } = message;
      // Refused before any write: the update would rewrite an unsaved record, or set an invalid one aside.
      if (!(await deps.store.validRecord(ref))?.saved) return fail('not in the shortlist');
      const record = await deps.store.updateEntry(ref, change);
      if (!record?.saved) return fail('not in the shortlist');
      await deps.notify(ref);
      return { ok: true, data: await view(record, deps) };
    }
    case 'ui:list-shortlist':
      return { ok: true, data: (await deps.store.shortlistEntries()).map(shortlistRow) };
    case 'ui:unsave-many': {
      const removed = await deps.store.unsaveMany(message.refs);
      await Promise.all(removed.map((r) => deps.notify(r.ref)));
      return { ok: true, data: removed };
    }
    case 'ui:restore-saved': {
      const restored = await deps.store.restoreSaved(message.entries);
      await Promise.all(message.entries.map((e) => deps.notify(e.ref)));
      return { ok: true, data: restored };
    }
    case 'ui:edit-lists': {
      const { refs, add, remove, set } = message;
      return { ok: true, data: await deps.store.editLists(refs, { add, remove, set }) };
    }
    case 'ui:compare': {
      const records = await Promise.all(message.refs.map((ref) => deps.store.get(ref)));
      const found = records.filter((r): r is ProfileRecord => r !== null);
      return { ok: true, data: await Promise.all(found.map((r) => view(r, deps))) };
    }
    case 'ui:export': {
      const saved = await deps.store.saved();
      const exported = await exportShortlist(saved, message.format, message.lang, deps);
      // Profiles set aside whole are not in the file: the popup says how many (storage/set-aside.ts).
      const leftOut = (await deps.store.setAsideItems()).filter(isWholeProfile).length;
      return { ok: true, data: { ...exported, leftOut } };
    }
    case 'ui:import': {
      // The whole file is checked before storage is read: a full read sets invalid records aside, which writes.
      const parsed = parseImport(message.text, message.fileName);
      if (!parsed.ok) return fail(`rejected: ${parsed.error}`);
      // A preview writes nothing; applying sets invalid stored values aside first, so none is overwritten unseen.
      const existing = message.apply ? await deps.store.all() : await deps.store.validRecords();
      const plan = mergeImport(existing, parsed);
      if (plan.report.error) return fail(`rejected: ${plan.report.error}`);
      if (message.apply) {
        await deps.store.writeMany(plan.records);
        await Promise.all(plan.records.map((r) => deps.notify(r.ref)));
      }
      return { ok: true, data: { applied: message.apply, report: plan.report } };
    }
    case 'ui:get-settings':
      return { ok: true, data: await deps.getSettings() };
    case 'ui:set-settings':
      return deps.setSettings(message.settings);
    case 'ui:storage-status':
      return { ok: true, data: await storageStatus(deps) };
    case 'ui:restore-set-aside': {
      const why = await deps.store.restoreSetAside(message.id);
      return why === null ? { ok: true, data: true } : fail(`not restored: ${why}`);
    }
    case 'ui:discard-set-aside':
      return { ok: true, data: await deps.store.discardSetAside(message.ids) };
    case 'ui:export-set-aside': {
      const day = new Date().toISOString().slice(0, 10);
      const text = JSON.stringify({ setAside: await deps.store.setAsideItems() }, null, 2);
      return { ok: true, data: { text, fileName: `creator-lens-set-aside-${day}.json`, mime: 'application/json' } };
    }
  }
}

const isWholeProfile = (item: SetAsideItem) => item.field === undefined && item.key.startsWith(KEY.profilePrefix);

/** What the Settings tab lists under "Set aside": each item's value cut to a preview, never the whole of it. */
async function storageStatus(deps: Call): Promise<StorageStatus> {
  const items = await deps.store.setAsideItems();
  return {
    frozen: deps.store.frozen,
    settingsProblems: await deps.settingsProblems(),
    setAside: items.map((item) => ({
      id: item.id,
      key: item.key,
      field: item.field ?? null,
      reason: item.reason.slice(0, 500),
      at: item.at,
      preview: previewOf(item.value),
      restorable: isWholeProfile(item),
    })),
  };
}

function previewOf(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

async function setSaved(ref: ProfileRef, saved: boolean, deps: Call): Promise<Reply<unknown>> {
  const notRead = fail(`not read yet: open ${profileKey(ref)} first`);
  // Refused before any write: the update would set an invalid stored record aside first.
  if (!(await deps.store.validRecord(ref))) return notRead;
  const record = await deps.store.setSaved(ref, saved);
  if (!record) return notRead;
  await deps.notify(ref);
  return { ok: true, data: await view(record, deps) };
}

/** `insight`: already scored for this record in this message. */
async function view(record: ProfileRecord, deps: Call, scored?: Insight): Promise<ProfileView> {
  const settings = await deps.settings();
  const insight = scored ?? scoreRecord(record, settings, deps.browserLang());
  return {
    key: profileKey(record.ref),
    ref: record.ref,
    snapshot: record.snapshot,
    insight,
    shown: shownFigures(record, insight, displayLang(settings, deps.browserLang())),
    saved: record.saved,
    history: record.history,
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
  };
}

function withGrouping(lang: string): Pick<ContentView, 'grouping'> {
  const grouping = groupingOf(lang);
  return grouping ? { grouping } : {};
}

/** Numbers formatted here, where Intl is warm: a page's first Intl call costs it 15–35 ms (see locale-facts.ts). */
function shownFigures(record: ProfileRecord, insight: Insight, lang: string): ShownFigures {
  const followers = record.snapshot.followers;
  const e = insight.engagement;
  return {
    lang,
    followers: followers ? formatCount(followers, lang) : null,
    engagement: e ? formatPercentRange(e.low, e.high, e.rate, lang) : null,
  };
}

async function exportShortlist(saved: ProfileRecord[], format: 'csv' | 'json', lang: 'en' | 'es', deps: Call) {
  const day = new Date().toISOString().slice(0, 10);
  const settings = await deps.settings();
  if (format === 'json') {
    const figures = (record: ProfileRecord) => scoreRecord(record, settings, deps.browserLang())?.figures;
    const text = shortlistToJson(saved, new Date(), figures);
    return { text, fileName: `creator-lens-shortlist-${day}.json`, mime: 'application/json' };
  }
  const rows = saved.map((record) => ({ record, insight: scoreRecord(record, settings, deps.browserLang()) }));
  return { text: shortlistToCsv(rows, { lang }), fileName: `creator-lens-shortlist-${day}.csv`, mime: 'text/csv' };
}

/** A snapshot must come from the page showing that profile; other requests only need the same site. */
function senderShows(url: URL, ref: ProfileRef, strict: boolean): boolean {
  const shown = profileAt(url.href);
  if (strict) return shown !== null && sameProfile(shown, ref);
  return siteOfHost(url.hostname)?.platform === ref.platform;
}

function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'message'}: ${issue.message}` : 'invalid';
}
