// isoTime writes what Date#toISOString writes, from the date's UTC parts (its first call is cheaper on a page).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../../../src/core/dates/iso.ts';

// Date.UTC reads a year under 100 as 1900 + it: the first millisecond of year 0 is set by hand.
const first = new Date(0);
first.setUTCFullYear(0, 0, 1);
const last = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

describe('isoTime', () => {
  it('equals toISOString on every time from year 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: first.getTime(), max: last }), (ms) => {
        expect(isoTime(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('on the edges: the epoch, a leap day, the first and last millisecond it writes itself, fractions of a ms', () => {
    for (const ms of [
      0,
      -1,
      Date.UTC(2024, 1, 29, 12),
      first.getTime(),
      last,
      1_762_961_783_000.7,
      Date.UTC(1900, 0, 1),
    ]) {
      expect(isoTime(ms)).toBe(new Date(ms).toISOString());
    }
    expect(isoTime(1_762_961_783_000)).toBe('2025-11-12T15:36:23.000Z');
  });

  it('outside years 0–9999 it is the native text, and an invalid time throws as the native method does', () => {
    expect(isoTime(last + 1)).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoTime(first.getTime() - 1)).toBe('-000001-12-31T23:59:59.999Z');
    expect(() => isoTime(Number.NaN)).toThrow(RangeError);
    expect(() => isoTime(8.64e15 + 1)).toThrow(RangeError);
  });
});
