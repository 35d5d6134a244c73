// UI words X uses around its numbers, per UI language (base tag). Only languages seen in real captures are
// listed: English (2023-01 and 2025-12). Other languages fall back to language-independent sources
// (JSON-LD, per-button leading numbers). Add a language only from a real capture.

/** Social-context text of the pinned tweet: "Pinned" (2025-12), "Pinned Tweet" (2023-01). */
export const PINNED_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['pinned', 'pinned tweet', 'pinned post'],
};
