import type { Count } from '../../src/core/count.ts';
import type { Platform } from '../../src/core/platform.ts';
import type { ProfileSnapshot, RecentPost } from '../../src/core/snapshot.ts';

/** Hand-made snapshots for scoring tests (readers are tested elsewhere). */
export const exact = (value: number): Count => ({ value, min: value, max: value });

/** A compact count as a site shows it, rounded to half a unit of its last digit: "1.2K" → 1150–1250. */
export function shown(text: string): Count {
  const m = /^(\d+(?:\.(\d+))?)([KM])?$/.exec(text);
  if (!m?.[1]) throw new Error(`test helper: bad count ${text}`);
  const unit = m[3] === 'K' ? 1e3 : m[3] === 'M' ? 1e6 : 1;
  const value = Math.round(Number(m[1]) * unit);
  if (unit === 1) return exact(value);
  const half = unit / 10 ** (m[2]?.length ?? 0) / 2;
  return { value, min: value - half, max: value + half };
}

export function post(id: string, fields: Partial<Omit<RecentPost, 'id'>> = {}): RecentPost {
  return { id, likes: null, comments: null, views: null, ...fields };
}

export function snapshot(platform: Platform, fields: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    platform,
    handle: 'someone',
    url: `https://example.com/${platform}/someone`,
    lang: 'en',
    followers: null,
    following: null,
    posts: null,
    totalLikes: null,
    recentPosts: [],
    sources: {},
    ...fields,
  };
}

/** Instagram-like posts from [likes, comments] pairs, all exact. */
export const igPosts = (pairs: readonly (readonly [number, number])[]) =>
  pairs.map(([likes, comments], i) => post(`p${i}`, { likes: exact(likes), comments: exact(comments) }));
