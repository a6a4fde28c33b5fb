import type { APIContext } from 'astro';
import { ICS_HEADERS, allNoticesCalendar } from '../../lib/calendar-files';

export async function GET(context: APIContext) {
  return new Response(await allNoticesCalendar(context.site!), { headers: ICS_HEADERS });
}
