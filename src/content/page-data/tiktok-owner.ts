// TikTok's /api/post/item_list/ responses name no account in their items (no author, 2026-01 capture); the request
// does, by secUid. The page itself says whose secUid that is, in its first-load rehydration JSON and in the
// /api/user/detail responses of in-app navigation. The projection carries that handle as `owner`, and the worker
// checks it against the page's URL like any payload's identity (sites/tiktok/read.ts). Main world, TikTok only.
import { keeping, PAYLOAD_KEYS } from './keep-keys.ts';

const REHYDRATION = '#__UNIVERSAL_DATA_FOR_REHYDRATION__';
/** Accounts remembered: a page cannot grow this without bound (hand-overs are rate-limited too). */
const MAX_KNOWN = 100;

type Json = Record<string, unknown>;
const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Json)[key] : undefined;

/** The observer's projection for TikTok: the reader's keys, and the owner the request names when the page knows it. */
export function tiktokProjection(doc: () => Document | undefined = () => globalThis.document) {
  const keep = keeping(PAYLOAD_KEYS.tiktok);
  const known = new Map<string, string>();
  let readText: string | null = null;

  const learn = (user: unknown) => {
    const secUid = field(user, 'secUid');
    const uniqueId = field(user, 'uniqueId');
    if (typeof secUid !== 'string' || typeof uniqueId !== 'string' || known.size >= MAX_KNOWN) return;
    known.set(secUid, uniqueId);
  };
  // The first-load JSON, parsed once per text (an in-app navigation does not replace it).
  const learnFromDocument = () => {
    const text = doc()?.querySelector(REHYDRATION)?.textContent ?? null;
    if (!text || text === readText) return;
    readText = text;
    try {
      const scope = field(JSON.parse(text), '__DEFAULT_SCOPE__');
      learn(field(field(field(scope, 'webapp.user-detail'), 'userInfo'), 'user'));
    } catch {
      // Not JSON: no owner from it.
    }
  };

  return (body: object, from?: URL): unknown => {
    const projected = keep(body);
    if (from?.pathname.includes('/user/detail')) learn(field(field(body, 'userInfo'), 'user'));
    const secUid = from?.searchParams.get('secUid');
    if (!secUid || projected === null || typeof projected !== 'object') return projected;
    if (!known.has(secUid)) learnFromDocument();
    const owner = known.get(secUid);
    return owner ? { ...(projected as Json), owner } : projected;
  };
}
