// followProfile outside a browser: a document with a body, and a MutationObserver whose callback the test fires.
import { afterEach, beforeEach, vi } from 'vitest';
import { ContentContext } from '../../src/content/context.ts';

/** Installs the stubs around each test; `domChanged()` plays one DOM change to the latest observer. */
export function stubPageForFollow(): { domChanged(): void } {
  let changed: () => void = () => undefined;
  beforeEach(() => {
    vi.stubGlobal('document', { body: {}, documentElement: {} });
    vi.stubGlobal(
      'MutationObserver',
      class {
        constructor(callback: () => void) {
          changed = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());
  return { domChanged: () => changed() };
}

/**
 * A real ContentContext for followProfile outside a browser: its runtime is alive, its messages go to `send`, and
 * its long timers (the first-read deadline) are handed to `hold` for the test to fire; the short ones run.
 */
export function testContext(
  // biome-ignore lint/suspicious/noExplicitAny: each test's fake worker takes the messages it expects
  send: (message: any) => unknown,
  hold: (callback: () => void) => void = () => undefined,
): ContentContext {
  return new (class extends ContentContext {
    override get alive() {
      return !this.signal.aborted;
    }
    override send<T>(message: unknown) {
      return Promise.resolve(send(message)) as Promise<{ ok: true; data: T } | null>;
    }
    override setTimeout(callback: () => void, ms: number) {
      if (ms < 1000) return super.setTimeout(callback, ms);
      hold(callback);
      return () => undefined;
    }
  })();
}
