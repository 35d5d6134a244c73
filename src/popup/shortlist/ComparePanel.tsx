import { keyPart } from '../../core/catalogue.ts';
import type { Count } from '../../core/count.ts';
import type { ProfileView } from '../../messages/view.ts';
import { audienceNoun } from '../../ui/audience.ts';
import { FIGURE_IDS, figureLabel, figureText } from '../../ui/figure-text.ts';
import { formatCount, formatPercentRange } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

const dash = '—';
const count = (c: Count | null, lang: string) => (c ? formatCount(c, lang) : dash);

/** 2–4 profiles side by side: the figures a marketer weighs, one column each. */
export function ComparePanel({ views, lang, onClose }: { views: ProfileView[]; lang: string; onClose(): void }) {
  const rows: Array<[string, (v: ProfileView) => string]> = [
    [t('platform'), (v) => t(`site_${v.ref.platform}`)],
    [t('tier'), (v) => v.insight?.tier.label ?? dash],
    [t('followers'), (v) => count(v.snapshot.followers, lang)],
    [
      t('engagement'),
      (v) =>
        v.insight?.engagement
          ? formatPercentRange(v.insight.engagement.low, v.insight.engagement.high, v.insight.engagement.rate, lang)
          : dash,
    ],
    [
      t('basis'),
      (v) => (v.insight?.engagement ? t(v.insight.engagement.basis === 'views' ? 'byViews' : 'byFollowers') : dash),
    ],
    [t('benchmark'), (v) => (v.insight?.benchmark as { text?: string } | null)?.text ?? dash],
    [t('verdict'), (v) => (v.insight ? t(`verdict_${keyPart(v.insight.fit.verdict)}`) : dash)],
    [t('score'), (v) => (v.insight ? String(v.insight.fit.score) : dash)],
    [t('signals'), (v) => (v.insight?.signals.filter((s) => s.severity === 'warn').length ?? 0).toString()],
    [t('postsCount'), (v) => count(v.snapshot.posts, lang)],
    [t('recentPosts'), (v) => String(v.snapshot.recentPosts.length)],
    // The page's own figures, each as the popup words it (an estimate is labelled as one).
    ...FIGURE_IDS.map((id): [string, (v: ProfileView) => string] => [
      figureLabel(id),
      (v) => (v.insight?.figures ? figureText(id, v.insight.figures, lang, audienceNoun(v.ref.platform)) : dash),
    ]),
  ];
  return (
    <section class="cl-compare" data-testid="cl-compare" aria-label={t('compare')}>
      <div class="cl-bar">
        <strong>{t('compare')}</strong>
        <button type="button" class="cl-plain" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th />
            {views.map((v) => (
              <th key={v.key} scope="col">
                @{v.ref.handle}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {views.map((v) => (
                <td key={v.key}>{cell(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
