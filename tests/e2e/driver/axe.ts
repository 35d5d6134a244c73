// axe-core in a page of either browser: injected through the driver's debugging protocol (no page CSP applies), run
// on the whole document or on one element and its (open) shadow tree.
import axe from 'axe-core';
import type { DriverPage } from './types.ts';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Where, and why: "selector — failure summary", a few per rule. */
  nodes: string[];
}

/** axe's violations on `page` (or only inside `include`, a CSS selector of a shadow host or element). */
export async function axeViolations(page: DriverPage, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluateScript('typeof window.axe === "object"'))) await page.evaluateScript(axe.source);
  const context = include ? JSON.stringify({ include: [[include]] }) : 'document';
  // A string, not a function: tsx's __name helper would not exist in the page.
  return page.evaluateScript(`window.axe.run(${context}, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => JSON.stringify(n.target) + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
    })))`) as Promise<AxeViolation[]>;
}

/** Only the violations the check fails on: moderate (heading order, landmarks), serious and critical. */
export const atLeastModerate = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical');
