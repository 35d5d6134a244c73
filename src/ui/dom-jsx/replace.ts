/** Replaces `root`'s content, keeping keyboard focus on the element of the same test id (else the first button). */
export function replaceKeepingFocus(root: Element, content: Node): void {
  const scope = root.getRootNode() as Document | ShadowRoot;
  const active = scope.activeElement;
  const focused = active && root.contains(active) ? active : null;
  const id = focused?.getAttribute('data-testid');
  root.replaceChildren(content);
  if (!focused) return;
  const same = id ? root.querySelector<HTMLElement>(`[data-testid="${id}"]`) : null;
  (same ?? root.querySelector<HTMLElement>('button'))?.focus();
}
