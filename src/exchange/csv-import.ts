import Papa from 'papaparse';
import { restoreCell } from './cell-safety.ts';
import { COLUMNS, type ColumnId, columnOfHeader } from './columns.ts';
import { type RowCells, recordFromRow } from './csv-row.ts';
import { type ImportedRecord, type ImportParse, MAX_IMPORT_ROWS, type Rejection } from './format.ts';
import { quoted } from './issues.ts';

const DELIMITERS = [',', ';', '\t'] as const;

/** The line ending of the header line; passed to papaparse so line breaks inside notes cannot mislead its guess. */
function lineEnding(text: string): '\r\n' | '\n' | '\r' {
  const at = text.search(/[\r\n]/);
  if (at < 0 || text[at] === '\n') return '\n';
  return text[at + 1] === '\n' ? '\r\n' : '\r';
}

/** The delimiter that splits the header line into the most cells (',' for English exports, ';' for Spanish). */
function headerDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

interface Header {
  columns: Array<ColumnId | null>;
  warnings: string[];
}

function readHeader(cells: readonly string[]): Header {
  const seen = new Set<ColumnId>();
  const ignored: string[] = [];
  const columns = cells.map((cell) => {
    const column = columnOfHeader(cell);
    if (column === null || seen.has(column)) {
      if (cell.trim() !== '') ignored.push(quoted(cell.trim()));
      return null;
    }
    seen.add(column);
    return column;
  });
  const warnings = ignored.length > 0 ? [`ignored columns: ${ignored.join(', ')}`] : [];
  return { columns, warnings };
}

function missingColumns(columns: ReadonlyArray<ColumnId | null>): string | null {
  const has = (id: ColumnId) => columns.includes(id);
  if ((has('platform') && has('handle')) || has('url')) return null;
  const name = (id: ColumnId) => COLUMNS.find((column) => column.id === id)?.en ?? id;
  return `the CSV needs the columns '${name('platform')}' and '${name('handle')}' (or '${name('url')}')`;
}

const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: 'a quote opened in this row is never closed, so the rest of the file could not be read (cut short?)',
  InvalidQuotes: 'a quote inside a quoted cell is not doubled ("")',
};

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** A CSV export's text (BOM already stripped) → validated records, one reason per refused row. */
export function parseCsvImport(text: string, now: Date): ImportParse {
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  // Header + one row over the limit is enough to know the file is too long, without parsing all of it.
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: headerDelimiter(text),
    newline: lineEnding(text),
    skipEmptyLines: false,
    preview: MAX_IMPORT_ROWS + 2,
  });
  const [headerCells = [], ...rows] = parsed.data;
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, error: `the file has more than ${MAX_IMPORT_ROWS} rows` };
  const header = readHeader(headerCells);
  const missing = missingColumns(header.columns);
  if (missing) {
    const found = headerCells
      .slice(0, 8)
      .map((cell) => quoted(cell, 30))
      .join(', ');
    return { ok: false, error: `${missing}; its first line has ${found || 'nothing'}` };
  }
  const rowErrors = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.type === 'Quotes' && error.row !== undefined && !rowErrors.has(error.row)) {
      rowErrors.set(error.row, QUOTE_PROBLEMS[error.code] ?? error.message.toLowerCase());
    }
  }
  const records: ImportedRecord[] = [];
  const rejected: Rejection[] = [];
  let dataRows = 0;
  rows.forEach((cells, index) => {
    const row = index + 2; // spreadsheet numbering: the header is row 1
    if (isBlank(cells)) return;
    dataRows += 1;
    const quoteError = rowErrors.get(index + 1);
    if (quoteError) {
      rejected.push({ row, reason: `row ${row}: ${quoteError}` });
      return;
    }
    if (cells.length < header.columns.length) {
      const reason = `row ${row}: it has ${cells.length} cells, the header has ${header.columns.length} (the file may be cut short)`;
      rejected.push({ row, reason });
      return;
    }
    if (!isBlank(cells.slice(header.columns.length))) {
      rejected.push({
        row,
        reason: `row ${row}: it has ${cells.length} cells, the header has ${header.columns.length}`,
      });
      return;
    }
    const byColumn: RowCells = {};
    header.columns.forEach((column, i) => {
      if (column) byColumn[column] = restoreCell(cells[i] ?? '');
    });
    const result = recordFromRow(byColumn, row, now);
    if (result.ok) records.push({ row, record: result.record, partial: true, dated: result.dated });
    else rejected.push({ row, reason: result.reason });
  });
  if (dataRows === 0) return { ok: false, error: 'the file has a header but no profiles' };
  return { ok: true, format: 'csv', records, rejected, warnings: header.warnings };
}
