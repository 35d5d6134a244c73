import type { MessageKey } from '../../core/catalogue.ts';
import { t } from '../../ui/i18n.ts';
import { type ShortlistQuery, type SortKey, sortBy } from './query.ts';

interface Props {
  query: ShortlistQuery;
  onQuery(query: ShortlistQuery): void;
}

type HeadSort = Extract<SortKey, 'score' | 'handle' | 'followers' | 'rateFollowers' | 'rateViews' | 'savedAt'>;

/** One column's head: the sorts it offers (the rate column, one per basis), or only a name for screen readers. */
interface Column {
  col: string;
  sorts: readonly HeadSort[];
  name?: MessageKey;
}

// The columns of ShortlistRowView, in its order (one grid template in styles.ts lays out both).
const COLUMNS: readonly Column[] = [
  { col: 'select', sorts: [], name: 'column_select' },
  { col: 'score', sorts: ['score'] },
  { col: 'handle', sorts: ['handle'] },
  { col: 'followers', sorts: ['followers'] },
  { col: 'rate', sorts: ['rateFollowers', 'rateViews'] },
  { col: 'savedAt', sorts: ['savedAt'] },
];

/** The head row over the shortlist's rows: a click on a head sorts by its column, a second click reverses it. */
export function SortHeads({ query, onQuery }: Props) {
  const order = query.descending ? 'descending' : 'ascending';
  return (
    <tr class="cl-heads" aria-rowindex={1}>
      {COLUMNS.map(({ col, sorts, name }) => (
        <th
          key={col}
          scope="col"
          data-col={col}
          aria-sort={(sorts as readonly SortKey[]).includes(query.sort) ? order : undefined}
        >
          {name && <span class="cl-visually-hidden">{t(name)}</span>}
          {/* Two sorts in one column: its name once, above a button per basis, each named whole ("Rate by views"). */}
          {sorts.length > 1 && (
            <span class="cl-head-group" aria-hidden="true">
              {t('column_rate')}
            </span>
          )}
          {sorts.map((key) => (
            <button
              key={key}
              type="button"
              class="cl-head"
              data-testid="cl-sort-head"
              data-sort={key}
              data-active={query.sort === key ? order : undefined}
              aria-label={sorts.length > 1 ? t(`sort_${key}`) : undefined}
              onClick={() => onQuery(sortBy(query, key))}
            >
              {t(`column_${key}`)}
              {query.sort === key && <span aria-hidden="true">{query.descending ? ' ↓' : ' ↑'}</span>}
            </button>
          ))}
        </th>
      ))}
    </tr>
  );
}
