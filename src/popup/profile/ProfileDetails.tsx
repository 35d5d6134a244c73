import type { Count } from '../../core/count.ts';
import type { Insight } from '../../core/insight.ts';
import { COUNT_FIELDS } from '../../core/snapshot.ts';
import type { ProfileView } from '../../messages/view.ts';
import { formatCountRange } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

const LABEL: Record<(typeof COUNT_FIELDS)[number], string> = {
  followers: 'followers',
  following: 'following',
  posts: 'postsCount',
  totalLikes: 'totalLikes',
};

/** The second engagement basis (TikTok: by followers besides by views), in words, when there is one. */
function secondary(insight: Insight): string | null {
  const extra = (insight.engagement as { secondary?: { method?: string } | null } | null)?.secondary;
  return extra?.method ?? null;
}

/** Each count with its precision and where it was read, then reasons and signals in full. */
export function ProfileDetails({ view, lang }: { view: ProfileView; lang: string }) {
  const { snapshot, insight } = view;
  return (
    <div class="cl-details">
      <h3>{t('counts')}</h3>
      <table>
        <tbody>
          {COUNT_FIELDS.map((field) => {
            const count = snapshot[field] as Count | null;
            return (
              <tr key={field}>
                <th scope="row">{t(LABEL[field])}</th>
                <td>{count ? formatCountRange(count, lang) : '—'}</td>
                <td class="cl-muted">{snapshot.sources[field] ?? snapshot.missing?.[field] ?? ''}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('recentPosts')}</th>
            <td>{snapshot.recentPosts.length}</td>
            <td class="cl-muted">{snapshot.sources.recentPosts ?? snapshot.missing?.recentPosts ?? ''}</td>
          </tr>
        </tbody>
      </table>
      {insight?.engagement && (
        <>
          <h3>{t('howCalculated')}</h3>
          <p data-testid="cl-method">{insight.engagement.method}</p>
          {secondary(insight) && <p class="cl-muted">{secondary(insight)}</p>}
        </>
      )}
      {insight?.benchmark && (
        <>
          <h3>{t('benchmark')}</h3>
          <p>{(insight.benchmark as { text?: string }).text ?? ''}</p>
          <p class="cl-muted" data-testid="cl-benchmark-source">
            {t('source')}: {insight.benchmark.source}
            {insight.benchmark.date ? ` (${insight.benchmark.date})` : ''}
          </p>
        </>
      )}
      {insight && insight.signals.length > 0 && (
        <>
          <h3>{t('signals')}</h3>
          <ul>
            {insight.signals.map((s) => (
              <li key={s.code} class={s.severity === 'warn' ? 'cl-warn' : ''}>
                {s.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
