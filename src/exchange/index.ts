// The shortlist's export / import core: pure, browser-free; the background worker does the I/O.
export { neutraliseCell, restoreCell } from './cell-safety.ts';
export { COLUMNS, type ColumnId, headersFor } from './columns.ts';
export { BOM, CSV_NEWLINE, type CsvExportOptions, shortlistToCsv } from './csv-export.ts';
export * from './format.ts';
export { parseImport } from './import.ts';
export { shortlistToJson } from './json-exchange.ts';
export { mergeImport } from './merge.ts';
