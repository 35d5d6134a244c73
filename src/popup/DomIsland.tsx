import { useLayoutEffect, useRef } from 'preact/hooks';
import { replaceKeepingFocus } from '../ui/dom-jsx/replace.ts';

/**
 * Plain DOM built by a dom-jsx component (shared with the overlay, which has no renderer) inside the popup's preact
 * tree; rebuilt whenever `build` changes, keeping keyboard focus on the same button.
 */
export function DomIsland({ build }: { build: () => Node }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (host.current) replaceKeepingFocus(host.current, build());
  }, [build]);
  return <div ref={host} />;
}
