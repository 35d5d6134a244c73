import Papa from 'papaparse';
import { keyPart } from '../core/catalogue.ts';
import type { Count } from '../core/count.ts';
import type { Insight } from '../core/insight.ts';
import { textsFor } from '../core/scoring/texts.ts';
import type { CountField } from '../core/snapshot.ts';
import { SITE_URLS } from '../sites/registry.ts';
import { neutraliseCell } from './cell-safety.ts';
import { COLUMNS, type ColumnId, headersFor } from './columns.ts';
import type { ExportLang, ExportRow } from './format.ts';
import { joinListCell } from './list-cell.ts';

export interface CsvExportOptions {
  lang: ExportLang;
  /**
   * ',' by default in English; ';' by default in Spanish, because Excel with Spanish regional settings splits
   * a double-clicked CSV on ';' (its list separator) and would put every row in column A. Import detects either.
   */
  delimiter?: ',' | ';';
}

/** Excel reads a CSV as the system code page unless it starts with a UTF-8 byte order mark. */
export const BOM = '\uFEFF';
/** RFC 4180 line ending; cells keep their own newlines inside quotes. */
export const CSV_NEWLINE = '\r\n';

// Counts are written as plain JS numbers ("783427", "24650000"): exact, no separators, same in every locale.
const countCell = (count: Count | null, part: keyof Count): string => (count ? String(count[part]) : '');

/**
 * A rate as a percent: two decimals, and four significant digits under 1%, never in exponent form. A spreadsheet sorts
 * and averages these, so a 0.0043% YouTube rate must not be written "0", as two decimals alone did.
 */
export function percentCell(rate: number | null | undefined, lang: ExportLang): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '';
  const percent = rate * 100;
  const rounded = Math.abs(percent) >= 1 ? Math.round(percent * 100) / 100 : Number(percent.toPrecision(4));
  // Under a millionth of a percent String() would write an exponent ("1e-7"), which no one sorts by.
  const text = Math.abs(rounded) < 1e-6 ? '0' : String(rounded);
  return lang === 'es' ? text.replace('.', ',') : text;
}

const BASIS: Record<ExportLang, Record<'followers' | 'views', string>> = {
  en: { followers: 'followers', views: 'views' },
  es: { followers: 'seguidores', views: 'visualizaciones' },
};

function tierCell(insight: Insight, lang: ExportLang): string {
  const texts = textsFor(lang);
  if (insight.tier.unknown) return texts.t('tier_unknown');
  const tier = texts.t(`tier_${insight.tier.id}`);
  const other = insight.tier.alternative;
  return other ? texts.t('tier_either', { a: tier, b: texts.t(`tier_${other}`) }) : tier;
}

function insightCells(insight: Insight | null, lang: ExportLang): Partial<Record<ColumnId, string>> {
  if (!insight) return {};
  const engagement = insight.engagement;
  return {
    tier: tierCell(insight, lang),
    engagementLow: percentCell(engagement?.low, lang),
    engagementHigh: percentCell(engagement?.high, lang),
    engagementBasis: engagement ? BASIS[lang][engagement.basis] : '',
    verdict: textsFor(lang).t(`verdict_${keyPart(insight.fit.verdict)}`),
    fitScore: String(Math.round(insight.fit.score)),
  };
}

function numberCell(n: number | null | undefined, lang: ExportLang, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  const text = String(Math.round(n * 10 ** digits) / 10 ** digits);
  return lang === 'es' ? text.replace('.', ',') : text;
}

/** The page's own figures; an empty cell where the page could not give one (the popup says why). */
function figureCells(insight: Insight | null, lang: ExportLang): Partial<Record<ColumnId, string>> {
  const f = insight?.figures;
  if (!f) return {};
  const sponsored = 'sponsored' in f.sponsored ? f.sponsored : null;
  return {
    medianViews: numberCell(f.views?.median, lang, 0),
    viewsPerFollower: percentCell(f.views?.perFollower, lang),
    postsPerWeek: numberCell(f.rhythm?.postsPerWeek, lang),
    longestGapDays: numberCell(f.rhythm?.longestGapDays, lang),
    trendChange: f.trend.metric === null ? '' : percentCell(f.trend.change, lang),
    sponsoredShare: sponsored ? percentCell(sponsored.share, lang) : '',
    sponsoredMentions: sponsored ? joinListCell(sponsored.mentioned.map((m) => `@${m.handle} ×${m.posts}`)) : '',
    contactEmail: f.contact?.email ?? '',
    contactLink: f.contact?.link ?? '',
    priceLow: numberCell(f.price?.low, lang, 0),
    priceHigh: numberCell(f.price?.high, lang, 0),
  };
}

function countCells(field: CountField, count: Count | null): Partial<Record<ColumnId, string>> {
  return {
    [field]: countCell(count, 'value'),
    [`${field}Min`]: countCell(count, 'min'),
    [`${field}Max`]: countCell(count, 'max'),
  };
}

/** One saved profile as cells by column; null for a record that is not on the shortlist. */
function rowCells({ record, insight }: ExportRow, lang: ExportLang): string[] | null {
  const { saved, snapshot, ref } = record;
  if (!saved) return null;
  const cells: Partial<Record<ColumnId, string>> = {
    platform: ref.platform,
    handle: ref.handle,
    // Built from the handle, never the stored page URL: a link in a spreadsheet is clicked without thinking.
    url: SITE_URLS[ref.platform].profileUrl(ref.handle),
    displayName: snapshot.displayName ?? '',
    ...countCells('followers', snapshot.followers),
    ...countCells('following', snapshot.following),
    ...countCells('posts', snapshot.posts),
    ...countCells('totalLikes', snapshot.totalLikes),
    ...insightCells(insight, lang),
    ...figureCells(insight, lang),
    notes: saved.notes,
    tags: joinListCell(saved.tags),
    lists: joinListCell(saved.lists),
    savedAt: saved.savedAt,
    lastSeen: record.lastSeen,
    lang: snapshot.lang,
  };
  return COLUMNS.map((column) => neutraliseCell(cells[column.id] ?? ''));
}

/**
 * The shortlist as a CSV file's text: BOM, header in `lang`, one row per saved profile (unsaved records are
 * skipped), RFC 4180 quoting, CRLF after every row (the last too). Every cell is formula-neutralised (cell-safety.ts).
 */
export function shortlistToCsv(rows: readonly ExportRow[], options: CsvExportOptions): string {
  const data: string[][] = [];
  for (const row of rows) {
    const cells = rowCells(row, options.lang);
    if (cells) data.push(cells);
  }
  const body = Papa.unparse(
    { fields: headersFor(options.lang), data },
    {
      delimiter: options.delimiter ?? (options.lang === 'es' ? ';' : ','),
      newline: CSV_NEWLINE,
      quotes: true, // every cell quoted: a delimiter inside a cell never starts a new one, whatever delimiter a reader picks
      escapeFormulae: false,
      header: true,
    },
  );
  // papaparse ends a header-only file with a newline and a file with rows without one; we always end with one.
  return BOM + (body.endsWith(CSV_NEWLINE) ? body : body + CSV_NEWLINE);
}
