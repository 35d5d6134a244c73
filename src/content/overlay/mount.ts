import { replaceKeepingFocus } from '../../ui/dom-jsx/replace.ts';
import { SUMMARY_CSS, THEME_CSS } from '../../ui/styles.ts';
import type { ContentContext } from '../context.ts';
import { Overlay, type OverlayState } from './Overlay.tsx';
import { acceptOnlyTrustedEvents } from './trusted.ts';

/** How long the card offers Undo after the profile left the shortlist. */
export const UNDO_MS = 15_000;

const OVERLAY_CSS = `
:host{all:initial}
.cl-card,.cl-pill{position:fixed;top:72px;right:16px;z-index:2147483646;background:var(--cl-bg);color:var(--cl-fg);border:1px solid var(--cl-border);box-shadow:0 4px 18px rgba(0,0,0,.18);font:13px/1.4 system-ui,sans-serif}
.cl-card{width:280px;box-sizing:border-box;border-radius:10px;padding:8px 12px 12px}
.cl-pill{border-radius:20px;padding:6px 12px;cursor:pointer;font-weight:600}
.cl-bar{display:flex;justify-content:space-between;align-items:center;margin-bottom:6px}
.cl-brand{font-weight:700;color:var(--cl-accent)}
.cl-icon{font:inherit;background:none;border:0;color:var(--cl-muted);cursor:pointer;padding:0 6px;font-size:16px}
p{margin:4px 0}
`;

export interface OverlayHandle {
  update(state: OverlayState): void;
  unmount(): void;
}

/**
 * Mounts the overlay host with the test ids and the **open** shadow root PRODUCT.md's test contract names (real-browser
 * checks read the card through it). The page's styles never reach in; only trusted events make the card act
 * (trusted.ts), so a page's script can read what the card shows but never save, unsave or undo. The host itself
 * carries only its test id and the profile the page shows.
 */
export function mountOverlay(
  ctx: ContentContext,
  profile: string,
  lang: string,
  actions: { onToggleSave(saved: boolean): void; onHide(): void },
): OverlayHandle {
  const host = document.createElement('creator-lens-overlay');
  host.setAttribute('data-testid', 'creator-lens-overlay');
  host.setAttribute('data-profile', profile);
  const shadow = host.attachShadow({ mode: 'open' });
  acceptOnlyTrustedEvents(ctx, shadow);
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS + THEME_CSS + SUMMARY_CSS;
  const root = document.createElement('div');
  shadow.append(style, root);
  // Asked before the host goes in: computing the page's style then forced no recalculation of our new subtree.
  const dark = pageIsDark();
  document.documentElement.append(host);
  let state: OverlayState = { phase: 'reading' };
  let collapsed = false;
  // Set while the card offers Undo: the profile just left the shortlist (from the card, the popup or the shortcut).
  let cancelUndo: (() => void) | null = null;
  const endUndo = () => {
    cancelUndo?.();
    cancelUndo = null;
  };
  const onUndo = () => {
    endUndo();
    actions.onToggleSave(true); // saving again puts the kept entry back, notes, tags and lists included
  };
  // A redraw rebuilds the card (a few dozen nodes); focus stays on the button it was on.
  const draw = () =>
    replaceKeepingFocus(
      root,
      Overlay({ state, lang, dark, collapsed, onCollapse, ...actions, onUndo: cancelUndo === null ? null : onUndo }),
    );
  const onCollapse = (value: boolean) => {
    collapsed = value;
    draw();
  };
  return {
    update(next) {
      if (savedIn(state) === true && savedIn(next) === false) {
        endUndo();
        cancelUndo = ctx.setTimeout(() => {
          cancelUndo = null;
          draw();
        }, UNDO_MS);
      } else if (savedIn(next) === true) {
        endUndo();
      }
      state = next;
      draw();
    },
    unmount() {
      endUndo();
      host.remove();
    },
  };
}

/** Whether a scored card shows the profile saved; null before the score. */
function savedIn(state: OverlayState): boolean | null {
  return state.phase === 'ready' ? state.view.saved !== null : null;
}

/** Follows the site's own scheme: dark when its background is dark, whatever the OS says. */
function pageIsDark(): boolean {
  const bg = getComputedStyle(document.body ?? document.documentElement).backgroundColor;
  const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (!rgb || rgb[4] === '0') return matchMedia('(prefers-color-scheme: dark)').matches;
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}
