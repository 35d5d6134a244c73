import { bioFacts, captionFacts } from '../../core/caption.ts';
import type { Count } from '../../core/count.ts';
import { type ExplainedCount, explainCount } from '../../core/parse-count/index.ts';
import type { ShownCount, ShownCounts, TweetMetricName } from '../../core/shown.ts';
import type { ProfileSnapshot } from '../../core/snapshot.ts';
// reader.ts's list, not snapshot.ts's: that module builds zod schemas, which would ride into every content script.
import { COUNT_FIELDS, type PageRead, type ReadResult } from '../reader.ts';
import { ytCount } from '../youtube/text.ts';
import { parseOgDescription } from './og-description.ts';
import { leadingCount, understoodActionCounts } from './tweet-actions.ts';

// The worker's half of a document read: the counts a page gathered as text, read in the order the page found them.

type Understood = ReturnType<typeof understoodActionCounts>;
const TWEET_METRICS: readonly string[] = ['replies', 'reposts', 'likes', 'views'] satisfies TweetMetricName[];

/**
 * Reads one shown count, with the count parser's reasons where it ran (explainCount: a guessed unit word, a
 * refusal); `routes` collects how tweet labels were read, for the posts' source.
 */
function readExplained(shown: ShownCount, routes: Set<string>, labels: Map<string, Understood>): ExplainedCount {
  const { text, lang } = shown;
  switch (shown.how) {
    case 'truncated': {
      // YouTube's "No views" in a page of unknown language: a zero word of any language (ytCount) is still 0.
      const explained = explainCount(text, lang, { truncated: true });
      return explained.count ? explained : { ...explained, count: ytCount(text, lang) };
    }
    case 'leading':
      return { count: leadingCount(text, lang) };
    case 'og': {
      const metric = shown.metric;
      const count =
        metric === 'likes' || metric === 'talkingAbout' || metric === 'wereHere'
          ? (parseOgDescription(text, lang)[metric] ?? null)
          : null;
      return { count };
    }
    case 'tweet-action': {
      const key = `${lang}\u0000${text}`;
      if (!labels.has(key)) labels.set(key, understoodActionCounts(text, lang));
      const understood = labels.get(key) ?? null;
      // A label in a language we have no words for: each button's leading number (null when it shows none).
      routes.add(understood ? 'action-group aria-label' : 'per-button aria-labels');
      const metric = TWEET_METRICS.includes(shown.metric ?? '') ? (shown.metric as TweetMetricName) : null;
      const fromGroup = understood && metric ? understood[metric] : null;
      return { count: fromGroup ?? leadingCount(shown.button ?? null, lang) };
    }
    default:
      // 'either', and no rule given: no capture establishes whether Instagram or TikTok round or truncate ("12K" for
      // 12,167 and "783.4K" for 783,427 read the same either way), so the interval covers both.
      return explainCount(text, lang, { rule: 'either' });
  }
}

const readShown = (shown: ShownCount, routes: Set<string>, labels: Map<string, Understood>): Count | null =>
  readExplained(shown, routes, labels).count;

/** The snapshot with the shown counts read: the first candidate of each count that reads wins, as on the page. */
export function resolveShown(snapshot: ProfileSnapshot, shown: ShownCounts | undefined): ProfileSnapshot {
  if (!shown) return snapshot;
  const out = structuredClone(snapshot);
  const routes = new Set<string>();
  const labels = new Map<string, Understood>();
  for (const field of COUNT_FIELDS) {
    if (out[field] !== null) continue;
    let refused: string | undefined;
    for (const candidate of shown.counts?.[field] ?? []) {
      const read = 'count' in candidate ? { count: candidate.count } : readExplained(candidate.shown, routes, labels);
      refused ??= read.refused;
      if (!read.count) continue;
      out[field] = read.count;
      // A guess says what it rests on where the number's source is shown (issue 19).
      out.sources[field] = read.note ? `${candidate.source} (${read.note})` : candidate.source;
      delete out.missing?.[field];
      break;
    }
    // Refused, never silently dropped: the reason the text holds a number yet gives no count.
    if (out[field] === null && refused)
      out.missing = { ...out.missing, [field]: `the number shown was refused: ${refused}` };
  }
  shown.posts?.forEach((gathered, i) => {
    const post = out.recentPosts[i];
    if (!gathered || !post) return;
    const { caption, ...counts } = gathered;
    for (const [field, value] of Object.entries(counts)) {
      if (value) post[field as keyof typeof counts] = readShown(value, routes, labels);
    }
    if (caption !== undefined) Object.assign(post, captionFacts(caption));
  });
  if (shown.bio) out.bio = bioFacts(shown.bio.text, shown.bio.links, shown.bio.emails);
  for (const note of shown.notes ?? []) {
    const count = readShown(note.shown, routes, labels);
    if (count) out.sources[note.key] = `${count.value}${note.after}`;
  }
  if (routes.size > 0 && out.sources.recentPosts) out.sources.recentPosts += `: ${[...routes].join(' + ')}`;
  if (out.missing && Object.keys(out.missing).length === 0) delete out.missing;
  return out;
}

/** A page read finished: its shown counts read, and nothing else carried along. */
export function resolveRead(read: PageRead): ReadResult {
  if (!read.ok) return read;
  return { ok: true, snapshot: resolveShown(read.snapshot, read.shown) };
}
