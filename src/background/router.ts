import type { AppSettings } from '../core/settings.ts';
import { ContentToBackgroundSchema, type Reply, UiToBackgroundSchema } from '../messages/protocol.ts';
import { type Call, fail, type RouterDeps } from './call.ts';
import { fromContent } from './from-content.ts';
import { fromUi } from './from-ui.ts';
import { namesItsPage, type Origin } from './sender.ts';

/**
 * Validates one message, checks who sent it and what it may speak about, and hands it to its direction
 * (from-content.ts, from-ui.ts); never throws (a bad message gets a reply saying why).
 */
export async function route(message: unknown, origin: Origin | null, deps: RouterDeps): Promise<Reply<unknown>> {
  if (!origin) return fail('rejected: sender is not part of Creator Lens');
  let settings: Promise<AppSettings> | null = null;
  const call: Call = { ...deps, settings: () => (settings ??= deps.getSettings()) };
  try {
    if (origin.from === 'content') {
      const parsed = ContentToBackgroundSchema.safeParse(message);
      if (!parsed.success) return fail(`rejected: malformed content message (${firstIssue(parsed.error)})`);
      if (!namesItsPage(parsed.data, origin.url)) {
        return fail('rejected: the message names a profile the sending page does not show');
      }
      return await fromContent(parsed.data, origin, call);
    }
    const parsed = UiToBackgroundSchema.safeParse(message);
    if (!parsed.success) return fail(`rejected: malformed UI message (${firstIssue(parsed.error)})`);
    return await fromUi(parsed.data, call);
  } catch (error) {
    return fail(`failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'message'}: ${issue.message}` : 'invalid';
}
