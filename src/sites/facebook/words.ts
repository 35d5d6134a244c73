// UI words Facebook writes after its numbers, per UI language (base tag). English only: the only language in
// our captures (m.facebook.com en-US 2021-06; www og:description 2026-06). Add a language from a real capture.

/** [M] Header words: "61M likes • 64M followers". */
export const HEADER_WORDS: Readonly<
  Record<string, Readonly<{ followers: readonly string[]; likes: readonly string[] }>>
> = {
  en: { followers: ['followers', 'follower'], likes: ['likes', 'like'] },
};
