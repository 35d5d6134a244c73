// Chromium: the card's closed shadow root through CDP (DOM.describeNode pierces closed roots), see card-call.ts.
import type { CDPSession, Page } from 'playwright-core';
import { type CardFn, cardCall, pollCard } from './card-call.ts';
import { clickPointInRoot, OVERLAY } from './in-page.ts';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const GROUP = 'creator-lens-e2e-card';

/** `fn(root, arg)` in the page with the overlay's shadow root; null when the page has no overlay. */
export async function evaluateInCardCdp<A, R>(page: Page, fn: CardFn<A, R> | string, arg: A): Promise<R | null> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const cdp = await session;
  try {
    const host = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(OVERLAY)})`,
      objectGroup: GROUP,
    });
    if (!host.result.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.result.objectId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: GROUP });
    const called = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: cardCall(fn),
      objectId: object.objectId,
      arguments: [{ objectId: object.objectId }, { value: JSON.stringify(arg ?? null) }],
      awaitPromise: true,
      returnByValue: true,
    });
    if (called.exceptionDetails) {
      throw new Error(`in the card: ${called.exceptionDetails.exception?.description ?? called.exceptionDetails.text}`);
    }
    return JSON.parse(called.result.value as string) as R;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
  }
}

/** A real mouse click at `[data-testid=testId]` in the card. */
export async function clickInCard(page: Page, testId: string): Promise<void> {
  const at = await pollCard(() => evaluateInCardCdp(page, clickPointInRoot, testId), 10_000, testId);
  await page.mouse.click(at.x, at.y);
}

/** Whether an isolated world of this extension exists in the page's top frame: `Runtime.enable` reports every one. */
export async function extensionWorldCdp(page: Page, extensionId: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const origins: string[] = [];
  try {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
      if (aux?.type === 'isolated') origins.push(context.origin);
    });
    await cdp.send('Runtime.enable');
    return origins.includes(`chrome-extension://${extensionId}`);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
