import type { HistoryPoint } from '../../storage/schema.ts';
import { t } from '../../ui/i18n.ts';

const W = 340;
const H = 70;

/** Followers over the visits we recorded: a small line, first and last value labelled. SVG, no library. */
export function GrowthChart({ history, lang }: { history: HistoryPoint[]; lang: string }) {
  const points = history
    .filter((p) => p.followers !== null)
    .map((p) => ({ at: Date.parse(p.at), value: p.followers?.value ?? 0 }))
    .filter((p) => Number.isFinite(p.at));
  if (points.length < 2) return <p class="cl-muted">{t('growthOneVisit')}</p>;
  const t0 = points[0]?.at ?? 0;
  const t1 = points.at(-1)?.at ?? 1;
  const lo = Math.min(...points.map((p) => p.value));
  const hi = Math.max(...points.map((p) => p.value));
  const x = (at: number) => (t1 === t0 ? W / 2 : ((at - t0) / (t1 - t0)) * (W - 8) + 4);
  const y = (v: number) => (hi === lo ? H / 2 : H - 6 - ((v - lo) / (hi - lo)) * (H - 12));
  const nf = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const df = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const first = points[0];
  const last = points.at(-1);
  return (
    <figure class="cl-chart" data-testid="cl-growth">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-label={t('growthChartLabel')}>
        <polyline
          fill="none"
          stroke="var(--cl-accent)"
          stroke-width="2"
          points={points.map((p) => `${x(p.at)},${y(p.value)}`).join(' ')}
        />
        {points.map((p) => (
          <circle key={p.at} cx={x(p.at)} cy={y(p.value)} r="2.5" fill="var(--cl-accent)" />
        ))}
      </svg>
      {first && last && (
        <figcaption class="cl-muted">
          {df.format(first.at)}: {nf.format(first.value)} → {df.format(last.at)}: {nf.format(last.value)}
        </figcaption>
      )}
    </figure>
  );
}
