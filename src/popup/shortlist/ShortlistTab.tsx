import { useState } from 'preact/hooks';
import type { ProfileRef } from '../../core/platform.ts';
import type { ProfileView, ShortlistRow } from '../../messages/view.ts';
import { browser } from '../../platform/browser.ts';
import { t } from '../../ui/i18n.ts';
import { BulkBar } from './BulkBar.tsx';
import { ComparePanel } from './ComparePanel.tsx';
import { EntryEditor } from './EntryEditor.tsx';
import { ExchangeBar } from './ExchangeBar.tsx';
import { FilterBar } from './FilterBar.tsx';
import { ShortlistRowView } from './ShortlistRowView.tsx';
import { SortHeads } from './SortHeads.tsx';
import { useShortlist } from './useShortlist.ts';
import { VirtualList } from './VirtualList.tsx';

const ROW_HEIGHT = 66;
// The head row: three lines of small text (the rate column's name above its two sorts).
const HEAD_HEIGHT = 44;
// Up to five rows show whole (no row cut by the export bar below); a longer list scrolls inside that height.
const LIST_ROWS = 5;

interface Props {
  lang: string;
  exportLang: 'en' | 'es';
  onOpenProfile(ref: ProfileRef): void;
  onCount(n: number): void;
}

/** The shortlist: search, filter, sort, edit, bulk actions with undo, compare, export and import. */
export function ShortlistTab({ lang, exportLang, onOpenProfile, onCount }: Props) {
  const list = useShortlist(exportLang, onCount);
  const [editing, setEditing] = useState<ShortlistRow | null>(null);
  const [compared, setCompared] = useState<ProfileView[] | null>(null);
  const { early, total, listed } = list;

  if (compared) return <ComparePanel views={compared} lang={lang} onClose={() => setCompared(null)} />;
  return (
    <section class="cl-shortlist" data-testid="cl-shortlist">
      {list.error && (
        <p class="cl-warn" role="alert">
          {list.error}
        </p>
      )}
      {editing && (
        <EntryEditor
          handle={editing.ref.handle}
          entry={editing.saved}
          onClose={() => setEditing(null)}
          onSave={async (change) => {
            await list.updateEntry(editing.ref, change);
            setEditing(null);
          }}
        />
      )}
      <FilterBar query={list.query} lists={list.lists} tags={list.tags} onQuery={list.setQuery} />
      {list.chosen.length > 0 && (
        <BulkBar
          count={list.chosen.length}
          onEditLists={list.editLists}
          onCompare={() => void list.compare().then((views) => views && setCompared(views))}
          onRemove={() => void list.remove()}
          onClear={list.clearSelection}
        />
      )}
      {list.undo && (
        <div class="cl-toast" role="status">
          {t('removedCount', list.undo.length)}{' '}
          <button type="button" class="cl-link" data-testid="cl-undo" onClick={() => void list.restore()}>
            {t('undo')}
          </button>
        </div>
      )}
      {list.rows === null && !early ? (
        <p class="cl-muted">…</p>
      ) : total === 0 ? (
        <p class="cl-muted" data-testid="cl-shortlist-empty">
          {t('shortlistEmpty')}
        </p>
      ) : (
        <>
          <p class="cl-muted cl-count" data-testid="cl-shortlist-count" data-complete={String(!early)}>
            {t('showingCount', early ? total : list.shown.length, total)}{' '}
            {!early && (
              <button type="button" class="cl-link" onClick={list.toggleAllShown}>
                {t(list.allShownSelected ? 'clearSelection' : 'selectAllShown')}
              </button>
            )}
          </p>
          <VirtualList
            items={listed}
            rowHeight={ROW_HEIGHT}
            rows={LIST_ROWS}
            label={t('tabShortlist')}
            head={<SortHeads query={list.query} onQuery={list.setQuery} />}
            headHeight={HEAD_HEIGHT}
            itemKey={(row) => row.key}
            render={(row, index) => (
              <ShortlistRowView
                row={row}
                index={index}
                lang={lang}
                selected={list.isSelected(row.key)}
                onSelect={(on) => list.select(row.key, on)}
                onOpenDetail={() => onOpenProfile(row.ref)}
                onOpenTab={() => void browser.tabs.create({ url: row.url })}
                onEdit={() => setEditing(row)}
              />
            )}
          />
        </>
      )}
      <ExchangeBar
        canExport={Boolean(list.rows?.length)}
        onExport={(f) => void list.download(f)}
        onImported={() => void list.reload()}
      />
    </section>
  );
}
