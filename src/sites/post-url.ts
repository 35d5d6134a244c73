import type { Platform } from '../core/platform.ts';

// Where one post lives, from the id our readers keep: an https page of the post's own site, or null when the id
// is not of the form that site uses (a link is built only from what could be a real post id).
const ID: Record<Platform, RegExp> = {
  instagram: /^[\w-]{5,40}$/, // the shortcode ("CP5lh1YLbj4")
  tiktok: /^\d{8,25}$/,
  youtube: /^[\w-]{11}$/,
  x: /^\d{1,25}$/,
  facebook: /^$/, // post ids on Facebook pages are not stable enough to link
};

export function postUrl(platform: Platform, handle: string, id: string): string | null {
  if (!ID[platform].test(id)) return null;
  const who = encodeURIComponent(handle);
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/p/${id}/`;
    case 'tiktok':
      return `https://www.tiktok.com/@${who}/video/${id}`;
    case 'youtube':
      return `https://www.youtube.com/watch?v=${id}`;
    case 'x':
      return `https://x.com/${who}/status/${id}`;
    default:
      return null;
  }
}
