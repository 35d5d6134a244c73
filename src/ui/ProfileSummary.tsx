/** @jsxImportSource ./dom-jsx */
// Plain DOM (dom-jsx), so the overlay needs no renderer; the popup mounts it with DomIsland.

import { keyPart } from '../core/catalogue.ts';
import { isExact } from '../core/count.ts';
import { type Insight, isJudged } from '../core/insight.ts';
import type { ProfileView } from '../messages/view.ts';
import { audienceNoun } from './audience.ts';
import { formatCount } from './format.ts';
import { t } from './i18n.ts';

interface Props {
  view: ProfileView;
  lang: string;
  /** Called with the new saved state; the parent sends it to the background. */
  onToggleSave(saved: boolean): void;
  /** Given right after an unsave: shows Undo, which puts the entry back with its notes, tags and lists. */
  onUndo?: (() => void) | null;
  /** The popup shows the reasons unfolded; the card folds them to stay small. */
  openReasons?: boolean;
}

const VERDICT_CLASS: Record<Insight['fit']['verdict'], string> = {
  strong: 'good',
  possible: 'maybe',
  weak: 'bad',
  'outside-range': 'neutral',
  'insufficient-data': 'neutral',
};

/** Who, the verdict with its score and reasons, then followers, engagement and Save: the card's and popup's core. */
export function ProfileSummary({ view, lang, onToggleSave, onUndo, openReasons }: Props): Node {
  const { snapshot, insight } = view;
  const followers = snapshot.followers;
  const engagement = insight?.engagement ?? null;
  const headline = insight?.headline ?? null;
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
      {/* The decision first, under whose card it is; the figures behind it follow (the overlay e2e asserts it). */}
      {insight ? (
        <Verdict insight={insight} openReasons={openReasons} />
      ) : (
        <div class="cl-fit cl-neutral" data-testid="cl-fit">
          <div class="cl-verdict">{t('notScored')}</div>
        </div>
      )}
      <div class="cl-row" data-testid="cl-followers" data-value={followers?.value ?? ''}>
        {followers ? (
          <FollowerCount
            text={shown?.followers ?? formatCount(followers, lang)}
            exact={isExact(followers)}
            noun={audienceNoun(view.ref.platform)}
          />
        ) : (
          <span class="cl-warn">{t('couldNotRead', t('followers'))}</span>
        )}
      </div>
      <div class="cl-row" data-testid="cl-engagement" data-rate={engagement?.rate ?? ''}>
        {headline ? (
          <>
            {headline.label}{' '}
            {headline.figure !== null ? (
              <>
                <strong>{headline.figure}</strong> {headline.of}
              </>
            ) : null}
            {headline.rating && <div class="cl-rating">{headline.rating}</div>}
            <div class="cl-muted">{headline.detail}</div>
          </>
        ) : (
          <span class="cl-muted">{t('engagementUnknown')}</span>
        )}
      </div>
      {insight?.sample && (
        <div class="cl-row cl-muted" data-testid="cl-sample">
          {sampleLine(insight.sample)}
        </div>
      )}
      {/* One row whatever the state, so saving or undoing never changes the card's size. */}
      <div class="cl-save-row">
        <button
          type="button"
          class="cl-save"
          data-testid="cl-save"
          aria-pressed={view.saved ? 'true' : 'false'}
          onClick={() => onToggleSave(!view.saved)}
        >
          {view.saved ? `★ ${t('saved')}` : `☆ ${t('saveToShortlist')}`}
        </button>
        {onUndo && !view.saved && (
          <button type="button" class="cl-undo" data-testid="cl-undo-unsave" title={t('undoUnsave')} onClick={onUndo}>
            {t('undo')}
          </button>
        )}
      </div>
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

/**
 * "48,213 followers" when exact; "about 4.7M subscribers · as the site rounds it" when the page rounds: the count in
 * the site's own word, its precision in plain words.
 */
export function FollowerCount({
  text,
  exact,
  noun = 'followers',
}: {
  text: string;
  exact: boolean;
  noun?: 'followers' | 'subscribers';
}): Node {
  return (
    <>
      <strong>{exact ? text : t('followersAbout', text.replace(/^≈\s*/, ''))}</strong> {t(noun)}
      <span class="cl-muted"> · {exact ? t('exactCount') : t('asSiteRounds')}</span>
    </>
  );
}

// A score is shown only beside a verdict it stands for; "not enough data" and "outside the range" have none.
/** The verdict first, with its 0–100 score, then every reason behind it. */
// Whether the reader unfolded the card's reasons; one card per page, so one flag per page.
let cardReasonsOpen = false;

function Verdict({ insight, openReasons }: { insight: Insight; openReasons: boolean | undefined }): Node {
  const { verdict, score } = insight.fit;
  return (
    <div class={`cl-fit cl-${VERDICT_CLASS[verdict]}`} data-testid="cl-fit" data-score={score}>
      <div class="cl-verdict" data-verdict={verdict}>
        {t(`verdict_${keyPart(verdict)}`)}
        {isJudged(verdict) && (
          <span class="cl-score" data-testid="cl-score">
            {' '}
            · {t('scoreOutOf', String(score))}
          </span>
        )}
      </div>
      {/* Every reason, one line each, folded so the card stays small; the summary says how many there are. */}
      <details
        class="cl-reasons"
        data-testid="cl-reasons"
        open={openReasons ?? cardReasonsOpen}
        onToggle={(e: Event) => {
          // The card is drawn again on every change (mount.ts): it keeps the reader's choice across redraws.
          if (openReasons === undefined) cardReasonsOpen = (e.currentTarget as HTMLDetailsElement).open;
        }}
      >
        <summary>{t('reasonsSummary', insight.fit.reasons.length)}</summary>
        <ul>
          {insight.fit.reasons.map((r) => (
            <li key={r.code} data-code={r.code}>
              {r.text}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** "12 posts from the last 90 days · left out: 1 pinned". */
function sampleLine(sample: NonNullable<Insight['sample']>): string {
  return sample.excludedText ? `${sample.text} · ${sample.excludedText}` : sample.text;
}
