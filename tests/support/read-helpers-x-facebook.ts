import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/** Bundled MIT pages (tests/fixtures/real) and the shared set, which may be absent on a fresh clone. */
export const FIXTURES = resolve(import.meta.dirname, '../fixtures/real');
export const REAL = resolve(import.meta.dirname, '../../../shared/real-pages');
export const HAS_REAL = existsSync(REAL);

export function fixtureText(relative: string): string {
  return readFileSync(resolve(FIXTURES, relative), 'utf8');
}

export function fixtureJson(relative: string): unknown {
  return JSON.parse(fixtureText(relative));
}

export function realJson(relative: string): unknown {
  return JSON.parse(readFileSync(resolve(REAL, relative), 'utf8'));
}

/** A linkedom Document (the same DOM API a content script gets). */
export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const exact = (n: number) => ({ value: n, min: n, max: n });
