import type { APIRoute } from 'astro';
import { getActivities, getAreas } from '../../lib/content';
import { coverageCsv, coverageTable } from '../../lib/coverage';

export const GET: APIRoute = async () =>
  new Response(coverageCsv(coverageTable(await getAreas(), await getActivities())), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
