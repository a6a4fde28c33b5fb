/**
 * Everything one district's page (/areas/<id>/) shows, chosen in one place: its activities by 小学校区, its 第2層協議体
 * with their notices, and the articles about it. The page only places what this returns.
 */
import { bySchool } from './directory';
import { byArea, pastNotices, upcomingNotices } from './queries';

interface Ref { id: string }
type NoticeLike = Parameters<typeof upcomingNotices>[0][number];

/** How many past notices the page lists under the upcoming ones. */
export const PAST_NOTICES_SHOWN = 5;

export function districtContents<
  A extends { data: { area: Ref; schoolDistrict?: string } },
  C extends { id: string; data: { area?: Ref } },
  N extends NoticeLike,
  R extends { data: { areas: Ref[] } },
>(
  area: { id: string; data: { schools: readonly string[] } },
  content: { activities: readonly A[]; councils: readonly C[]; notices: readonly N[]; articles: readonly R[] },
  now: Date,
) {
  const activities = byArea(content.activities, area.id);
  const councils = byArea(content.councils, area.id);
  const councilIds = new Set(councils.map((c) => c.id));
  const notices = content.notices.filter((n) => councilIds.has(n.data.council.id));
  return {
    activities,
    schools: bySchool(activities, area.data.schools),
    councils,
    councilById: new Map(councils.map((c) => [c.id, c])),
    /** Upcoming meetings first, then the latest past ones. */
    notices: [...upcomingNotices(notices, now), ...pastNotices(notices, now).slice(0, PAST_NOTICES_SHOWN)],
    articles: content.articles.filter((a) => a.data.areas.some((r) => r.id === area.id)),
  };
}
