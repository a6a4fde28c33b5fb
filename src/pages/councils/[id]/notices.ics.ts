import type { APIContext, GetStaticPaths } from 'astro';
import { ICS_HEADERS, councilCalendar } from '../../../lib/calendar-files';
import { type Council, getCouncils } from '../../../lib/content';

export const getStaticPaths = (async () =>
  (await getCouncils()).map((council) => ({ params: { id: council.id }, props: { council } }))) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ council: Council }>) {
  return new Response(await councilCalendar(context.props.council, context.site!), { headers: ICS_HEADERS });
}
