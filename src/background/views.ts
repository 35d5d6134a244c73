import type { Insight } from '../core/insight.ts';
import { profileKey } from '../core/platform.ts';
import type { ContentView } from '../messages/to-content.ts';
import type { ProfileView, ShownFigures } from '../messages/view.ts';
import type { ProfileRecord } from '../storage/schema.ts';
import { formatCount, formatPercentRange } from '../ui/format.ts';
import { groupingOf } from '../ui/whole-number.ts';
import type { Call } from './call.ts';
import { displayLang, scoreRecord } from './score.ts';

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

export function withGrouping(lang: string): Pick<ContentView, 'grouping'> {
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
