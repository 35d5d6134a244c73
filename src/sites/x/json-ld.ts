import { type Count, exactCount } from '../../core/count.ts';
import type { CountField } from '../../core/snapshot.ts';
import { allMatches } from '../dom.ts';
import { asArray, asCountInteger, asRecord, asString, sameHandle } from '../json.ts';
import { JSON_LD_PERSON_KEYS, JSON_LD_STATISTICS, PROFILE_JSON_LD } from './selectors.ts';

export interface ProfileJsonLd {
  counts: Partial<Record<CountField, Count>>;
  displayName?: string;
  /** The bio text (its links are t.co wrappers). */
  description?: string;
  /** Which key held the Person ("mainEntity" or "author"). */
  personKey: string;
}

/** Why the JSON-LD gave nothing, for the snapshot's `missing`. */
export type JsonLdMiss = { reason: string };

/**
 * The profile's exact counts from its JSON-LD ProfilePage, only when `additionalName` is the URL's handle:
 * after SPA navigation the block may still describe the previous profile (EXTRACTION.md §0.2).
 */
export function readProfileJsonLd(doc: Document, handle: string): ProfileJsonLd | JsonLdMiss {
  const seen: string[] = [];
  let malformed = 0;
  for (const el of allMatches(doc, PROFILE_JSON_LD)) {
    let json: unknown;
    try {
      json = JSON.parse(el.textContent ?? '');
    } catch {
      malformed++;
      continue;
    }
    const page = asRecord(json);
    if (!page) continue;
    for (const key of JSON_LD_PERSON_KEYS) {
      const person = asRecord(page[key]);
      if (!person) continue;
      const name = asString(person.additionalName);
      if (!sameHandle(name, handle)) {
        if (name) seen.push(name);
        continue;
      }
      const out: ProfileJsonLd = { counts: statistics(person.interactionStatistic), personKey: key };
      const displayName = asString(person.name);
      if (displayName) out.displayName = displayName;
      const description = asString(person.description);
      if (description !== null) out.description = description;
      return out;
    }
  }
  if (seen.length > 0)
    return { reason: `JSON-LD describes @${seen.join(', @')}, not @${handle} (stale after navigation)` };
  if (malformed > 0) return { reason: 'JSON-LD block is malformed' };
  return { reason: 'no JSON-LD ProfilePage on the page' };
}

function statistics(list: unknown): Partial<Record<CountField, Count>> {
  const out: Partial<Record<CountField, Count>> = {};
  for (const item of asArray(list)) {
    const stat = asRecord(item);
    const name = asString(stat?.name);
    const n = asCountInteger(stat?.userInteractionCount);
    if (!name || n === null || !Object.hasOwn(JSON_LD_STATISTICS, name)) continue;
    const field = JSON_LD_STATISTICS[name as keyof typeof JSON_LD_STATISTICS];
    out[field] ??= exactCount(n);
  }
  return out;
}
