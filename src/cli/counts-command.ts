import * as z from 'zod/mini';
import type { Count } from '../core/count.ts';
import { parseCount } from '../core/parse-count/index.ts';

/** `inspect counts <file.json>`: [{ "text": "1,2 Mio.", "lang": "de", "truncated"?: true }, …]. */
const CountsInputSchema = z.array(z.object({ text: z.string(), lang: z.string(), truncated: z.optional(z.boolean()) }));

/**
 * One Count or null per entry, same order. Throws an Error with a one-line message when the input is
 * not an array of { text, lang } (the CLI turns it into exit status 1).
 */
export function countsCommand(json: unknown): Array<Count | null> {
  const parsed = CountsInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at [${issue.path.join('][')}]` : '';
    const what = issue && 'expected' in issue ? `expected ${String(issue.expected)}` : (issue?.message ?? 'invalid');
    throw new Error(`counts: the file must be [{ "text": string, "lang": string }, …]${where}: ${what}`);
  }
  return parsed.data.map((entry) => parseCount(entry.text, entry.lang, { truncated: entry.truncated === true }));
}
