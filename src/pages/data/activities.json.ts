import type { APIRoute } from 'astro';
import { getAllActivities, getOpenDataContext } from '../../lib/content';
import { activitiesJson } from '../../lib/opendata';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(activitiesJson(await getAllActivities(), await getOpenDataContext(site)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
