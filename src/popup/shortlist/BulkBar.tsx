import { useState } from 'preact/hooks';
import { t } from '../../ui/i18n.ts';
import { splitNames } from './query.ts';

interface Props {
  count: number;
  onEditLists(edit: { add?: string; set?: string[] }): Promise<void>;
  onCompare(): void;
  onRemove(): void;
  onClear(): void;
}

/** What can be done to the selected entries: add or move to a list, compare 2–4, remove, or clear the selection. */
export function BulkBar({ count, onEditLists, onCompare, onRemove, onClear }: Props) {
  const [listName, setListName] = useState('');
  const name = splitNames(listName)[0];
  const edit = async (change: { add?: string; set?: string[] }) => {
    await onEditLists(change);
    setListName('');
  };
  return (
    <div class="cl-bulk" data-testid="cl-bulk">
      <span>{t('selectedCount', count)}</span>
      <input
        aria-label={t('listName')}
        placeholder={t('listName')}
        value={listName}
        onInput={(e) => setListName((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="button" class="cl-plain" disabled={!name} onClick={() => void edit({ add: name })}>
        {t('addToList')}
      </button>
      <button type="button" class="cl-plain" disabled={!name} onClick={() => void edit({ set: name ? [name] : [] })}>
        {t('moveToList')}
      </button>
      <button
        type="button"
        class="cl-plain"
        disabled={count < 2 || count > 4}
        onClick={onCompare}
        data-testid="cl-compare-btn"
      >
        {t('compare')}
      </button>
      <button type="button" class="cl-plain cl-danger" data-testid="cl-remove" onClick={onRemove}>
        {t('removeFromShortlist')}
      </button>
      <button type="button" class="cl-plain" onClick={onClear}>
        {t('clearSelection')}
      </button>
    </div>
  );
}
