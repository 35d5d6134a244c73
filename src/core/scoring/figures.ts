// The figures a marketer asks for that the page itself holds (issue 21 item 3), each from its own small file.
import type { ProfileSnapshot } from '../snapshot.ts';
import type { Activity } from './activity.ts';
import { type PriceEstimate, priceOf } from './price.ts';
import { type Rhythm, rhythmOf } from './rhythm.ts';
import type { PostSample } from './sample.ts';
import { DEFAULT_CPM, type ScoringSettings } from './settings.ts';
import { type Sponsored, sponsoredOf } from './sponsored.ts';
import { type Trend, trendOf } from './trend.ts';
import { type ViewsFigure, viewsOf } from './views.ts';

export interface Figures {
  views: ViewsFigure | null;
  rhythm: Rhythm | null;
  trend: Trend;
  sponsored: Sponsored;
  /** Null: what was read of the page held no bio (every site's reader reads one where shown); else what it holds. */
  contact: { email: string | null; link: string | null } | null;
  price: PriceEstimate | null;
}

export function figuresOf(
  snapshot: ProfileSnapshot,
  sample: PostSample,
  activity: Activity | null,
  settings: ScoringSettings,
  now: Date | null,
): Figures {
  const views = viewsOf(sample.posts, snapshot.followers, settings.thresholds.minPosts, settings.thresholds.confidence);
  // Sponsorship is a fact of every post read, not of the rate's window: pinned and older posts count too.
  const sponsored = sponsoredOf(snapshot.recentPosts, snapshot.handle);
  return {
    views,
    rhythm: rhythmOf(sample, activity?.postsPerWeek ?? null, now),
    trend: trendOf(sample.posts),
    sponsored,
    contact: snapshot.bio ? { email: snapshot.bio.emails[0] ?? null, link: snapshot.bio.links[0] ?? null } : null,
    price: priceOf(views, snapshot.platform, settings.cpm ?? DEFAULT_CPM),
  };
}
