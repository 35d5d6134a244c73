// The content context owns every listener, observer and timer of the content script: once it ends (the extension
// updated or removed, or, for a visit's child context, the page left the profile) none of them runs again.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentContext } from '../../../src/content/context.ts';

const { window: page, document } = parseHTML('<!doctype html><html><body></body></html>');

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('MutationObserver', page.MutationObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The same resource on a context that lives and on one that ends: the first shows the resource would fire. */
function both<T>(arm: (ctx: ContentContext, fired: () => void) => T) {
  const counts = { kept: 0, ended: 0 };
  const kept = new ContentContext();
  const ended = new ContentContext();
  arm(kept, () => counts.kept++);
  arm(ended, () => counts.ended++);
  ended.invalidate();
  return counts;
}

const nextMicrotasks = () => Promise.resolve().then(() => Promise.resolve());

describe('ContentContext undoes what it owns when it ends', () => {
  it('a DOM listener no longer fires', () => {
    const target = new EventTarget();
    const counts = both((ctx, fired) => ctx.addEventListener(target, 'ping', fired));
    target.dispatchEvent(new Event('ping'));
    expect(counts).toEqual({ kept: 1, ended: 0 });
  });

  it('a listener on an extension event is removed', () => {
    const listeners = new Set<() => void>();
    const event = {
      addListener: (f: () => void) => listeners.add(f),
      removeListener: (f: () => void) => listeners.delete(f),
    };
    const counts = both((ctx, fired) => ctx.addListener(event, fired));
    for (const f of listeners) f();
    expect(counts).toEqual({ kept: 1, ended: 0 });
    expect(listeners.size).toBe(1);
  });

  it('a mutation observer no longer fires', async () => {
    const counts = both((ctx, fired) => ctx.observe(document.body, { childList: true, subtree: true }, fired));
    document.body.append(document.createElement('p'));
    await nextMicrotasks();
    expect(counts).toEqual({ kept: 1, ended: 0 });
  });

  it('a timeout never runs, an interval stops, and a timeout set after the end never starts', () => {
    const timeouts = both((ctx, fired) => ctx.setTimeout(fired, 100));
    const intervals = both((ctx, fired) => ctx.setInterval(fired, 100));
    const late = new ContentContext();
    late.invalidate();
    let lateRuns = 0;
    late.setTimeout(() => lateRuns++, 100);
    vi.advanceTimersByTime(350);
    expect(timeouts).toEqual({ kept: 1, ended: 0 });
    expect(intervals).toEqual({ kept: 3, ended: 0 });
    expect(lateRuns).toBe(0);
    expect(vi.getTimerCount()).toBe(1); // the live interval only: no timer of an ended context is left pending
  });

  it('a timeout cancelled by its owner never runs; the others run once, and ending the context runs its cleanups', () => {
    const ctx = new ContentContext();
    const ran: string[] = [];
    const cancel = ctx.setTimeout(() => ran.push('cancelled'), 100);
    ctx.setTimeout(() => ran.push('ran'), 50);
    cancel();
    vi.advanceTimersByTime(200);
    expect(ran).toEqual(['ran']);
    let undone = 0;
    ctx.onInvalidated(() => undone++);
    ctx.invalidate();
    expect(undone).toBe(1);
    expect(ran).toEqual(['ran']);
  });

  it("a visit's child context ends with the script's, or alone, leaving the script's running", () => {
    const target = new EventTarget();
    const script = new ContentContext();
    const fired = { script: 0, left: 0, current: 0 };
    script.addEventListener(target, 'ping', () => fired.script++);
    const left = script.child();
    left.addEventListener(target, 'ping', () => fired.left++);
    const current = script.child();
    current.addEventListener(target, 'ping', () => fired.current++);
    left.invalidate();
    target.dispatchEvent(new Event('ping'));
    expect(fired).toEqual({ script: 1, left: 0, current: 1 });
    script.invalidate();
    target.dispatchEvent(new Event('ping'));
    expect(fired).toEqual({ script: 1, left: 0, current: 1 });
    expect(current.signal.aborted).toBe(true);
  });

  it("a dead runtime noticed by a visit's send ends the script's context too (the extension was updated or removed)", async () => {
    const runtime: { id?: string; sendMessage(): Promise<unknown> } = {
      id: 'ours',
      sendMessage: async () => ({ ok: true, data: 1 }),
    };
    vi.stubGlobal('chrome', { runtime });
    const script = new ContentContext();
    const left = script.child();
    const visit = script.child();
    expect(await visit.send({ kind: 'ping' })).toEqual({ ok: true, data: 1 });
    // A visit the page left sends nothing, and ends nothing else: the runtime is fine.
    left.invalidate();
    expect(await left.send({ kind: 'ping' })).toBeNull();
    expect(script.signal.aborted).toBe(false);
    expect(visit.signal.aborted).toBe(false);
    runtime.id = undefined;
    expect(await visit.send({ kind: 'ping' })).toBeNull();
    expect(script.signal.aborted).toBe(true);
    expect(visit.signal.aborted).toBe(true);
  });
});
