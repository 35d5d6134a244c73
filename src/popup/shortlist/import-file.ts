import { MAX_IMPORT_BYTES } from '../../exchange/format.ts';
import { decodeImportBytes, importTextProblem } from '../../exchange/text-checks.ts';
import { t, uiLanguage } from '../../ui/i18n.ts';

export type ImportFileRead = { ok: true; text: string } | { ok: false; why: string };

/**
 * An import file's text, or why it is refused. Its size is checked before a byte is read (a 200 MB file was read
 * whole, then refused as "malformed UI message" or by sendMessage itself); its encoding before it is sent.
 */
export async function readImportFile(file: Blob): Promise<ImportFileRead> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, why: tooLarge(file.size) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A file that grew after it was chosen: the same message, never the message check's refusal.
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, why: tooLarge(bytes.length) };
  const decoded = decodeImportBytes(bytes);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  // The worker's own checks, here first: a 12 MB UTF-16 file's NULs, escaped, overflow Chromium's 64 MiB message cap.
  const problem = importTextProblem(text);
  return problem ? { ok: false, why: problem } : { ok: true, text };
}

function tooLarge(bytes: number): string {
  const lang = uiLanguage();
  return t('importTooLarge', megabytes(bytes, lang), megabytes(MAX_IMPORT_BYTES, lang));
}

/** "20.1 MB" in the UI language; rounded up, so a file just over the limit never reads as the limit itself. */
export function megabytes(bytes: number, lang: string): string {
  const tenths = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(tenths)} MB`;
}
