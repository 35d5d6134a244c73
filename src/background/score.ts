import type { Insight } from '../core/insight.ts';
import { type Lang, scoreProfile } from '../core/scoring/index.ts';
import type { AppSettings } from '../core/settings.ts';
import type { ProfileRecord, RecordSummary } from '../storage/schema.ts';

/** The language the UI shows numbers and dates in: the one chosen in settings, else the browser's. */
export function displayLang(settings: AppSettings, uiLang: string): string {
  // A browser may name its language with an underscore (es_419); Intl, which formats in it, wants BCP 47.
  return settings.uiLang === 'auto' ? uiLang.replaceAll('_', '-') || 'en' : settings.uiLang;
}

export function scoringLang(settings: AppSettings, uiLang: string): Lang {
  return displayLang(settings, uiLang).toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Scores a stored record with the user's settings, its earlier visits and the UI language; done on every view. */
export function scoreRecord(record: ProfileRecord, settings: AppSettings, uiLang: string): Insight {
  const earlier = record.history.filter((point) => point.at !== record.snapshot.readAt);
  return scoreProfile(record.snapshot, {
    settings: settings.scoring,
    history: earlier,
    lang: scoringLang(settings, uiLang),
    now: new Date(),
  });
}

/** The few figures a shortlist row shows, cached with the record. */
export function summaryOf(record: ProfileRecord, insight: Insight): RecordSummary {
  const e = insight.engagement;
  return {
    tier: insight.tier.id,
    tierLabel: insight.tier.label,
    followers: record.snapshot.followers?.value ?? null,
    rate: e?.rate ?? null,
    low: e?.low ?? null,
    high: e?.high ?? null,
    basis: e?.basis ?? null,
    verdict: insight.fit.verdict,
    score: insight.fit.score,
  };
}
