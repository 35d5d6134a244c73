import { isoTime } from '../../core/dates/iso.ts';

// A TikTok video id is a 64-bit snowflake whose upper 32 bits are its upload time in Unix seconds: the saved
// @illojuan video page's createTime is 5 s after its id's, and on all 53 items of the saved item_list capture
// createTime is 0 s – 16 h after the id's time (a scheduled post), tests/unit/sites/timeline.test.ts.

/** TikTok's launch (2016-09); an earlier time means the id is not a snowflake of ours. */
const FIRST_UPLOAD_S = 1_472_688_000;

/** The upload time a TikTok video id encodes, as ISO text; null for anything that is not such an id. */
export function tiktokIdTime(id: string): string | null {
  if (!/^\d{17,20}$/.test(id)) return null;
  const seconds = Number(BigInt(id) >> 32n);
  if (seconds < FIRST_UPLOAD_S) return null;
  return isoTime(seconds * 1000);
}
