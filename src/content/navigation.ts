/**
 * Calls `onChange` whenever the page's URL changes without a reload (pushState, replaceState, back/forward).
 * Navigation API where the browser has it; otherwise popstate plus a cheap string comparison every 700 ms.
 */
export function watchUrl(onChange: (href: string) => void, signal: AbortSignal): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('currententrychange', check, { signal });
  window.addEventListener('popstate', check, { signal });
  // The fallback also catches history calls the Navigation API misses in isolated worlds; it reads one string.
  const timer = setInterval(check, 700);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

// A load event held back by a slow image or a hanging request must not keep the card away for long.
const MAX_LOAD_WAIT_MS = 3000;

/**
 * Runs `start` once the page has loaded: right away when it already has, else just after its load event (a task
 * later, never inside it), so no site's own load ever waits for our reading, overlay or style queries. At most
 * MAX_LOAD_WAIT_MS after injection either way.
 */
export function afterPageLoad(start: () => void, signal: AbortSignal): void {
  if (document.readyState === 'complete') {
    start();
    return;
  }
  let started = false;
  const once = () => {
    if (started || signal.aborted) return;
    started = true;
    start();
  };
  const timers = [setTimeout(once, MAX_LOAD_WAIT_MS)];
  window.addEventListener('load', () => timers.push(setTimeout(once, 0)), { once: true, signal });
  signal.addEventListener('abort', () => timers.forEach(clearTimeout), { once: true });
}
