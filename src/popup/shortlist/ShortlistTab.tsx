import { useEffect, useMemo, useState } from 'preact/hooks';
import { keyPart } from '../../core/catalogue.ts';
import { TIER_IDS, VERDICTS } from '../../core/insight.ts';
import { PLATFORMS, type ProfileRef } from '../../core/platform.ts';
import type { ProfileView, ShortlistRow } from '../../messages/view.ts';
import { browser } from '../../platform/browser.ts';
import { t } from '../../ui/i18n.ts';
import { api, type Removed, type ShortlistHeadRows } from '../api.ts';
import { download as offerFile } from '../download.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { EntryEditor } from './EntryEditor.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { applyQuery, EMPTY_QUERY, namesInUse, type ShortlistQuery, type SortKey, splitNames } from './query.ts';
import { ShortlistRowView } from './ShortlistRowView.tsx';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT = 66;
// Up to five rows show whole (no row cut by the export bar below); a longer list scrolls inside that height.
const LIST_ROWS = 5;
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

interface Props {
  lang: string;
  exportLang: 'en' | 'es';
  onOpenProfile(ref: ProfileRef): void;
  onCount(n: number): void;
}

/** The shortlist: search, filter, sort, edit, bulk actions with undo, compare, export and import. */
export function ShortlistTab({ lang, exportLang, onOpenProfile, onCount }: Props) {
  const [rows, setRows] = useState<ShortlistRow[] | null>(null);
  const [head, setHead] = useState<ShortlistHeadRows | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<ShortlistQuery>(EMPTY_QUERY);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<ShortlistRow | null>(null);
  const [undo, setUndo] = useState<Removed | null>(null);
  const [compared, setCompared] = useState<ProfileView[] | null>(null);
  const [listName, setListName] = useState('');
  const [showImport, setShowImport] = useState(false);

  const load = async () => {
    const reply = await api.shortlist();
    if (reply.ok) {
      setRows(reply.data);
      onCount(reply.data.length);
    } else setError(reply.error);
  };
  useEffect(() => {
    // The first screen, stored beside the index, shows while the whole index is read and checked.
    void api.shortlistHead().then((first) => {
      if (first) setHead(first);
    });
    void load();
  }, []);

  const shown = useMemo(() => applyQuery(rows ?? [], query), [rows, query]);
  // Until the index is in, the stored first screen stands in for the default view: the same first rows, in order.
  const early = rows === null && query === EMPTY_QUERY ? head : null;
  const listed = early ? early.rows : shown;
  const total = early ? early.total : (rows?.length ?? 0);
  const lists = useMemo(() => namesInUse(rows ?? [], 'lists'), [rows]);
  const tags = useMemo(() => namesInUse(rows ?? [], 'tags'), [rows]);
  // Nothing selected (every first render): skip a pass over 5,000 rows.
  const chosen = selected.size === 0 ? [] : (rows ?? []).filter((r) => selected.has(r.key));
  const refs = chosen.map((r) => r.ref);
  const set = <K extends keyof ShortlistQuery>(key: K, value: ShortlistQuery[K]) =>
    setQuery({ ...query, [key]: value });

  const remove = async () => {
    const reply = await api.unsaveMany(refs);
    if (!reply.ok) return setError(reply.error);
    setUndo(reply.data);
    setSelected(new Set());
    await load();
  };
  const restore = async () => {
    if (!undo) return;
    await api.restore(undo);
    setUndo(null);
    await load();
  };
  const editLists = async (edit: { add?: string; set?: string[] }) => {
    await api.editLists(refs, edit);
    setListName('');
    await load();
  };
  const compare = async () => {
    const reply = await api.compare(refs);
    if (reply.ok) setCompared(reply.data);
  };
  const download = async (format: 'csv' | 'json') => {
    const reply = await api.exportShortlist(format, exportLang);
    if (!reply.ok) return setError(reply.error);
    offerFile(reply.data);
    // An export never leaves profiles out silently: those set aside whole are counted.
    setError(reply.data.leftOut > 0 ? t('exportLeftOut', reply.data.leftOut) : null);
  };

  if (compared) return <ComparePanel views={compared} lang={lang} onClose={() => setCompared(null)} />;
  return (
    <section class="cl-shortlist" data-testid="cl-shortlist">
      {error && (
        <p class="cl-warn" role="alert">
          {error}
        </p>
      )}
      {editing && (
        <EntryEditor
          handle={editing.ref.handle}
          entry={editing.saved}
          onClose={() => setEditing(null)}
          onSave={async (change) => {
            await api.updateEntry(editing.ref, change);
            setEditing(null);
            await load();
          }}
        />
      )}
      <div class="cl-toolbar">
        <input
          type="search"
          data-testid="cl-search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('search')}
          value={query.search}
          onInput={(e) => set('search', (e.currentTarget as HTMLInputElement).value)}
        />
        <select
          aria-label={t('platform')}
          value={query.platform}
          onChange={(e) => set('platform', (e.currentTarget as HTMLSelectElement).value as ShortlistQuery['platform'])}
        >
          <option value="">{t('allPlatforms')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`site_${p}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('tier')}
          value={query.tier}
          onChange={(e) => set('tier', (e.currentTarget as HTMLSelectElement).value as ShortlistQuery['tier'])}
        >
          <option value="">{t('allTiers')}</option>
          {TIER_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`tier_${id}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('verdict')}
          value={query.verdict}
          onChange={(e) => set('verdict', (e.currentTarget as HTMLSelectElement).value as ShortlistQuery['verdict'])}
        >
          <option value="">{t('allVerdicts')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {t(`verdict_${keyPart(v)}`)}
            </option>
          ))}
        </select>
        {lists.length > 0 && (
          <select
            aria-label={t('lists')}
            value={query.list}
            onChange={(e) => set('list', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('allLists')}</option>
            {lists.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        )}
        {tags.length > 0 && (
          <select
            aria-label={t('tags')}
            value={query.tag}
            onChange={(e) => set('tag', (e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('allTags')}</option>
            {tags.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label={t('sortBy')}
          data-testid="cl-sort"
          value={query.sort}
          onChange={(e) => set('sort', (e.currentTarget as HTMLSelectElement).value as SortKey)}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sort_${s}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="cl-icon-btn"
          aria-label={t(query.descending ? 'sortDescending' : 'sortAscending')}
          title={t(query.descending ? 'sortDescending' : 'sortAscending')}
          onClick={() => set('descending', !query.descending)}
        >
          {query.descending ? '↓' : '↑'}
        </button>
      </div>
      {chosen.length > 0 && (
        <div class="cl-bulk" data-testid="cl-bulk">
          <span>{t('selectedCount', chosen.length)}</span>
          <input
            aria-label={t('listName')}
            placeholder={t('listName')}
            value={listName}
            onInput={(e) => setListName((e.currentTarget as HTMLInputElement).value)}
          />
          <button
            type="button"
            class="cl-plain"
            disabled={!splitNames(listName)[0]}
            onClick={() => void editLists({ add: splitNames(listName)[0] })}
          >
            {t('addToList')}
          </button>
          <button
            type="button"
            class="cl-plain"
            disabled={!splitNames(listName)[0]}
            onClick={() => void editLists({ set: splitNames(listName).slice(0, 1) })}
          >
            {t('moveToList')}
          </button>
          <button
            type="button"
            class="cl-plain"
            disabled={chosen.length < 2 || chosen.length > 4}
            onClick={() => void compare()}
            data-testid="cl-compare-btn"
          >
            {t('compare')}
          </button>
          <button type="button" class="cl-plain cl-danger" data-testid="cl-remove" onClick={() => void remove()}>
            {t('removeFromShortlist')}
          </button>
          <button type="button" class="cl-plain" onClick={() => setSelected(new Set())}>
            {t('clearSelection')}
          </button>
        </div>
      )}
      {undo && (
        <div class="cl-toast" role="status">
          {t('removedCount', undo.length)}{' '}
          <button type="button" class="cl-link" data-testid="cl-undo" onClick={() => void restore()}>
            {t('undo')}
          </button>
        </div>
      )}
      {rows === null && !early ? (
        <p class="cl-muted">…</p>
      ) : total === 0 ? (
        <p class="cl-muted" data-testid="cl-shortlist-empty">
          {t('shortlistEmpty')}
        </p>
      ) : (
        <>
          <p class="cl-muted cl-count" data-testid="cl-shortlist-count" data-complete={String(!early)}>
            {t('showingCount', early ? total : shown.length, total)}{' '}
            {!early && (
              <button
                type="button"
                class="cl-link"
                onClick={() =>
                  setSelected(shown.length === selected.size ? new Set() : new Set(shown.map((r) => r.key)))
                }
              >
                {t(shown.length === selected.size ? 'clearSelection' : 'selectAllShown')}
              </button>
            )}
          </p>
          <VirtualList
            items={listed}
            rowHeight={ROW_HEIGHT}
            height={Math.min(listed.length, LIST_ROWS) * ROW_HEIGHT}
            itemKey={(row) => row.key}
            render={(row) => (
              <ShortlistRowView
                row={row}
                lang={lang}
                selected={selected.has(row.key)}
                onSelect={(on) => {
                  const next = new Set(selected);
                  if (on) next.add(row.key);
                  else next.delete(row.key);
                  setSelected(next);
                }}
                onOpenDetail={() => onOpenProfile(row.ref)}
                onOpenTab={() => void browser.tabs.create({ url: row.url })}
                onEdit={() => setEditing(row)}
              />
            )}
          />
        </>
      )}
      <div class="cl-exchange">
        <button
          type="button"
          class="cl-plain"
          data-testid="cl-export-csv"
          disabled={!rows?.length}
          onClick={() => void download('csv')}
        >
          {t('exportCsv')}
        </button>
        <button
          type="button"
          class="cl-plain"
          data-testid="cl-export-json"
          disabled={!rows?.length}
          onClick={() => void download('json')}
        >
          {t('exportJson')}
        </button>
        <button
          type="button"
          class="cl-plain"
          data-testid="cl-import-toggle"
          onClick={() => setShowImport(!showImport)}
        >
          {t('import')}
        </button>
      </div>
      {showImport && <ImportPanel onImported={() => void load()} />}
    </section>
  );
}
