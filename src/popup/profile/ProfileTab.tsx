import { useCallback, useState } from 'preact/hooks';
import type { ProfileView } from '../../messages/view.ts';
import { t } from '../../ui/i18n.ts';
import { ProfileSummary } from '../../ui/ProfileSummary.tsx';
import { api } from '../api.ts';
import { DomIsland } from '../DomIsland.tsx';
import { EntryEditor } from '../shortlist/EntryEditor.tsx';
import { GrowthChart } from './GrowthChart.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { PostsSample } from './PostsSample.tsx';
import { ProfileDetails, Signals } from './ProfileDetails.tsx';

/**
 * "This profile", in the order a decision is made: the decision block (verdict, score, reasons) with the shortlist
 * entry, the key figures, the posts, growth (from a second visit), and where each number was read, folded away.
 */
export function ProfileTab({
  view,
  lang,
  onChange,
}: {
  view: ProfileView;
  lang: string;
  onChange(v: ProfileView): void;
}) {
  const [editing, setEditing] = useState(false);
  // Set after an unsave made here: Undo saves again, which puts back the kept notes, tags and lists.
  const [undoable, setUndoable] = useState(false);
  const summary = useCallback(() => {
    const toggle = async (saved: boolean) => {
      const reply = await api.setSaved(view.ref, saved);
      if (!reply.ok) return;
      setUndoable(!saved);
      onChange(reply.data);
    };
    return ProfileSummary({
      view,
      lang,
      openReasons: true,
      onToggleSave: toggle,
      onUndo: undoable && !view.saved ? () => void toggle(true) : null,
    });
  }, [view, lang, onChange, undoable]);
  const growth = (view.insight as { growth?: { text?: string } | null } | null)?.growth?.text;
  return (
    <>
      <DomIsland build={summary} />
      {view.saved && !editing && (
        <div class="cl-entry">
          {view.saved.tags.length + view.saved.lists.length > 0 && (
            <p>{[...view.saved.lists.map((l) => `▸ ${l}`), ...view.saved.tags.map((tag) => `#${tag}`)].join('  ')}</p>
          )}
          {view.saved.notes && <p class="cl-notes">{view.saved.notes}</p>}
          <button type="button" class="cl-plain" data-testid="cl-edit-entry" onClick={() => setEditing(true)}>
            {t('editNotesShort')}
          </button>
        </div>
      )}
      {view.saved && editing && (
        <EntryEditor
          handle={view.ref.handle}
          entry={view.saved}
          onClose={() => setEditing(false)}
          onSave={async (change) => {
            const reply = await api.updateEntry(view.ref, change);
            if (reply.ok) onChange(reply.data);
            setEditing(false);
          }}
        />
      )}
      <KeyFigures insight={view.insight} lang={lang} platform={view.ref.platform} />
      <Signals insight={view.insight} />
      <h2>{t('postsReadHeading')}</h2>
      <PostsSample
        posts={view.snapshot.recentPosts}
        lang={lang}
        platform={view.ref.platform}
        handle={view.ref.handle}
        followers={view.snapshot.followers}
      />
      <h2>{t('growth')}</h2>
      {/* One visit has no growth: say when it will come rather than draw an empty chart. */}
      {view.history.length >= 2 ? (
        <>
          {growth && <p>{growth}</p>}
          <GrowthChart history={view.history} lang={lang} />
        </>
      ) : (
        <p class="cl-muted" data-testid="cl-growth-later">
          {t('growthFromSecondVisit')}
        </p>
      )}
      <ProfileDetails view={view} lang={lang} />
    </>
  );
}
