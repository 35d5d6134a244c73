// Issue 20, item 2: text from pages and users is cleaned once where it enters storage (NUL, other controls and lone
// surrogates become U+FFFD), so every export of ours imports again and gives the same text back, byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router.ts';
import { cleanText } from '../../../src/core/clean-text.ts';
import { decodeImportBytes } from '../../../src/exchange/text-checks.ts';
import type { ProfileRecord } from '../../../src/storage/schema.ts';
import { harness, tiktokSnapshot } from '../../support/background-deps.ts';

const UI = { from: 'ui' } as const;
const RUNS = process.env.LONG ? 300 : 40;
const HOSTILE = [
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFFFD',
  '\u0001',
  '\u001B',
  '\r\n',
  '\t',
  '=1+2',
  '"',
  ';',
  ',',
  '😀',
  'é',
];

/** Text with the characters that broke our exports, among ordinary ones. */
const hostile = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 })
    .map((parts) => parts.join('').slice(0, maxLength));

type Text = { name: string; notes: string; tags: string[] };
const textOf = (r: ProfileRecord | undefined): Text => ({
  name: r?.snapshot.displayName ?? '',
  notes: r?.saved?.notes ?? '',
  tags: r?.saved?.tags ?? [],
});

/** Our export as the browser saves it (a Blob encodes text as UTF-8) and the popup reads it back. */
function throughAFile(text: string): string {
  const decoded = decodeImportBytes(new TextEncoder().encode(text));
  if (!decoded.ok) throw new Error(decoded.why);
  return decoded.text;
}

describe('hostile text in names, notes and tags', () => {
  it('is cleaned where it is stored: no NUL, no control but tab and line breaks, no lone surrogate', async () => {
    const h = harness();
    const record = await h.store.recordSnapshot(
      { ...tiktokSnapshot('ana', 5), displayName: 'a\u0000b\uD800c\u0007' },
      null,
    );
    expect(record.snapshot.displayName).toBe('a\uFFFDb\uFFFDc\uFFFD');
    await h.store.setSaved({ platform: 'tiktok', handle: 'ana' }, true);
    const edited = await h.store.updateEntry(
      { platform: 'tiktok', handle: 'ana' },
      { notes: 'x\r\n\ty\uDC00', tags: ['😀\u0000'] },
    );
    expect(edited?.saved).toMatchObject({ notes: 'x\r\n\ty\uFFFD', tags: ['😀\uFFFD'] });
    // Two tags that cleaning makes equal are stored once, as an import of them would (fast-check found this one).
    const merged = await h.store.updateEntry(
      { platform: 'tiktok', handle: 'ana' },
      { tags: ['\u0000', '\uFFFD', 'Food', ' food\t', ' '], lists: ['A\u0001', 'a\uFFFD'] },
    );
    expect(merged?.saved).toMatchObject({ tags: ['\uFFFD', 'Food'], lists: ['A\uFFFD'] });
    // Well-formed text without controls is left exactly as it is.
    const isControl = (c: string) => c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(![...text].some(isControl));
        expect(cleanText(text)).toBe(text);
      }),
    );
  });

  for (const format of ['csv', 'json'] as const) {
    it(`every ${format.toUpperCase()} export imports again with the same names, notes and tags`, async () => {
      await fc.assert(
        fc.asyncProperty(
          hostile(300),
          hostile(500),
          fc.array(hostile(60), { maxLength: 3 }),
          async (name, notes, tags) => {
            const h = harness();
            const ref = { platform: 'tiktok', handle: 'ana' } as const;
            await h.store.recordSnapshot({ ...tiktokSnapshot('ana', 5), displayName: name }, null);
            await h.store.setSaved(ref, true);
            const unique = [...new Map(tags.filter((t) => t.trim()).map((t) => [t.toLowerCase(), t])).values()];
            await h.store.updateEntry(ref, { notes, tags: unique });
            const stored = textOf((await h.store.get(ref)) ?? undefined);

            const exported = await route({ kind: 'ui:export', format, lang: 'en' }, UI, h.deps);
            if (!exported.ok) throw new Error(exported.error);
            const text = throughAFile((exported.data as { text: string }).text);
            const fresh = harness();
            const imported = await route(
              { kind: 'ui:import', text, fileName: `x.${format}`, apply: true },
              UI,
              fresh.deps,
            );
            if (!imported.ok) throw new Error(imported.error);
            const back = textOf((await fresh.store.get(ref)) ?? undefined);
            // CSV cells are trimmed of surrounding spaces by the importer; everything else comes back as stored.
            if (format === 'csv') {
              expect(back.notes.trim()).toBe(stored.notes.trim());
              expect(back.name.trim()).toBe(stored.name.trim());
              expect(back.tags.map((t) => t.trim())).toEqual(stored.tags.map((t) => t.trim()));
            } else expect(back).toEqual(stored);
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
