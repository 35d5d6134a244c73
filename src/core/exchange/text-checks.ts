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
 * Why a file's text cannot be imported at all (size, encoding), or null when it may be parsed.
 * The caller decodes the file as UTF-8; bytes that were not UTF-8 show up as U+FFFD, UTF-16 as NULs.
 */
export function importTextProblem(text: string): string | null {
  // A string longer than the limit in UTF-16 units is over it in UTF-8 bytes too: no need to count.
  if (text.length > MAX_IMPORT_BYTES) return tooLarge(text.length);
  if (text.includes('\u0000')) {
    return 'the file contains NUL bytes: it is binary or UTF-16 text; export it again, or save it as UTF-8';
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const line = text.slice(0, bad).split('\n').length;
    return `the file is not valid UTF-8 (an undecodable byte on line ${line}); save it as "CSV UTF-8" and try again`;
  }
  if (controlsOver(text, MAX_IMPORT_CONTROLS)) {
    return `the file has more than ${MAX_IMPORT_CONTROLS.toLocaleString('en')} control characters: it is not text; export it again as CSV or JSON`;
  }
  // Counted after the encoding checks: valid UTF-8 text re-encodes to the file's own size (an undecodable byte
  // would count as the 3 bytes of U+FFFD, and a Latin-1 file under the limit would be called too large).
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
