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

/** Whether every check that ran in the sweep passed (a check that did not run is left out of the report). */
export const sweepPassed = (r: SweepReport) =>
  r.violations === 0 && (r.html?.errors ?? 0) === 0 && (r.links?.problems ?? 0) === 0;
