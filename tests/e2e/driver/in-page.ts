// Functions that run inside the tested page (serialised by both drivers): no closures over module scope,
// no named inner functions (a transpiler's keepNames helper would not exist in the page).
import type { Card } from './types.ts';

export const OVERLAY = '[data-testid="creator-lens-overlay"]';
export const CARD_IDS = ['cl-tier', 'cl-followers', 'cl-engagement', 'cl-fit', 'cl-save', 'cl-unreadable'];

export const readCardInPage = (ids: string[]): Card | null => {
  const host = document.querySelector('[data-testid="creator-lens-overlay"]');
  if (!host) return null;
  const root = host.shadowRoot;
  const texts: Record<string, string> = {};
  const attributes: Record<string, Record<string, string>> = {};
  for (const id of ids) {
    const el = root?.querySelector(`[data-testid="${id}"]`);
    if (!el) continue;
    texts[id] = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    attributes[id] = Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]));
  }
  return {
    profile: host.getAttribute('data-profile'),
    shadowMode: root?.mode ?? null,
    texts,
    attributes,
    text: root?.textContent ?? '',
  };
};

export const overlayReadyInPage = (want: { profile: string | null; withFollowers: boolean }): boolean => {
  const host = document.querySelector('[data-testid="creator-lens-overlay"]');
  if (!host || (want.profile !== null && host.getAttribute('data-profile') !== want.profile)) return false;
  if (!want.withFollowers) return true;
  return Boolean(host.shadowRoot?.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value'));
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
