/**
 * The latest quality sweep (written by tests/e2e/a11y.spec.ts after the HTML and link checks), as the
 * /accessibility/ page reports it. Nothing here is typed by hand.
 */
import report from '../data/accessibility-report.json';

export interface SweepReport {
  testedAt: string;
  axe: string;
  tags: string[];
  pages: number;
  violations: number;
  pagesWithViolations: number;
  html?: { pages: number; errors: number };
  links?: { pages: number; links: number; problems: number };
}

export const latestSweep = report as SweepReport;

/** Whether every check of the sweep passed: the condition for saying the site meets the target. */
export const sweepPassed = (r: SweepReport) =>
  r.violations === 0 && (r.html?.errors ?? 1) === 0 && (r.links?.problems ?? 1) === 0;
