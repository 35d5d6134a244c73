import type { ContentContext } from './context.ts';

/**
 * Calls `onChange` whenever the page's URL changes without a reload (pushState, replaceState, back/forward).
 * Navigation API where the browser has it; otherwise popstate plus a cheap string comparison every 700 ms.
 */
export function watchUrl(ctx: ContentContext, onChange: (href: string) => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav, 'currententrychange', check);
  ctx.addEventListener(window, 'popstate', check);
  // The fallback also catches history calls the Navigation API misses in isolated worlds; it reads one string.
  ctx.setInterval(check, 700);
}

// A load event held back by a slow image or a hanging request must not keep the card away for long.
const MAX_LOAD_WAIT_MS = 3000;

/**
 * Runs `start` once the page has loaded: right away when it already has, else just after its load event (a task
 * later, never inside it), so no site's own load ever waits for our reading, overlay or style queries. At most
 * MAX_LOAD_WAIT_MS after injection either way.
 */
export function afterPageLoad(ctx: ContentContext, start: () => void): void {
  if (document.readyState === 'complete') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  ctx.setTimeout(once, MAX_LOAD_WAIT_MS);
  ctx.addEventListener(window, 'load', () => ctx.setTimeout(once, 0), { once: true });
}
