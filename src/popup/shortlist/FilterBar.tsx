import { keyPart } from '../../core/catalogue.ts';
import { TIER_IDS, VERDICTS } from '../../core/insight.ts';
import { PLATFORMS } from '../../core/platform.ts';
import { t } from '../../ui/i18n.ts';
import { type Choice, FilterSelect } from './FilterSelect.tsx';
import { IconButton } from './IconButton.tsx';
import type { ShortlistQuery, SortKey } from './query.ts';

const SORTS: SortKey[] = [
  'savedAt',
  'lastSeen',
  'score',
  'rateFollowers',
  'rateViews',
  'followers',
  'handle',
  'platform',
  'tier',
];

type FilterKey = 'platform' | 'tier' | 'verdict' | 'list' | 'tag';

interface Filter {
  key: FilterKey;
  label: string;
  all: string;
  choices: Choice[];
}

const named = (names: readonly string[]): Choice[] => names.map((n) => ({ value: n, text: n }));

/** The filters as data: a list or tag menu only once some entry has one. */
function filters(lists: readonly string[], tags: readonly string[]): Filter[] {
  const all: Filter[] = [
    {
      key: 'platform',
      label: t('platform'),
      all: t('allPlatforms'),
      choices: PLATFORMS.map((p) => ({ value: p, text: t(`site_${p}`) })),
    },
    {
      key: 'tier',
      label: t('tier'),
      all: t('allTiers'),
      choices: TIER_IDS.map((id) => ({ value: id, text: t(`tier_${id}`) })),
    },
    {
      key: 'verdict',
      label: t('verdict'),
      all: t('allVerdicts'),
      // The short words the rows' badges show: a whole verdict sentence does not fit a menu beside the others.
      choices: VERDICTS.map((v) => ({ value: v, text: t(`verdictShort_${keyPart(v)}`) })),
    },
    { key: 'list', label: t('lists'), all: t('allLists'), choices: named(lists) },
    { key: 'tag', label: t('tags'), all: t('allTags'), choices: named(tags) },
  ];
  return all.filter((f) => f.choices.length > 0);
}

interface Props {
  query: ShortlistQuery;
  lists: readonly string[];
  tags: readonly string[];
  onQuery(query: ShortlistQuery): void;
}

/** Search, the filter menus, and the sort with its direction. */
export function FilterBar({ query, lists, tags, onQuery }: Props) {
  const set = <K extends keyof ShortlistQuery>(key: K, value: ShortlistQuery[K]) => onQuery({ ...query, [key]: value });
  const direction = t(query.descending ? 'sortDescending' : 'sortAscending');
  return (
    <div class="cl-toolbar">
      <input
        type="search"
        data-testid="cl-search"
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        value={query.search}
        onInput={(e) => set('search', (e.currentTarget as HTMLInputElement).value)}
      />
      {filters(lists, tags).map((f) => (
        <FilterSelect
          key={f.key}
          label={f.label}
          value={query[f.key]}
          choices={[{ value: '', text: f.all }, ...f.choices]}
          // The menu offers only the values this filter takes.
          onChange={(value) => onQuery({ ...query, [f.key]: value } as ShortlistQuery)}
        />
      ))}
      <FilterSelect
        label={t('sortBy')}
        testId="cl-sort"
        value={query.sort}
        choices={SORTS.map((s) => ({ value: s, text: t(`sort_${s}`) }))}
        onChange={(value) => set('sort', value as SortKey)}
      />
      <IconButton label={direction} title={direction} onClick={() => set('descending', !query.descending)}>
        {query.descending ? '↓' : '↑'}
      </IconButton>
    </div>
  );
}
