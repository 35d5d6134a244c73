// followProfile outside a browser: a document with a body, a MutationObserver whose callback the test fires, and a
// content context that answers as the worker would.
import { afterEach, beforeEach, vi } from 'vitest';
import type { ContentContext } from '../../src/content/context.ts';

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
 * A content context whose worker answers each message with `data(message)` (ok: true); it records what was sent
 * and keeps the latest timer, the deadline, for the test to fire when it chooses.
 */
export function fakeContext<M extends { kind: string }>(
  data: (message: M) => unknown,
): { ctx: ContentContext; sent: M[]; deadline(): void } {
  const sent: M[] = [];
  let deadline: () => void = () => undefined;
  const ctx = {
    signal: new AbortController().signal,
    setTimeout: (callback: () => void) => {
      deadline = callback;
    },
    async send(message: M) {
      sent.push(message);
      return { ok: true, data: await data(message) };
    },
  } as unknown as ContentContext;
  return { ctx, sent, deadline: () => deadline() };
}
