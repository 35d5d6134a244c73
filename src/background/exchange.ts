import { shortlistToCsv, shortlistToJson } from '../exchange/index.ts';
import type { ProfileRecord } from '../storage/schema.ts';
import type { Call } from './call.ts';
import { scoreRecord } from './score.ts';

export async function exportShortlist(saved: ProfileRecord[], format: 'csv' | 'json', lang: 'en' | 'es', deps: Call) {
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
