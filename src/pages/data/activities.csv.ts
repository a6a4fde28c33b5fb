import type { APIRoute } from 'astro';
import { getAllActivities, getOpenDataContext } from '../../lib/content';
import { activitiesCsv } from '../../lib/opendata';

export const GET: APIRoute = async ({ site }) =>
  new Response(activitiesCsv(await getAllActivities(), await getOpenDataContext(site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
