// Issue 20, item 1: what the card's host shows the page, and the card's Undo after an unsave.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentContext } from '../../../../src/content/context.ts';
import { mountOverlay, UNDO_MS } from '../../../../src/content/overlay/mount.ts';
import type { OverlayState } from '../../../../src/content/overlay/Overlay.tsx';
import { exactCount } from '../../../../src/core/count.ts';
import type { ProfileView } from '../../../../src/messages/view.ts';
import { SnapshotBuilder } from '../../../../src/sites/reader.ts';
import { useMessages } from '../../../../src/ui/i18n.ts';
import { LOCALES } from '../../../../src/ui/locales.ts';

const ref = { platform: 'tiktok', handle: 'ana' } as const;
const ENTRY = { savedAt: '2026-11-27T00:00:00.000Z', notes: 'secret plan', tags: ['t'], lists: ['Spring'] };

const ready = (saved: boolean): OverlayState => ({
  phase: 'ready',
  view: {
    key: 'tiktok:ana',
    ref,
    snapshot: {
      ...new SnapshotBuilder('tiktok', 'ana', 'https://www.tiktok.com/@ana', 'en').build(),
      followers: exactCount(4000),
    },
    insight: null,
    saved: saved ? ENTRY : null,
    history: [],
    firstSeen: '2026-11-27T00:00:00.000Z',
    lastSeen: '2026-11-27T00:00:00.000Z',
  } as unknown as ProfileView,
});

beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('getComputedStyle', () => ({ backgroundColor: 'rgb(255, 255, 255)' }));
  useMessages('en', LOCALES.en);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  useMessages('', null);
});

function mount() {
  const attach = vi.spyOn(Object.getPrototypeOf(document.body), 'attachShadow');
  const onToggleSave = vi.fn();
  const handle = mountOverlay(new ContentContext(), 'tiktok:ana', 'en', { onToggleSave, onHide: vi.fn() });
  const root = attach.mock.results[0]?.value as ShadowRoot;
  attach.mockRestore();
  const host = document.querySelector('[data-testid="creator-lens-overlay"]') as Element;
  const undo = () => root.querySelector('[data-testid="cl-undo-unsave"]') as (Element & { click(): void }) | null;
  return { handle, root, host, undo, onToggleSave };
}

describe('the card a page sees', () => {
  it('the root is open (the test contract), and the host carries only its test id and the profile, saved or not', () => {
    const { handle, root, host } = mount();
    handle.update(ready(true));
    expect(root.querySelector('[data-testid="cl-save"]')?.textContent).toContain('Saved'); // the card itself shows it to the user…
    expect(host.shadowRoot).toBe(root); // …open, as PRODUCT.md's test contract names it
    expect(host.textContent).toBe('');
    expect(Object.fromEntries(Array.from(host.attributes, (a) => [a.name, a.value]))).toEqual({
      'data-testid': 'creator-lens-overlay',
      'data-profile': 'tiktok:ana',
    });
  });
});

describe('Undo in the card after an unsave', () => {
  it('appears when the profile leaves the shortlist, saves it again, and goes after a while', () => {
    vi.useFakeTimers();
    const { handle, undo, onToggleSave } = mount();
    handle.update(ready(true));
    expect(undo()).toBeNull();
    handle.update(ready(false)); // from the card, the popup or Alt+Shift+S alike
    expect(undo()?.textContent).toBe('Undo');
    expect(undo()?.getAttribute('title')).toMatch(/notes/);
    vi.advanceTimersByTime(UNDO_MS + 1);
    expect(undo()).toBeNull();
    handle.update(ready(true));
    handle.update(ready(false));
    expect(undo()).not.toBeNull();
    expect(onToggleSave).not.toHaveBeenCalled();
  });

  it('is not offered for a profile that was never saved while the card showed it', () => {
    const { handle, undo } = mount();
    handle.update({ phase: 'reading' });
    handle.update(ready(false));
    expect(undo()).toBeNull();
  });

  it('goes when the profile is saved again', () => {
    const { handle, undo } = mount();
    handle.update(ready(true));
    handle.update(ready(false));
    expect(undo()).not.toBeNull();
    handle.update(ready(true));
    handle.update({ ...ready(true) });
    expect(undo()).toBeNull();
  });
});
