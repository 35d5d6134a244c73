// Formats entries of our _locales message tables the way browser.i18n does: for a language the user chose in
// settings (browser.i18n only knows the browser's language), and for scoring in the worker and in Node. Pure.

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Record<string, MessageEntry>;

/** "$WHAT$" → its placeholder's content, in which "$1"… are the substitutions; "$$" is a literal "$". */
export function formatMessage(entry: MessageEntry | undefined, substitutions: readonly string[]): string {
  if (!entry) return '';
  const placeholders = entry.placeholders ?? {};
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()]?.content;
      return content === undefined
        ? whole
        : content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
}

/**
 * The same, with substitutions named after the placeholders ({ perWeek } fills $PERWEEK$, case-insensitive as in
 * browser.i18n); a placeholder left without a value stays visible as "$NAME$", never blank.
 */
export function formatNamed(entry: MessageEntry | undefined, params: Readonly<Record<string, string>>): string {
  const byName = new Map(Object.entries(params).map(([name, value]) => [name.toLowerCase(), value]));
  const substitutions: string[] = [];
  for (const [name, { content }] of Object.entries(entry?.placeholders ?? {})) {
    const position = /^\$(\d)$/.exec(content)?.[1];
    if (position) substitutions[Number(position) - 1] = byName.get(name) ?? `$${name.toUpperCase()}$`;
  }
  return formatMessage(entry, substitutions);
}
