// axe-core in a Chromium page (Playwright): injected through the debugging protocol (no page CSP applies), run on
// the whole document or on one element and its (open) shadow tree.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Where, and why: "selector — failure summary", a few per rule. */
  nodes: string[];
}

/** axe's violations on `page` (or only inside `include`, a CSS selector of a shadow host or element). */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const context = include ? JSON.stringify({ include: [[include]] }) : 'document';
  // A string, not a function: tsx's __name helper would not exist in the page.
  return page.evaluate(`window.axe.run(${context}, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target) + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
    })))`);
}

/** Only the violations the check fails on: moderate (heading order, landmarks), serious and critical. */
export const atLeastModerate = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical');
