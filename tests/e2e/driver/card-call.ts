// The overlay's shadow root is closed: no page script, and no Playwright or puppeteer selector, can reach into it.
// Tests reach it through the browser's debugging protocol (CDP in Chromium, WebDriver BiDi in Firefox), which hands
// out closed roots to the debugger only. The function then runs in the page's main world with the root as argument.

/** A card function: runs in the page (serialised: no closures), given the card's shadow root. */
export type CardFn<A, R> = (root: ShadowRoot, arg: A) => R | Promise<R>;

/**
 * The function the protocol calls: `fn(root, arg)`, with the argument and the result passed as JSON text. `fn` may be
 * a function's source text (the bench writes its page code as text, out of reach of the transpiler's helpers).
 */
export function cardCall<A, R>(fn: CardFn<A, R> | string): string {
  return `async function (root, json) {
  const value = await (${fn.toString()})(root, JSON.parse(json));
  return JSON.stringify(value === undefined ? null : value);
}`;
}

/** Polls `once` until it gives a truthy value; throws after `timeoutMs`, naming what it waited for. */
export async function pollCard<R>(once: () => Promise<R | null>, timeoutMs: number, what: string): Promise<R> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await once();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
