import type { APIRoute } from 'astro';
import { getNotices, getOpenDataContext } from '../../lib/content';
import { noticesCsv } from '../../lib/opendata';

export const GET: APIRoute = async ({ site }) =>
  new Response(noticesCsv(await getNotices(), await getOpenDataContext(site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
