// The content script keeps out of the page's load: its work starts after the load event (a task later, never
// inside the listener, where it would lengthen loadEventEnd), or after 3 s when the load is held back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentContext } from '../../../src/content/context.ts';
import { afterPageLoad } from '../../../src/content/navigation.ts';

let page: EventTarget;

beforeEach(() => {
  vi.useFakeTimers();
  page = new EventTarget();
  vi.stubGlobal('window', page);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** afterPageLoad on a page in `readyState`; returns the spy it starts. */
function startOn(readyState: DocumentReadyState, ctx = new ContentContext()) {
  vi.stubGlobal('document', { readyState });
  const start = vi.fn();
  afterPageLoad(ctx, start);
  return start;
}

describe('afterPageLoad', () => {
  it('starts at once on a page that has already loaded', () => {
    const start = startOn('complete');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for the load event, then starts a task later, not inside the listener', () => {
    const start = startOn('interactive');
    vi.advanceTimersByTime(1000);
    expect(start).not.toHaveBeenCalled();
    page.dispatchEvent(new Event('load'));
    expect(start).not.toHaveBeenCalled(); // still inside the page's load event
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000); // the fallback timer does not start it twice
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts after 3 s when the load event never comes', () => {
    const start = startOn('loading');
    vi.advanceTimersByTime(2999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(10);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once the content script is gone (extension updated or removed)', () => {
    const lifetime = new ContentContext();
    const start = startOn('loading', lifetime);
    lifetime.invalidate();
    page.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(5000);
    expect(start).not.toHaveBeenCalled();
  });
});
