import { type Count, isExact } from '../../core/count.ts';
import type { ProfileView } from '../../messages/view.ts';
import { formatWhole, type Grouping } from '../../ui/whole-number.ts';
import type { ContentContext } from '../context.ts';
import { mountOverlay, type OverlayHandle } from '../overlay/mount.ts';

export interface Presenter {
  /** Whether the card shows a scored view: from then on it only changes to a newer one. */
  readonly scored: boolean;
  ready(view: ProfileView): void;
  /** The page's own exact count, drawn before the score; false when it cannot be (then nothing changed). */
  countFirst(handle: string, count: Count | null): boolean;
  /** The count shown first got no score: the card goes back to reading, unless a scored view came meanwhile. */
  unscored(): void;
  unreadable(missing: string[], diagnostic: string): void;
}

/** The card on the page, for one profile visit: mounted at once (when the site shows it), gone when the visit ends. */
export function presentProfile(
  ctx: ContentContext,
  options: {
    key: string;
    show: boolean;
    lang: string;
    grouping?: Grouping | null | undefined;
    onToggleSave(saved: boolean): void;
  },
): Presenter {
  const { lang, grouping } = options;
  let scored = false;
  let overlay: OverlayHandle | null = null;
  if (options.show) {
    overlay = mountOverlay(ctx, options.key, lang, {
      onToggleSave: options.onToggleSave,
      onHide() {
        overlay?.unmount();
        overlay = null;
      },
    });
    overlay.update({ phase: 'reading' });
    ctx.onInvalidated(() => overlay?.unmount());
  }
  return {
    get scored() {
      return scored;
    },
    ready(view) {
      scored = true;
      overlay?.update({ phase: 'ready', view });
    },
    countFirst(handle, count) {
      if (scored || !overlay || !count || !isExact(count) || grouping?.lang !== lang) return false;
      overlay.update({ phase: 'scoring', handle, followers: count.value, text: formatWhole(count.value, grouping) });
      return true;
    },
    unscored() {
      if (!scored) overlay?.update({ phase: 'reading' });
    },
    unreadable(missing, diagnostic) {
      overlay?.update({ phase: 'unreadable', missing, diagnostic });
    },
  };
}
