// What a caption or bio says that a marketer asks about, kept small: the text itself is never stored.
import { lazyPattern } from './lazy-pattern.ts';

const MAX_TAGS = 30;
// A run of tags written together ("#poggers#merluza", TikTok 2022) is one tag after another, as the sites link them.
const hashtagPattern = lazyPattern(() => /(?:^|[^\p{L}\p{N}_&])((?:#[\p{L}\p{N}\p{M}_]{1,99})+)/gu);
const mentionPattern = lazyPattern(() => /(?:^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}_.]{1,99})/gu);
const emailPattern = lazyPattern(
  () => /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}/gu,
);
const linkPattern = lazyPattern(() => /\bhttps?:\/\/[^\s<>"']{1,2000}/gu);

const unique = (items: Iterable<string>, max: number) => [...new Set(items)].slice(0, max);

/** A caption's hashtags and @mentions, lower-cased, each once, in order. */
export function captionFacts(text: string | null | undefined): { hashtags: string[]; mentions: string[] } {
  const caption = (text ?? '').normalize('NFC');
  const tags = [...caption.matchAll(hashtagPattern())].flatMap((m) => (m[1] ?? '').toLowerCase().split('#'));
  // A trailing dot ends the sentence, not the handle.
  const mentions = [...caption.matchAll(mentionPattern())].map((m) => (m[1] ?? '').replace(/\.+$/, '').toLowerCase());
  return { hashtags: unique(tags.filter(Boolean), MAX_TAGS), mentions: unique(mentions.filter(Boolean), MAX_TAGS) };
}

/** A bio's e-mail addresses and links: those in its text, then the site's own link fields. */
export function bioFacts(
  text: string | null | undefined,
  links: ReadonlyArray<string | null | undefined> = [],
  emails: ReadonlyArray<string | null | undefined> = [],
): { emails: string[]; links: string[] } {
  const bio = text ?? '';
  const found = [...emails, ...[...bio.matchAll(emailPattern())].map((m) => m[0])];
  const urls = [...links, ...[...bio.matchAll(linkPattern())].map((m) => m[0])];
  return {
    emails: unique(
      found.filter((e): e is string => !!e && e.length <= 254).map((e) => e.trim().toLowerCase()),
      5,
    ),
    links: unique(
      urls.filter((u): u is string => !!u && /^https?:\/\//i.test(u.trim()) && u.length <= 2048).map((u) => u.trim()),
      5,
    ),
  };
}
