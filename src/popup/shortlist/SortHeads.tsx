import { t } from '../../ui/i18n.ts';
import { type ShortlistQuery, type SortKey, sortBy } from './query.ts';

// What each row shows, as heads: its score, handle, followers, rate (one head per basis), and when it was saved.
const HEADS = [
  'score',
  'rateFollowers',
  'rateViews',
  'followers',
  'handle',
  'savedAt',
] as const satisfies readonly SortKey[];

interface Props {
  query: ShortlistQuery;
  onQuery(query: ShortlistQuery): void;
}

/** Column heads over the rows: a click sorts by that column, a second click reverses it. */
export function SortHeads({ query, onQuery }: Props) {
  return (
    // A header row only: the rows below are a virtualised list, each entry a card of several lines.
    <table class="cl-heads" aria-label={t('sortBy')}>
      <thead>
        <tr>
          {HEADS.map((key) => {
            const active = query.sort === key;
            return (
              <th
                key={key}
                scope="col"
                aria-sort={active ? (query.descending ? 'descending' : 'ascending') : undefined}
              >
                <button
                  type="button"
                  class="cl-head"
                  data-testid="cl-sort-head"
                  data-sort={key}
                  onClick={() => onQuery(sortBy(query, key))}
                >
                  {t(`column_${key}`)}
                  {active && <span aria-hidden="true">{query.descending ? ' ↓' : ' ↑'}</span>}
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
    </table>
  );
}
