import { parseCsvImport } from './csv-import.ts';
import type { ImportParse } from './format.ts';
import { errorMessage } from './issues.ts';
import { parseJsonImport } from './json-exchange.ts';
import { importTextProblem, stripBom } from './text-checks.ts';

/** JSON when the content opens like JSON; the name only decides for content that could be either. */
function looksLikeJson(text: string, fileName: string): boolean {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return true;
  return (
    /\.json$/i.test(fileName.trim()) && !/\.csv$/i.test(fileName.trim()) && !text.includes(',') && !text.includes(';')
  );
}

/**
 * Reads an import file's text (decoded as UTF-8 by the caller): size and encoding checks, JSON or CSV by content,
 * every record validated. Never throws. `ok: false` means the file as a whole is refused and nothing may change.
 */
export function parseImport(text: string, fileName: string, now = new Date()): ImportParse {
  try {
    const problem = importTextProblem(text);
    if (problem) return { ok: false, error: problem };
    const body = stripBom(text);
    if (body.trim() === '') return { ok: false, error: 'the file is empty' };
    return looksLikeJson(body, fileName) ? parseJsonImport(body) : parseCsvImport(body, now);
  } catch (error) {
    // Defensive: every known bad input has its own reason above; this keeps a parser bug from reaching the page.
    return { ok: false, error: `the file could not be read (${errorMessage(error)})` };
  }
}
