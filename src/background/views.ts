import type { Insight } from '../core/insight.ts';
import { type ProfileRef, profileKey } from '../core/platform.ts';
import type { ContentView } from '../messages/to-content.ts';
import type { ProfileView, ShownFigures } from '../messages/view.ts';
import type { ProfileRecord } from '../storage/schema.ts';
import { formatCount, formatPercentRange } from '../ui/format.ts';
import { LOCALES } from '../ui/locales.ts';
import { groupingOf } from '../ui/whole-number.ts';
import type { Call } from './call.ts';
import { displayLang, scoreRecord, scoringLang } from './score.ts';

/** What the card on a page needs: whether to show, the profile's view, and its texts in the UI's language. */
export async function contentView(ref: ProfileRef, deps: Call): Promise<ContentView> {
  const record = await deps.store.get(ref);
  const settings = await deps.settings();
  const browserLang = deps.browserLang();
  const lang = displayLang(settings, browserLang);
  return {
    overlay: settings.overlay[ref.platform] !== false,
    view: record ? await view(record, deps) : null,
    // The overlay's texts come with the view, in the language settings choose (else the browser's, as i18n would
    // pick among our locales): the page never calls i18n.getMessage, whose first call in a page's process fetched
    // the extension's whole message bundle synchronously, 3–5 ms of that page's main thread (Chromium 156).
    lang,
    messages: LOCALES[scoringLang(settings, browserLang)],
    ...withGrouping(lang),
  };
}

/** `insight`: already scored for this record in this message. */
export async function view(record: ProfileRecord, deps: Call, scored?: Insight): Promise<ProfileView> {
  const settings = await deps.settings();
  const insight = scored ?? scoreRecord(record, settings, deps.browserLang());
  return {
    key: profileKey(record.ref),
    ref: record.ref,
    snapshot: record.snapshot,
    insight,
    shown: shownFigures(record, insight, displayLang(settings, deps.browserLang())),
    saved: record.saved,
    history: record.history,
    firstSeen: record.firstSeen,
    lastSeen: record.lastSeen,
  };
}

function withGrouping(lang: string): Pick<ContentView, 'grouping'> {
  const grouping = groupingOf(lang);
  return grouping ? { grouping } : {};
}

/** Numbers formatted here, where Intl is warm: a page's first Intl call costs it 15–35 ms (see locale-facts.ts). */
function shownFigures(record: ProfileRecord, insight: Insight, lang: string): ShownFigures {
  const followers = record.snapshot.followers;
  const e = insight.engagement;
  return {
    lang,
    followers: followers ? formatCount(followers, lang) : null,
    engagement: e ? formatPercentRange(e.low, e.high, e.rate, lang) : null,
  };
}
