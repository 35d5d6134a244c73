// Formats entries of our _locales message tables the way browser.i18n does, for a language the user chose
// in settings (browser.i18n only knows the browser's language). Pure: unit-tested against both tables.

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
