// An exact follower count the page read is drawn at once, in the frame that draws the page's own numbers; the
// scored card (with the contract's test ids) replaces it when the worker answers, and nothing unscored lingers.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followProfile } from '../../../src/content/follow-profile.ts';
import { exactCount } from '../../../src/core/count.ts';
import type { PageRead } from '../../../src/sites/reader.ts';
import { SnapshotBuilder } from '../../../src/sites/reader.ts';
import { useMessages } from '../../../src/ui/i18n.ts';
import { LOCALES } from '../../../src/ui/locales.ts';
import { type Grouping, groupingOf } from '../../../src/ui/whole-number.ts';
import { testContext } from '../../support/content-page-stubs.ts';

const ref = { platform: 'tiktok', handle: 'ana' } as const;

beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('getComputedStyle', () => ({ backgroundColor: 'rgb(255, 255, 255)' }));
  vi.stubGlobal(
    'MutationObserver',
    window.MutationObserver ??
      class {
        observe() {}
        disconnect() {}
      },
  );
  vi.stubGlobal('location', { href: 'https://www.tiktok.com/@ana' });
  useMessages('en', LOCALES.en);
});
afterEach(() => {
  vi.unstubAllGlobals();
  useMessages('', null);
});

const read = (followers: { value: number; min: number; max: number }) => (): PageRead => {
  const b = new SnapshotBuilder('tiktok', 'ana', 'https://www.tiktok.com/@ana', 'en').count(
    'followers',
    followers,
    'json',
  );
  return b.result(b.build());
};

/** The view the worker answers with (only what the card draws). */
const scored = (value: number) => ({
  key: 'tiktok:ana',
  ref,
  snapshot: {
    ...new SnapshotBuilder('tiktok', 'ana', 'https://www.tiktok.com/@ana', 'en').build(),
    followers: exactCount(value),
  },
  insight: null,
  saved: null,
  history: [],
  firstSeen: '2026-11-27T00:00:00.000Z',
  lastSeen: '2026-11-27T00:00:00.000Z',
});

function follow(pageRead: () => PageRead, grouping: Grouping | null, lang = 'en') {
  let answer: (view: unknown) => void = () => undefined;
  const ctx = testContext((message: { kind: string }) =>
    message.kind === 'content:profile-read'
      ? new Promise((resolve) => {
          answer = (view) => resolve(view === undefined ? { ok: false, error: 'rejected' } : { ok: true, data: view });
        })
      : Promise.resolve({ ok: true, data: null }),
  );
  // The card's root is closed (a page cannot read it): the test keeps what attachShadow returned.
  const attach = vi.spyOn(Object.getPrototypeOf(document.body), 'attachShadow');
  followProfile({ ref, read: pageRead, ctx, showOverlay: true, lang, grouping });
  const root = attach.mock.results[0]?.value as ShadowRoot | undefined;
  attach.mockRestore();
  const card = () => (document.querySelector('[data-testid="creator-lens-overlay"]') ? (root ?? null) : null);
  const ids = () => Array.from(card()?.querySelectorAll('[data-testid]') ?? [], (e) => e.getAttribute('data-testid'));
  return { card, ids, answer: (view: unknown) => answer(view) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the count before the score', () => {
  it('shows the exact count, written in the UI language, before the worker answers; then the scored card', async () => {
    const t = follow(read(exactCount(783427)), groupingOf('en'));
    const early = t.card()?.querySelector('[data-testid="cl-scoring"]');
    expect(early?.getAttribute('data-value')).toBe('783427');
    expect(early?.textContent).toContain('783,427');
    expect(early?.textContent).toContain('Scoring…');
    // None of the contract's ids yet: they come together, with the score.
    expect(t.ids()).toEqual(['cl-collapse', 'cl-hide', 'cl-scoring']);
    t.answer(scored(783427));
    await settle();
    expect(t.ids()).toEqual(expect.arrayContaining(['cl-tier', 'cl-followers', 'cl-engagement', 'cl-fit', 'cl-save']));
    expect(t.ids()).not.toContain('cl-scoring');
    expect(t.card()?.querySelector('[data-testid="cl-followers"]')?.getAttribute('data-value')).toBe('783427');
  });

  it('in Spanish, with its own grouping (4690 alone, 12.345 grouped)', () => {
    useMessages('es', LOCALES.es);
    const t = follow(read(exactCount(12345)), groupingOf('es'), 'es');
    expect(t.card()?.querySelector('[data-testid="cl-scoring"]')?.textContent).toMatch(
      /12\.345 seguidores.*Puntuando…/,
    );
  });

  it('the worker rejects the read: back to "reading", no count standing unscored', async () => {
    const t = follow(read(exactCount(783427)), groupingOf('en'));
    expect(t.ids()).toContain('cl-scoring');
    t.answer(undefined);
    await settle();
    expect(t.ids()).toEqual(['cl-collapse', 'cl-hide']);
    expect(t.card()?.querySelector('section')?.textContent).toContain('Reading the profile…');
  });

  it('waits for the worker when the count is rounded, or the facts are missing or for another language', () => {
    const cases: Array<[() => PageRead, Grouping | null]> = [
      [read({ value: 4_690_000, min: 4_690_000, max: 4_699_999 }), groupingOf('en')],
      [read(exactCount(783427)), null],
      [read(exactCount(783427)), groupingOf('es')],
    ];
    for (const [pageRead, grouping] of cases) {
      const t = follow(pageRead, grouping);
      expect(t.ids()).toEqual(['cl-collapse', 'cl-hide']);
      t.card()?.host.remove();
    }
  });
});
