import { mergeImport, parseImport, shortlistToCsv, shortlistToJson } from '../exchange/index.ts';
import type { Reply, UiToBackground } from '../messages/protocol.ts';
import type { ProfileRecord } from '../storage/schema.ts';
import { isWholeProfile } from '../storage/set-aside.ts';
import { type Call, fail } from './call.ts';
import { scoreRecord } from './score.ts';

type ExportMessage = Extract<UiToBackground, { kind: 'ui:export' }>;
type ImportMessage = Extract<UiToBackground, { kind: 'ui:import' }>;

/** The shortlist as a file, scored as the popup shows it, and how many profiles set aside it leaves out. */
export async function exportShortlist(message: ExportMessage, deps: Call) {
  const saved = await deps.store.saved();
  const exported = await shortlistFile(saved, message.format, message.lang, deps);
  // Profiles set aside whole are not in the file: the popup says how many (storage/set-aside.ts).
  const leftOut = (await deps.store.setAsideItems()).filter(isWholeProfile).length;
  return { ...exported, leftOut };
}

/** An import previewed, or applied and the tabs showing its profiles told. */
export async function importShortlist(message: ImportMessage, deps: Call): Promise<Reply<unknown>> {
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

async function shortlistFile(saved: ProfileRecord[], format: 'csv' | 'json', lang: 'en' | 'es', deps: Call) {
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
