import { primeLanguage } from '../core/parse-count/index.ts';
import { isLocaleFacts } from '../core/parse-count/locale-facts.ts';

/**
 * Takes in the page language's number facts (the worker's reply to content:get-view), for a site whose page reads
 * still parse counts (YouTube's DOM fallback): the parser then never starts Intl on the page.
 */
export function takeNumberFacts(facts: unknown): void {
  if (isLocaleFacts(facts)) primeLanguage(facts);
}
