import type { APIContext, GetStaticPaths } from 'astro';
import { ICS_HEADERS, noticeCalendar } from '../../../lib/calendar-files';
import { type Notice, getNotices } from '../../../lib/content';
import { noticesWithCalendar } from '../../../lib/ics';

export const getStaticPaths = (async () =>
  noticesWithCalendar(await getNotices()).map((notice) => ({ params: { slug: notice.id }, props: { notice } }))) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ notice: Notice }>) {
  return new Response(await noticeCalendar(context.props.notice, context.site!), { headers: ICS_HEADERS });
}
