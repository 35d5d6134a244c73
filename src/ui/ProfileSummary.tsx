/** @jsxImportSource ./dom-jsx */
// Plain DOM (dom-jsx), so the overlay needs no renderer; the popup mounts it with DomIsland.
import { isExact } from '../core/count.ts';
import type { Insight } from '../core/insight.ts';
import type { ProfileView } from '../messages/view.ts';
import { formatCount, formatPercentRange } from './format.ts';
import { t } from './i18n.ts';

interface Props {
  view: ProfileView;
  lang: string;
  /** Called with the new saved state; the parent sends it to the background. */
  onToggleSave(saved: boolean): void;
  /** How many fit reasons to list (the overlay shows the top two, the popup all). */
  reasons?: number;
}

const VERDICT_CLASS: Record<Insight['fit']['verdict'], string> = {
  strong: 'good',
  possible: 'maybe',
  weak: 'bad',
  'outside-range': 'neutral',
  'insufficient-data': 'neutral',
};

/** Tier, followers, engagement, verdict and Save: the core of both the overlay card and the popup. */
export function ProfileSummary({ view, lang, onToggleSave, reasons = 2 }: Props): Node {
  const { snapshot, insight } = view;
  const followers = snapshot.followers;
  const engagement = insight?.engagement ?? null;
  // Formatted by the background when it can (no Intl start-up in the page); the same rule otherwise.
  const shown = view.shown?.lang === lang ? view.shown : null;
  return (
    <div class="cl-summary">
      <div class="cl-row cl-head">
        <Handle handle={snapshot.handle} name={snapshot.displayName} />
        <span class="cl-tier" data-testid="cl-tier">
          {insight?.tier.label ?? '—'}
        </span>
      </div>
      <div class="cl-row" data-testid="cl-followers" data-value={followers?.value ?? ''}>
        {followers ? (
          <FollowerCount text={shown?.followers ?? formatCount(followers, lang)} exact={isExact(followers)} />
        ) : (
          <span class="cl-warn">{t('couldNotRead', t('followers'))}</span>
        )}
      </div>
      <div class="cl-row" data-testid="cl-engagement">
        {engagement ? (
          <>
            {t('engagement')}{' '}
            <strong>
              {shown?.engagement ?? formatPercentRange(engagement.low, engagement.high, engagement.rate, lang)}
            </strong>
            <span class="cl-muted">
              {' '}
              ({t(engagement.basis === 'views' ? 'byViews' : 'byFollowers')}, {t('postsSample', engagement.sample)})
            </span>
          </>
        ) : (
          <span class="cl-muted">{t('engagementUnknown')}</span>
        )}
      </div>
      {insight?.benchmark?.ratio != null && <div class="cl-row cl-muted">{benchmarkText(insight)}</div>}
      <div class={`cl-fit cl-${insight ? VERDICT_CLASS[insight.fit.verdict] : 'neutral'}`} data-testid="cl-fit">
        <div class="cl-verdict" data-verdict={insight?.fit.verdict ?? ''}>
          {insight ? t(`verdict_${insight.fit.verdict.replace('-', '_')}`) : t('notScored')}
        </div>
        {insight && (
          <ul>
            {insight.fit.reasons.slice(0, reasons).map((r) => (
              <li key={r.code}>{r.text}</li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        class="cl-save"
        data-testid="cl-save"
        aria-pressed={view.saved ? 'true' : 'false'}
        onClick={() => onToggleSave(!view.saved)}
      >
        {view.saved ? `★ ${t('saved')}` : `☆ ${t('saveToShortlist')}`}
      </button>
    </div>
  );
}

export function Handle({ handle, name }: { handle: string; name?: string | null }): Node {
  return (
    <span class="cl-handle" title={name ?? handle}>
      @{handle}
    </span>
  );
}

/** "48,213 followers · exact": the count as formatted, and its precision. */
export function FollowerCount({ text, exact }: { text: string; exact: boolean }): Node {
  return (
    <>
      <strong>{text}</strong> {t('followers')}
      <span class="cl-muted"> · {exact ? t('exact') : t('rounded')}</span>
    </>
  );
}

function benchmarkText(insight: Insight): string {
  const withText = insight.benchmark as { text?: unknown } | null;
  return typeof withText?.text === 'string' ? withText.text : '';
}
