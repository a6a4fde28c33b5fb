import type { APIContext, GetStaticPaths } from 'astro';
import { ICS_HEADERS, activitiesWithCalendar, activityScheduleCalendar } from '../../../lib/calendar-files';
import { type Activity, getAllActivities } from '../../../lib/content';

export const getStaticPaths = (async () =>
  activitiesWithCalendar(await getAllActivities()).map((activity) => ({ params: { slug: activity.id }, props: { activity } }))) satisfies GetStaticPaths;

export function GET(context: APIContext<{ activity: Activity }>) {
  return new Response(activityScheduleCalendar(context.props.activity, context.site!), { headers: ICS_HEADERS });
}
