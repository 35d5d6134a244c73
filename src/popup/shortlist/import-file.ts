import { MAX_IMPORT_BYTES } from '../../core/exchange/format.ts';

export type ImportFileRead = { ok: true; text: string } | { ok: false; tooLarge: number };

/**
 * An import file's text, or its size when that is over the import limit, checked before a byte is read (a 200 MB
 * file was read whole, then refused by the message check as "malformed UI message" or by sendMessage itself).
 */
export async function readImportFile(file: Blob): Promise<ImportFileRead> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, tooLarge: file.size };
  const text = await file.text();
  // A file that grew after it was chosen: the same message, never the message check's refusal.
  return text.length > MAX_IMPORT_BYTES ? { ok: false, tooLarge: text.length } : { ok: true, text };
}

/** "20.1 MB" in the UI language; rounded up, so a file just over the limit never reads as the limit itself. */
export function megabytes(bytes: number, lang: string): string {
  const tenths = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(tenths)} MB`;
}
