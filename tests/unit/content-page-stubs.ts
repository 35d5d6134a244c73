// followProfile outside a browser: a document with a body, and a MutationObserver whose callback the test fires.
import { afterEach, beforeEach, vi } from 'vitest';

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
