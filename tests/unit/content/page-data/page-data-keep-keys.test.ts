// What the main-world observer hands over (keepKeys with a site's PAYLOAD_KEYS) reads exactly as the whole API
// response does, on every captured payload, and is a few kB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepKeys, PAYLOAD_KEYS } from '../../../../src/content/page-data/keep-keys.ts';
import { instagramReader } from '../../../../src/sites/instagram/read.ts';
import type { SiteReader } from '../../../../src/sites/reader.ts';
import { tiktokReader } from '../../../../src/sites/tiktok/read.ts';
import { xReader } from '../../../../src/sites/x/read.ts';

const READERS: Record<keyof typeof PAYLOAD_KEYS, SiteReader> = {
  tiktok: tiktokReader,
  instagram: instagramReader,
  x: xReader,
};
const DIRS = [
  resolve(import.meta.dirname, '../../../fixtures/real'),
  resolve(import.meta.dirname, '../../../../../shared/real-pages'),
];

const captures = DIRS.flatMap((dir) =>
  (Object.keys(PAYLOAD_KEYS) as Array<keyof typeof PAYLOAD_KEYS>).flatMap((site) => {
    const folder = join(dir, site);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((file) => ({ site, file, json: JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown }));
  }),
);

/** The read of a payload for the profile it is about (the URL the whole payload's read names, if any). */
function readBoth(site: keyof typeof PAYLOAD_KEYS, whole: unknown) {
  const reader = READERS[site];
  const first = reader.readPayload?.(whole, null);
  const url = first?.ok ? new URL(first.snapshot.url) : null;
  const keys = new Set<string>(PAYLOAD_KEYS[site]);
  const projected = keepKeys(whole, keys);
  return {
    whole: reader.readPayload?.(whole, url),
    projected: reader.readPayload?.(projected, url),
    text: JSON.stringify(projected),
  };
}

describe('keepKeys on every captured payload', () => {
  it('finds the captures', () => {
    expect(captures.length).toBeGreaterThanOrEqual(3);
  });
  it.each(captures.map((c) => [c.file, c] as const))(
    '%s: the read on the projection equals the whole read',
    (_f, c) => {
      const { whole, projected, text } = readBoth(c.site, c.json);
      expect(whole, 'the whole payload reads').toBeTruthy();
      expect(projected).toEqual(whole);
      expect(text.length).toBeLessThan(256 * 1024);
    },
  );
  it.each(captures.map((c) => [c.file, c] as const))('%s: far smaller than the response', (_f, c) => {
    const { text } = readBoth(c.site, c.json);
    expect(text.length).toBeLessThan(JSON.stringify(c.json).length);
  });
});

describe('keepKeys on hostile objects', () => {
  it('a cycle, a throwing getter and deep nesting end, bounded', () => {
    const cyclic: Record<string, unknown> = { data: {} };
    (cyclic.data as Record<string, unknown>).user = cyclic;
    expect(() => JSON.stringify(keepKeys(cyclic, new Set(['data', 'user'])))).not.toThrow();
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { data: deep };
    expect(() => JSON.stringify(keepKeys(deep, new Set(['data'])))).not.toThrow();
  });
  it('keeps exactly the listed keys, at every level, arrays at full length', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const keys = (node: unknown): string[] =>
          node === null || typeof node !== 'object'
            ? []
            : Array.isArray(node)
              ? node.flatMap(keys)
              : Object.entries(node).flatMap(([k, v]) => [k, ...keys(v)]);
        const out = keepKeys(value, new Set(['a', 'b']));
        for (const key of keys(out)) expect(['a', 'b']).toContain(key);
        if (Array.isArray(value)) expect((out as unknown[]).length).toBe(value.length);
      }),
    );
  });
});
