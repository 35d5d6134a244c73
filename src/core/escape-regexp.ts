/** Text to match literally inside a RegExp built from words the page or a catalogue supplies. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
