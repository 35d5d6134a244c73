// Firefox: the card's closed shadow root through WebDriver BiDi (includeShadowTree: "all" serialises closed roots),
// see card-call.ts. puppeteer-core has no public call for it, so this uses its BiDi realm underneath.
import type { Page } from 'puppeteer-core';
import { type CardFn, cardCall } from './card-call.ts';
import { OVERLAY } from './in-page.ts';

interface RemoteValue {
  type: string;
  sharedId?: string;
  handle?: string;
  value?: unknown;
}
type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };
interface CoreRealm {
  callFunction(declaration: string, awaitPromise: boolean, options?: object): Promise<EvaluateResult>;
  disown(handles: string[]): Promise<void>;
}

function realmOf(page: Page): CoreRealm {
  return (page.mainFrame() as unknown as { mainRealm(): { realm: CoreRealm } }).mainRealm().realm;
}

function succeeded(result: EvaluateResult): RemoteValue {
  if (result.type === 'exception') throw new Error(`in the card: ${result.exceptionDetails.text}`);
  return result.result;
}

/** `fn(root, arg)` in the page with the overlay's shadow root; null when the page has no overlay. */
export async function evaluateInCardBidi<A, R>(page: Page, fn: CardFn<A, R>, arg: A): Promise<R | null> {
  const realm = realmOf(page);
  const host = succeeded(
    await realm.callFunction(`() => document.querySelector(${JSON.stringify(OVERLAY)})`, false, {
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
    }),
  );
  try {
    const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
    if (host.type !== 'node' || !shadow?.sharedId) return null;
    const called = succeeded(
      await realm.callFunction(cardCall(fn), true, {
        arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
        resultOwnership: 'none',
      }),
    );
    return JSON.parse(called.value as string) as R;
  } finally {
    if (host.handle) await realm.disown([host.handle]).catch(() => undefined);
  }
}
