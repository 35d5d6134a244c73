// The one catalogue of words: public/_locales, which the browser reads for the UI, read here as data so that
// scoring (worker, `inspect` in Node) words its insight from the same entries without a browser API.
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import es from '../../public/_locales/es/messages.json' with { type: 'json' };
import type { MessageTable } from './message-format.ts';

export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** A key of the English catalogue: a misspelt key fails to compile. Spanish has the same keys (tested). */
export type MessageKey = keyof typeof en;

export const CATALOGUES: Readonly<Record<Lang, MessageTable>> = { en, es };

/** Ids such as 'outside-range' spelt as keys allow ([A-Za-z0-9_@]): 'outside_range'. */
export type KeyPart<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${KeyPart<B>}` : S;

export function keyPart<S extends string>(id: S): KeyPart<S> {
  return id.replaceAll('-', '_') as KeyPart<S>;
}
