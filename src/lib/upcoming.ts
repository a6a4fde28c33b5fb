/**
 * "Upcoming" lists are judged when the site is built, which happens every night (0:05 JST, .github/workflows/site.yml),
 * so a page never offers a meeting or a サロン day that passed before today; the page says on which day it was built.
 */

/** Which entries to show at `now`: those not yet ended, the first `limit` of them. */
export function upcomingVisibility(endsAt: readonly number[], now: number, limit = Number.POSITIVE_INFINITY): boolean[] {
  let shown = 0;
  return endsAt.map((end) => end > now && shown++ < limit);
}
