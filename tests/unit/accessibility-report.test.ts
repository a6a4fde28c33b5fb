import { describe, expect, it } from 'vitest';
import { latestSweep, sweepPassed, type SweepReport } from '../../src/lib/accessibility-report';

const base: SweepReport = { testedAt: '2026-11-22T00:00:00Z', axe: '4', tags: [], pages: 10, violations: 0, pagesWithViolations: 0 };

describe('sweepPassed', () => {
  it('passes only when every check that ran found nothing', () => {
    expect(sweepPassed(base)).toBe(true);
    expect(sweepPassed({ ...base, html: { pages: 10, errors: 0 }, links: { pages: 10, links: 99, problems: 0 } })).toBe(true);
    expect(sweepPassed({ ...base, violations: 1, pagesWithViolations: 1 })).toBe(false);
    expect(sweepPassed({ ...base, html: { pages: 10, errors: 2 } })).toBe(false);
    expect(sweepPassed({ ...base, links: { pages: 10, links: 99, problems: 1 } })).toBe(false);
  });

  it('reads the committed report written by the last sweep', () => {
    expect(latestSweep.pages).toBeGreaterThan(0);
    expect(new Date(latestSweep.testedAt).getTime()).not.toBeNaN();
  });
});
