// Functions that run inside the tested page (serialised by both drivers): no closures over module scope,
// no named inner functions (a transpiler's keepNames helper would not exist in the page).
import type { Card } from './types.ts';

export const OVERLAY = '[data-testid="creator-lens-overlay"]';
export const CARD_IDS = [
  'cl-tier',
  'cl-followers',
  'cl-engagement',
  'cl-fit',
  'cl-save',
  'cl-undo-unsave',
  'cl-unreadable',
];

/** The card as `readCard` reports it; runs in the page with the (closed) shadow root the driver got for it. */
export const readCardInRoot = (root: ShadowRoot, ids: string[]): Card => {
  const texts: Record<string, string> = {};
  const attributes: Record<string, Record<string, string>> = {};
  for (const id of ids) {
    const el = root.querySelector(`[data-testid="${id}"]`);
    if (!el) continue;
    texts[id] = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    attributes[id] = Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]));
  }
  return {
    profile: root.host.getAttribute('data-profile'),
    shadowMode: root.mode,
    texts,
    attributes,
    text: root.textContent ?? '',
  };
};

export const overlayReadyInRoot = (root: ShadowRoot, want: { profile: string | null; withFollowers: boolean }) => {
  if (want.profile !== null && root.host.getAttribute('data-profile') !== want.profile) return false;
  if (!want.withFollowers) return true;
  return Boolean(root.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value'));
};

/** Where to click `[data-testid=id]` in the card: its centre, once it is there and nothing covers it. */
export const clickPointInRoot = (root: ShadowRoot, id: string): { x: number; y: number } | null => {
  const el = root.querySelector(`[data-testid="${id}"]`);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  const top = root.elementFromPoint(point.x, point.y);
  return r.width > 0 && r.height > 0 && top !== null && el.contains(top) ? point : null;
};

/** Marks the element with `role` whose text matches, so a CSS selector can click it; false when none. */
export const markByRoleInPage = (want: { role: string; source: string; flags: string; mark: string }): boolean => {
  const pattern = new RegExp(want.source, want.flags);
  const el = Array.from(document.querySelectorAll(`[role="${want.role}"]`)).find((e) =>
    pattern.test(e.textContent ?? ''),
  );
  el?.setAttribute('data-e2e-click', want.mark);
  return Boolean(el);
};

/** Playwright's and puppeteer's argument types (Unboxed, EvaluateFunc) reject a free generic: erase it. */
export function erased<A>(fn: (arg: A) => unknown): (arg: unknown) => unknown {
  return fn as (arg: unknown) => unknown;
}
