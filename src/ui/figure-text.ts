// The page's own figures (insight.figures) in words, for the popup's key figures and the compare view.

import type { MessageKey } from '../core/catalogue.ts';
import type { InsightFigures } from '../core/insight.ts';
import { TREND_MIN_PER_HALF } from '../core/scoring/trend.ts';
import { formatPercent } from './format.ts';
import { t } from './i18n.ts';

export type FigureId = 'views' | 'rhythm' | 'trend' | 'sponsored' | 'contact' | 'price';
export const FIGURE_IDS: readonly FigureId[] = ['views', 'price', 'rhythm', 'trend', 'sponsored', 'contact'];

const LABEL: Record<FigureId, MessageKey> = {
  views: 'figViews',
  rhythm: 'figRhythm',
  trend: 'figTrend',
  sponsored: 'figSponsored',
  contact: 'figContact',
  price: 'figPrice',
};

export const figureLabel = (id: FigureId): string => t(LABEL[id]);

const compact = (n: number, lang: string) =>
  new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
const decimal = (n: number, lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);
const usd = (n: number, lang: string) =>
  new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 0,
    maximumFractionDigits: Number.isInteger(n) || n >= 100 ? 0 : 2,
  }).format(n);
const day = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(iso));
const signed = (fraction: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
    fraction,
  );

/**
 * One figure in words; `audience`: what the site calls followers (YouTube: subscribers); `minPosts` is the settings'
 * minimum (the views figure says it when it is missing).
 */
export function figureText(
  id: FigureId,
  f: InsightFigures,
  lang: string,
  audience: 'followers' | 'subscribers' = 'followers',
  minPosts = 5,
): string {
  switch (id) {
    case 'views': {
      const v = f.views;
      if (!v) return t('figViewsNone', minPosts);
      return v.perFollower === null
        ? t('figViewsNoFollowers', compact(v.median, lang), v.posts)
        : t(
            audience === 'subscribers' ? 'figViewsValueSubscribers' : 'figViewsValue',
            compact(v.median, lang),
            formatPercent(v.perFollower, lang),
            v.posts,
          );
    }
    case 'rhythm': {
      const r = f.rhythm;
      if (!r) return t('figRhythmNone');
      return t(
        'figRhythmValue',
        r.postsPerWeek === null ? '—' : decimal(r.postsPerWeek, lang),
        decimal(r.longestGapDays, lang),
        day(r.from, lang),
        day(r.to, lang),
        r.posts,
      );
    }
    case 'trend': {
      const tr = f.trend;
      if (tr.metric === null) return t('figTrendNone', tr.posts, 2 * TREND_MIN_PER_HALF);
      return t(
        'figTrendValue',
        tr.change === null ? '—' : signed(tr.change, lang),
        tr.newerPosts,
        compact(tr.newer, lang),
        tr.olderPosts,
        compact(tr.older, lang),
        t(tr.metric === 'views' ? 'figTrendViews' : 'figTrendInteractions'),
      );
    }
    case 'sponsored': {
      const s = f.sponsored;
      if (!('sponsored' in s)) return t('figSponsoredNone');
      const share = t('figSponsoredValue', s.sponsored, s.read, formatPercent(s.share, lang));
      if (s.mentioned.length === 0) return share;
      return `${share} · ${t('figSponsoredMentioned', s.mentioned.map((m) => `@${m.handle} ×${m.posts}`).join(', '))}`;
    }
    case 'contact': {
      const c = f.contact;
      if (!c) return t('figContactNone');
      const parts = [c.email, c.link].filter((x): x is string => !!x);
      return parts.length > 0 ? parts.join(' · ') : t('figContactEmpty');
    }
    case 'price': {
      const p = f.price;
      if (!p) return t('figPriceNone');
      return t('figPriceValue', usd(p.low, lang), usd(p.high, lang), usd(p.cpmLow, lang), usd(p.cpmHigh, lang));
    }
  }
}
