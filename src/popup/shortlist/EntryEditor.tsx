import { useState } from 'preact/hooks';
import type { ShortlistEntry } from '../../storage/schema.ts';
import { t } from '../../ui/i18n.ts';
import { splitNames } from './query.ts';

interface Props {
  handle: string;
  entry: ShortlistEntry;
  onSave(change: { notes: string; tags: string[]; lists: string[] }): void;
  onClose(): void;
}

/** Notes, tags and lists of one entry, edited in place above the list. */
export function EntryEditor({ handle, entry, onSave, onClose }: Props) {
  const [notes, setNotes] = useState(entry.notes);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [lists, setLists] = useState(entry.lists.join(', '));
  return (
    <form
      class="cl-editor"
      data-testid="cl-entry-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ notes, tags: splitNames(tags), lists: splitNames(lists) });
      }}
    >
      <strong>@{handle}</strong>
      <label>
        {t('notes')}
        <textarea
          data-testid="cl-notes"
          rows={3}
          maxLength={10000}
          value={notes}
          onInput={(e) => setNotes((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <label>
        {t('tags')}
        <input
          data-testid="cl-tags"
          value={tags}
          placeholder={t('tagsHint')}
          onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        {t('lists')}
        <input
          data-testid="cl-lists"
          value={lists}
          placeholder={t('listsHint')}
          onInput={(e) => setLists((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <div class="cl-actions">
        <button type="submit" class="cl-save" data-testid="cl-entry-save">
          {t('save')}
        </button>
        <button type="button" class="cl-plain" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
