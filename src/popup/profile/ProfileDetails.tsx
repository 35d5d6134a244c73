import type { MessageKey } from '../../core/catalogue.ts';
import type { Count } from '../../core/count.ts';
import type { Insight } from '../../core/insight.ts';
import { COUNT_FIELDS } from '../../core/snapshot.ts';
import type { ProfileView } from '../../messages/view.ts';
import { formatCountRange } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';
import { sourceInWords } from '../../ui/source-words.ts';

const LABEL: Record<(typeof COUNT_FIELDS)[number], MessageKey> = {
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

function where(view: ProfileView, field: string): string {
  const source = view.snapshot.sources[field];
  if (source) return sourceInWords(field, source);
  const missing = view.snapshot.missing?.[field];
  return missing ? t('srcNotRead', missing) : '';
}

/** Authenticity signals, in full: shown with the figures, not folded away. */
export function Signals({ insight }: { insight: Insight | null }) {
  if (!insight || insight.signals.length === 0) return null;
  return (
    <>
      <h2>{t('signals')}</h2>
      <ul data-testid="cl-signals">
        {insight.signals.map((s) => (
          <li key={s.code} class={s.severity === 'warn' ? 'cl-warn' : ''}>
            {s.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Folded at the bottom: each count with its precision and where it was read (in words), the formula, the benchmark. */
export function ProfileDetails({ view, lang }: { view: ProfileView; lang: string }) {
  const { snapshot, insight } = view;
  return (
    <details class="cl-details" data-testid="cl-where-read">
      <summary>{t('whereRead')}</summary>
      <table>
        <tbody>
          {COUNT_FIELDS.map((field) => {
            const count = snapshot[field] as Count | null;
            return (
              <tr key={field}>
                <th scope="row">{t(LABEL[field])}</th>
                <td>{count ? formatCountRange(count, lang) : '—'}</td>
                <td class="cl-muted">{where(view, field)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('recentPosts')}</th>
            <td>{snapshot.recentPosts.length}</td>
            <td class="cl-muted">{where(view, 'recentPosts')}</td>
          </tr>
        </tbody>
      </table>
      {insight?.engagement && (
        <>
          <h2>{t('howCalculated')}</h2>
          <p data-testid="cl-method">{insight.engagement.method}</p>
          {secondary(insight) && <p class="cl-muted">{secondary(insight)}</p>}
        </>
      )}
      {insight?.benchmark && (
        <>
          <h2>{t('benchmark')}</h2>
          <p>{(insight.benchmark as { text?: string }).text ?? ''}</p>
          <p class="cl-muted" data-testid="cl-benchmark-source">
            {t('source')}: {insight.benchmark.source}
            {insight.benchmark.date ? ` (${insight.benchmark.date})` : ''}
          </p>
        </>
      )}
    </details>
  );
}
