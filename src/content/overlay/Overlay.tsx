/** @jsxImportSource ../../ui/dom-jsx */
import type { ProfileView } from '../../messages/view.ts';
import { t } from '../../ui/i18n.ts';
import { FollowerCount, Handle, ProfileSummary } from '../../ui/ProfileSummary.tsx';

export type OverlayState =
  | { phase: 'reading' }
  /** The page read an exact follower count and the worker is scoring it: the count is shown in the same frame. */
  | { phase: 'scoring'; handle: string; followers: number; text: string }
  | { phase: 'unreadable'; missing: string[]; diagnostic: string }
  | { phase: 'ready'; view: ProfileView };

interface Props {
  state: OverlayState;
  lang: string;
  dark: boolean;
  collapsed: boolean;
  onCollapse(collapsed: boolean): void;
  onToggleSave(saved: boolean): void;
  /** Present while the card offers to undo an unsave. */
  onUndo: (() => void) | null;
  onHide(): void;
}

/**
 * The card on the profile page: collapsible to a pill, hideable, keyboard reachable. Stateless (mount.ts keeps the
 * state and draws it again), built as plain DOM by dom-jsx.
 */
export function Overlay({ state, lang, dark, collapsed, onCollapse, onToggleSave, onUndo, onHide }: Props): Node {
  const theme = dark ? 'cl-dark' : 'cl-light';
  if (collapsed) {
    const label = state.phase === 'ready' ? (state.view.insight?.tier.label ?? 'Creator Lens') : 'Creator Lens';
    return (
      <button
        type="button"
        class={`cl-pill ${theme}`}
        data-testid="cl-expand"
        aria-label={t('expand')}
        onClick={() => onCollapse(false)}
      >
        ◉ {label}
      </button>
    );
  }
  return (
    <section class={`cl-card ${theme}`} aria-label="Creator Lens">
      <header class="cl-bar">
        <span class="cl-brand">◉ Creator Lens</span>
        <span>
          <IconButton id="cl-collapse" label={t('collapse')} onClick={() => onCollapse(true)} text="–" />
          <IconButton id="cl-hide" label={t('hideOverlay')} onClick={onHide} text="×" />
        </span>
      </header>
      {state.phase === 'reading' && <p class="cl-muted">{t('reading')}</p>}
      {state.phase === 'scoring' && <Scoring {...state} />}
      {state.phase === 'unreadable' && <Unreadable missing={state.missing} diagnostic={state.diagnostic} />}
      {state.phase === 'ready' && (
        <>
          {state.view.snapshot.private && <p class="cl-muted">{t('privateAccount')}</p>}
          <ProfileSummary view={state.view} lang={lang} onToggleSave={onToggleSave} onUndo={onUndo} />
        </>
      )}
    </section>
  );
}

function IconButton({ id, label, text, onClick }: { id: string; label: string; text: string; onClick(): void }) {
  return (
    <button type="button" class="cl-icon" data-testid={id} aria-label={label} title={label} onClick={onClick}>
      {text}
    </button>
  );
}

/**
 * Before the worker answers. None of the contract's test ids (PRODUCT.md): those appear together, with the score,
 * so a test that finds cl-followers finds the whole card.
 */
function Scoring({ handle, followers, text }: { handle: string; followers: number; text: string }) {
  return (
    <div class="cl-summary" data-testid="cl-scoring" data-value={followers}>
      <div class="cl-row cl-head">
        <Handle handle={handle} />
      </div>
      <div class="cl-row">
        <FollowerCount text={text} exact={true} />
      </div>
      <p class="cl-muted">{t('scoring')}</p>
    </div>
  );
}

function Unreadable({ missing, diagnostic }: { missing: string[]; diagnostic: string }) {
  return (
    <div data-testid="cl-unreadable">
      <p class="cl-warn">{t('couldNotRead', t('followers'))}</p>
      <p class="cl-muted">{t('missingFields', missing.join(', '))}</p>
      <button type="button" class="cl-save" onClick={() => void navigator.clipboard?.writeText(diagnostic)}>
        {t('copyDiagnostic')}
      </button>
    </div>
  );
}
