// A grid card's caption from its cover's alt text, which TikTok writes from a template in the page's UI language.
import { escapeRegExp } from '../../core/escape-regexp.ts';
import { CAPTION_SLOT } from './rehydration.ts';

const MAX_ALT = 5000;

/** The template's literal words; a run of spaces may be none (an empty caption leaves no space before the credit). */
const literal = (text: string) => text.split(/\s+/).map(escapeRegExp).join('\\s*');

/**
 * The template as a pattern: the caption captured whole, every other slot (author, sound) the shortest text that lets
 * the credit's own words match, anchored at both ends, so only the credit around the caption is cut.
 */
function templatePattern(template: string): RegExp {
  const [before = '', after = ''] = template.split(CAPTION_SLOT);
  const part = (side: string) =>
    side
      .split(/\{\w+\}/)
      .map(literal)
      .join('[\\s\\S]*?');
  return new RegExp(`^${part(before)}([\\s\\S]*)${part(after)}$`, 'u');
}

const patterns = new Map<string, RegExp>();

/**
 * The caption an alt text holds by the page's template; null when there is no template or the alt text does not
 * follow it: the sound's name may carry someone else's tags, so an alt text we cannot cut is not read as a caption.
 */
export function captionFromCover(alt: string, template: string | null): string | null {
  if (template === null || alt.length > MAX_ALT) return null;
  let pattern = patterns.get(template);
  if (!pattern) {
    pattern = templatePattern(template);
    patterns.set(template, pattern);
  }
  return pattern.exec(alt)?.[1]?.trim() ?? null;
}
