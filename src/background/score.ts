import type { Insight } from '../core/insight.ts';
import { type Lang, scoreProfile } from '../core/scoring/index.ts';
import type { AppSettings } from '../core/settings.ts';
import type { ProfileRecord } from '../storage/schema.ts';

/** Scores a stored record with the user's settings, its earlier visits and the UI language; done on every view. */
export function scoreRecord(record: ProfileRecord, settings: AppSettings, uiLang: string): Insight {
  const chosen = settings.uiLang === 'auto' ? uiLang : settings.uiLang;
  const lang: Lang = chosen.toLowerCase().startsWith('es') ? 'es' : 'en';
  const earlier = record.history.filter((point) => point.at !== record.snapshot.readAt);
  return scoreProfile(record.snapshot, { settings: settings.scoring, history: earlier, lang, now: new Date() });
}
