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
