/**
 * Text from pages, users and import files, made safe to store and to export once, where it enters storage: NUL and
 * the other C0 controls except tab, line feed and carriage return, and lone UTF-16 surrogates become U+FFFD. A
 * display name with a NUL or a note with a lone surrogate made our own exports refuse to re-import (issue 20).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROLS, '\uFFFD').replace(LONE_SURROGATES, '\uFFFD');
}

/** `value` with every string in it cleaned, object keys included; other values as they are. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanStrings) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[cleanText(key)] = cleanStrings(item);
  return out as T;
}
