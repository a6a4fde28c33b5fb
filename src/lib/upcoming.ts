/**
 * "Upcoming" lists are judged when the site is built and judged again in the browser with the reader's clock, by
 * this same function, so a page built days ago never offers a meeting or a サロン day that has already passed.
 */

/** Which entries to show at `now`: those not yet ended, the first `limit` of them. */
export function upcomingVisibility(endsAt: readonly number[], now: number, limit = Number.POSITIVE_INFINITY): boolean[] {
  let shown = 0;
  return endsAt.map((end) => end > now && shown++ < limit);
}
