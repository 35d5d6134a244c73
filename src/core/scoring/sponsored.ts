import type { RecentPost } from '../snapshot.ts';

/**
 * Hashtags that disclose a paid post, lower-cased: the English ones the FTC and ASA name, and their Spanish,
 * Portuguese, Italian, French and German forms (Autocontrol's code for Spain: #publicidad, #patrocinado, #publi).
 */
export const SPONSORED_TAGS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsored',
  'sponsor',
  'paidpartnership',
  'paidpartner',
  'partner',
  'collab',
  'gifted',
  'publi',
  'publicidad',
  'publicidade',
  'patrocinado',
  'patrocinada',
  'patrocinio',
  'colaboración',
  'colaboracion',
  'colaboración_pagada',
  'anuncio',
  'pubblicità',
  'sponsorizzato',
  'adv',
  'sponsorisé',
  'partenariat',
  'werbung',
  'anzeige',
]);

/**
 * "#<Brand>Partner" and "#<Brand>Ambassador", which the FTC's guide for influencers accepts as a disclosure
 * (#TikTokPartner, #TikTok_Partner on @oddanimalspecimens' TikTok campaign videos, 2025); not a personal partner.
 */
const BRAND_PARTNER = /^(\p{L}[\p{L}\p{N}]*?)_?(?:partner|ambassador)$/u;
const NOT_A_BRAND: ReadonlySet<string> = new Set(['my', 'life', 'your', 'our', 'his', 'her', 'best', 'new', 'the']);

/** Whether a hashtag (lower-cased) discloses a paid post. */
export function isDisclosureTag(tag: string): boolean {
  if (SPONSORED_TAGS.has(tag)) return true;
  const brand = BRAND_PARTNER.exec(tag)?.[1];
  return brand !== undefined && !NOT_A_BRAND.has(brand);
}

export interface Mentioned {
  handle: string;
  posts: number;
}

export type Sponsored =
  | {
      /** Posts whose caption (or paid-partnership label) was read. */
      read: number;
      sponsored: number;
      /** sponsored ÷ read. */
      share: number;
      /**
       * The accounts the sponsored posts @mention (the creator's own handle left out), with how many sponsored posts
       * mention each, most first: not "brands" (a photographer or a friend is mentioned too; a handle does not say).
       */
      mentioned: Mentioned[];
    }
  | { read: 0 };

export const isSponsored = (p: RecentPost) => p.paid === true || (p.hashtags ?? []).some(isDisclosureTag);

/**
 * Share of sponsored posts among the posts the page showed a caption or a paid-partnership label for, with the
 * accounts those posts @mention. `{ read: 0 }` when no caption was read: the page (or our reader) does not show them.
 */
export function sponsoredOf(posts: readonly RecentPost[], handle: string): Sponsored {
  const read = posts.filter((p) => p.hashtags !== undefined || p.paid !== undefined);
  if (read.length === 0) return { read: 0 };
  const paid = read.filter(isSponsored);
  const own = handle.toLowerCase();
  const mentions = new Map<string, number>();
  for (const p of paid) for (const m of p.mentions ?? []) if (m !== own) mentions.set(m, (mentions.get(m) ?? 0) + 1);
  const mentioned = [...mentions]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([handle, posts]) => ({ handle, posts }));
  return {
    read: read.length,
    sponsored: paid.length,
    share: paid.length / read.length,
    mentioned: mentioned.slice(0, 10),
  };
}
