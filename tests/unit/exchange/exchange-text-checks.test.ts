// The whole-file checks of an import (src/exchange/text-checks.ts), where they meet the transport: every text
// they accept fits one runtime message, and a file is refused for what it is, not for an inflated size.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CONTROLS } from '../../../src/exchange/format.ts';
import { decodeImportBytes, importTextProblem, utf8Length } from '../../../src/exchange/text-checks.ts';

/** Chromium refuses a runtime message whose JSON is over this (checked in Chromium 156: "exceeded … 64MiB"). */
const CHROMIUM_MESSAGE_CAP = 64 * 1024 * 1024;
const messageBytes = (text: string) =>
  utf8Length(JSON.stringify({ kind: 'ui:import', text, fileName: 'x'.repeat(500), apply: true }));

describe('import text checks', () => {
  it('the text they accept that escapes most still fits one Chromium message', () => {
    // Quotes escape to 2 bytes, the counted control characters to 6; everything else to no more than its own bytes.
    const worst = '"'.repeat(MAX_IMPORT_BYTES - MAX_IMPORT_CONTROLS) + '\u0001'.repeat(MAX_IMPORT_CONTROLS);
    expect(importTextProblem(worst)).toBeNull();
    expect(messageBytes(worst)).toBeLessThan(CHROMIUM_MESSAGE_CAP);
  });

  it('one control character more is refused as not text (a 12 MB file of them once overflowed the message)', () => {
    const over = `platform,handle\n${'\u0001'.repeat(MAX_IMPORT_CONTROLS + 1)}`;
    expect(importTextProblem(over)).toMatch(/more than 1,000,000 control characters: it is not text/);
    // Tabs, line feeds and carriage returns are text.
    expect(importTextProblem('\t\r\n'.repeat(MAX_IMPORT_CONTROLS))).toBeNull();
  });

  it('a file that is not UTF-8 is refused as such when decoded, naming the line; a real U+FFFD is text', () => {
    // An 8 MB Latin-1 file, under the limit (decoded loosely, its 8 million bytes would re-encode to 24 MB).
    const latin1 = new Uint8Array(8_000_000).fill(0xe9);
    latin1.set(new TextEncoder().encode('Platform,Handle\ntiktok,'));
    const decoded = decodeImportBytes(latin1);
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.why).toMatch(/not valid UTF-8 \(an undecodable byte on line 2\)/);
    // The replacement character itself, well encoded (our export of a lone surrogate), is accepted.
    const genuine = decodeImportBytes(new TextEncoder().encode('Platform,Handle\ntiktok,a\uFFFDb\n'));
    expect(genuine).toEqual({ ok: true, text: 'Platform,Handle\ntiktok,a\uFFFDb\n' });
    expect(importTextProblem('Platform,Handle\ntiktok,a\uFFFDb\n')).toBeNull();
    // Truncated and overlong sequences, and surrogates encoded as UTF-8, are not UTF-8.
    for (const bad of [[0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      expect(decodeImportBytes(Uint8Array.from([0x61, 0x0a, ...bad])).ok).toBe(false);
    }
  });

  it('a file over the limit is refused by its size, first', () => {
    expect(importTextProblem('a'.repeat(MAX_IMPORT_BYTES + 1))).toBe('the file is 20.1 MB; the limit is 20 MB');
    expect(importTextProblem('é'.repeat(MAX_IMPORT_BYTES / 2 + 1))).toBe('the file is 20.1 MB; the limit is 20 MB');
    expect(importTextProblem('a'.repeat(MAX_IMPORT_BYTES))).toBeNull();
  });
});
