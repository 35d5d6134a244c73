import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { Count } from '../../src/core/count.ts';
import type { ProfileSnapshot } from '../../src/core/snapshot.ts';
import type { ReadResult } from '../../src/sites/reader.ts';

/** Bundled MIT pages (tests/fixtures/real) and the shared set, which may be absent on a fresh clone. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures/real');
export const REAL = resolve(import.meta.dirname, '../../../shared/real-pages');
export const HAS_REAL = existsSync(REAL);

export const fixtureText = (relative: string) => readFileSync(resolve(FIXTURES, relative), 'utf8');
export const realText = (relative: string) => readFileSync(resolve(REAL, relative), 'utf8');
export const realJson = (relative: string): unknown => JSON.parse(realText(relative));

/** A linkedom Document (the same DOM API a content script gets). */
export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const exact = (n: number): Count => ({ value: n, min: n, max: n });

/** The snapshot of a successful read; fails the test with the reader's error otherwise. */
export function snapshotOf(result: ReadResult | null | undefined): ProfileSnapshot {
  expect(result, 'reader returned null').not.toBeNull();
  if (!result?.ok) throw new Error(`read failed: ${result?.error}`);
  return result.snapshot;
}

/** A truncated count: exactly [min, maxBelow) — YouTube "24.6m" is 24.6e6 ≤ v < 24.7e6. */
export function expectInterval(count: Count | 'hidden' | null | undefined, min: number, maxBelow: number): void {
  if (count === null || count === undefined || count === 'hidden') throw new Error(`expected a Count, got ${count}`);
  expect(count.min).toBeGreaterThanOrEqual(min - 1e-9);
  expect(count.min).toBeLessThanOrEqual(min);
  expect(count.max).toBeLessThan(maxBelow);
  expect(count.max).toBeGreaterThan(count.min);
}

export function expectAllCountsNull(snapshot: ProfileSnapshot): void {
  for (const field of ['followers', 'following', 'posts', 'totalLikes'] as const) {
    expect(snapshot[field], field).toBeNull();
    expect(snapshot.missing?.[field], `reason for ${field}`).toBeTruthy();
  }
}

/** A rounded (not exact) count whose interval holds the true value. */
export function expectRoundedAround(count: Count | 'hidden' | null | undefined, truth: number): void {
  if (count === null || count === undefined || count === 'hidden') throw new Error(`expected a Count, got ${count}`);
  expect(count.min).toBeLessThanOrEqual(truth);
  expect(count.max).toBeGreaterThanOrEqual(truth);
  expect(count.max).toBeGreaterThan(count.min);
}
