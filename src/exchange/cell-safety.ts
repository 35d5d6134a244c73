/*
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, tab or CR may run as a
 * formula in Excel / Sheets / LibreOffice. We prefix such cells with one apostrophe. Leading apostrophes and
 * whitespace before the trigger are included in the test, so "'=x" gets one more apostrophe; that makes the
 * escape injective and restoreCell its exact inverse (a note "'=x" survives a round trip).
 */
const NEEDS_PREFIX = /^['\s]*[=+\-@\t\r]/;
// A reader splitting on another delimiter (, ; tab) would start a cell there: the same apostrophe goes after each.
const AFTER_DELIMITER = /([,;\t])(?=['\s]*[=+\-@\t\r])/g;
const ESCAPED_AFTER_DELIMITER = /([,;\t])'(?=['\s]*[=+\-@\t\r])/g;

/** The text to put in a CSV cell so that no spreadsheet evaluates it. */
export function neutraliseCell(text: string): string {
  const inner = text.replace(AFTER_DELIMITER, "$1'");
  return NEEDS_PREFIX.test(inner) ? `'${inner}` : inner;
}

/** Undoes neutraliseCell exactly: removes the apostrophe only where neutraliseCell would have added it. */
export function restoreCell(text: string): string {
  const outer = text.startsWith("'") && NEEDS_PREFIX.test(text.slice(1)) ? text.slice(1) : text;
  return outer.replace(ESCAPED_AFTER_DELIMITER, '$1');
}

/** True when a cell could run as a formula (used by tests and by the exporter's own check). */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
