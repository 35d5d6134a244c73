import { MAX_IMPORT_BYTES, MAX_IMPORT_CONTROLS } from './format.ts';

/** UTF-8 size of a string without allocating the encoded bytes (a 20 MB file would otherwise be copied). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Rounded up, so a file just over the limit never reads as the limit itself. */
const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * A picked file's bytes as text, or why they are not UTF-8. Decoded strictly, so an undecodable byte is refused here
 * and a U+FFFD in the text is one the file really holds (our exports write one for a lone surrogate a page sent).
 */
export function decodeImportBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; why: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return {
      ok: false,
      why: `the file is not valid UTF-8 (an undecodable byte on line ${line}); save it as "CSV UTF-8" and try again`,
    };
  }
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return bytes.length;
}

/**
 * Why a file's text cannot be imported at all (size, encoding), or null when it may be parsed. The popup decodes
 * the file strictly first (decodeImportBytes); UTF-16 shows up as NULs.
 */
export function importTextProblem(text: string): string | null {
  // A string longer than the limit in UTF-16 units is over it in UTF-8 bytes too: no need to count.
  if (text.length > MAX_IMPORT_BYTES) return tooLarge(text.length);
  if (text.includes('\u0000')) {
    return 'the file contains NUL bytes: it is binary or UTF-16 text; export it again, or save it as UTF-8';
  }
  if (controlsOver(text, MAX_IMPORT_CONTROLS)) {
    return `the file has more than ${MAX_IMPORT_CONTROLS.toLocaleString('en')} control characters: it is not text; export it again as CSV or JSON`;
  }
  // Counted after the encoding checks: valid UTF-8 text re-encodes to the file's own size.
  const bytes = utf8Length(text);
  return bytes > MAX_IMPORT_BYTES ? tooLarge(bytes) : null;
}

/** Whether `text` has more than `limit` control characters other than tab, LF and CR (stops counting there). */
function controlsOver(text: string, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && ++count > limit) return true;
  }
  return false;
}

const tooLarge = (bytes: number) => `the file is ${megabytes(bytes)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}`;

export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
