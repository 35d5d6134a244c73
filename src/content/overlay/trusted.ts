import type { ContentContext } from '../context.ts';

/**
 * Events that can make the card act. A page can dispatch any of them, or call .click(), on an element it gets hold of;
 * only the user's own input is trusted, so the rest never reaches a handler.
 */
const ACTION_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'input',
  'change',
  'submit',
] as const;

/** Stops every untrusted action event at the shadow root, before it reaches any listener inside the card. */
export function acceptOnlyTrustedEvents(ctx: ContentContext, root: ShadowRoot): void {
  for (const type of ACTION_EVENTS) {
    ctx.addEventListener(root, type, dropUntrusted, { capture: true });
  }
}

function dropUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}
