import type { Count } from '../count.ts';
import type { TierId } from '../insight.ts';
import type { ScoringSettings } from './settings.ts';
import type { Texts } from './texts.ts';

type Bands = ScoringSettings['tierBands'];

/** The tier a follower number falls in: each band includes its lower bound (10,000 is Micro, 9,999 Nano). */
export function tierOf(followers: number, bands: Bands): TierId {
  if (followers >= bands.mega) return 'mega';
  if (followers >= bands.macro) return 'macro';
  if (followers >= bands.mid) return 'mid';
  if (followers >= bands.micro) return 'micro';
  if (followers >= bands.nano) return 'nano';
  return 'emerging';
}

export interface TierResult {
  id: TierId;
  label: string;
  /** The neighbouring tier when the count's rounding interval crosses a band boundary. */
  alternative?: TierId;
  /** True when followers could not be read: `id` is then only a placeholder the contract requires. */
  unknown?: boolean;
}

/**
 * Tier by the count's value; when min and max fall in different tiers the label says "Micro or Mid".
 * Followers unread → id "emerging" as a placeholder (the contract needs an id), `unknown: true`, label "Unknown size".
 */
export function tierFor(followers: Count | null, bands: Bands, texts: Texts): TierResult {
  if (!followers) return { id: 'emerging', label: texts.t('tier_unknown'), unknown: true };
  const id = tierOf(followers.value, bands);
  const below = tierOf(followers.min, bands);
  const above = tierOf(followers.max, bands);
  const alternative = below !== id ? below : above !== id ? above : undefined;
  const label = texts.t(`tier_${id}`);
  if (!alternative) return { id, label };
  const [a, b] = below !== id ? [texts.t(`tier_${below}`), label] : [label, texts.t(`tier_${above}`)];
  return { id, label: texts.t('tier_either', { a, b }), alternative };
}
