// A shortlist row's badge: the verdict in words, and a 0–100 score only where the verdict rates the account (as the
// card does). "No data · 6" read as a rating of an account nothing was judged on.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { isJudged, VERDICTS, type Verdict } from '../../../../src/core/insight.ts';
import type { ShortlistRow } from '../../../../src/messages/view.ts';
import { ShortlistRowView, savedDate } from '../../../../src/popup/shortlist/ShortlistRowView.tsx';
import { useMessages } from '../../../../src/ui/i18n.ts';
import { LOCALES } from '../../../../src/ui/locales.ts';

beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', document);
  useMessages('en', LOCALES.en);
});
afterEach(() => {
  vi.unstubAllGlobals();
  useMessages('', null);
});

const row = (verdict: Verdict, score: number): ShortlistRow => ({
  key: 'tiktok:ana',
  ref: { platform: 'tiktok', handle: 'ana' },
  displayName: 'Ana',
  url: 'https://www.tiktok.com/@ana',
  summary: {
    tier: 'micro',
    tierLabel: 'Micro',
    followers: 42_000,
    rate: 0.05,
    low: 0.04,
    high: 0.06,
    basis: 'views',
    verdict,
    score,
  },
  saved: { savedAt: '2026-12-01T10:00:00.000Z', notes: '', tags: [], lists: [] },
  firstSeen: '2026-12-01T10:00:00.000Z',
  lastSeen: '2026-12-01T10:00:00.000Z',
});

/** The badge's text for a row with this verdict and score. */
function badge(verdict: Verdict, score: number): string {
  const host = document.createElement('div');
  document.body.append(host);
  const noop = () => undefined;
  const props = {
    index: 0,
    lang: 'en',
    selected: false,
    onSelect: noop,
    onOpenDetail: noop,
    onOpenTab: noop,
    onEdit: noop,
  };
  render(h(ShortlistRowView, { row: row(verdict, score), ...props }), host);
  return host.querySelector('[data-testid="cl-row-verdict"]')?.textContent ?? '';
}

it.each(VERDICTS)('verdict %s: its word, and the score only when the verdict rates the account', (verdict) => {
  const text = badge(verdict, 73);
  expect(text).toContain(LOCALES.en[`verdictShort_${verdict.replaceAll('-', '_')}`]?.message ?? '(missing word)');
  expect(text.includes('73')).toBe(isJudged(verdict));
});

it('rates only the three judged verdicts', () => {
  expect(VERDICTS.filter(isJudged)).toEqual(['strong', 'possible', 'weak']);
});

it('the date saved: day and month this year, with the year before it, in the UI language', () => {
  const now = new Date(2026, 11, 4, 12);
  expect(savedDate(new Date(2026, 11, 1, 10), 'en', now)).toBe('Dec 1');
  expect(savedDate(new Date(2026, 11, 1, 10), 'es', now)).toBe('1 dic');
  expect(savedDate(new Date(2025, 10, 30, 10), 'en', now)).toBe('Nov 30, 2025');
  expect(savedDate(new Date(2025, 10, 30, 10), 'es', now)).toBe('30 nov 2025');
});
