/**
 * The site's calendar files, for the .ics endpoints: the pure builders of ./ics fed with the collections, the site
 * address and the build time.
 */
import { t } from '../i18n/ja';
import { type Activity, type Council, type Notice, buildTime, byId, getCouncils, getNotices, getSiteSettings } from './content';
import { isHoliday } from './holidays';
import { activityCalendar, noticesCalendar } from './ics';
import { hasRegularSchedule } from './schedule';
import { councilNotices } from './queries';
import { urls } from './urls';

export const ICS_HEADERS = { 'content-type': 'text/calendar; charset=utf-8' };

async function noticeContext(site: URL) {
  const councils = byId(await getCouncils());
  return { site, noticePath: urls.notice, councilName: (id: string) => councils.get(id)?.data.name };
}

/** Every council's meetings, courses and events. */
export async function allNoticesCalendar(site: URL) {
  const settings = await getSiteSettings();
  return noticesCalendar(await getNotices(), {
    ...(await noticeContext(site)),
    name: t('calendar.allName', { municipality: settings.municipality }),
    description: t('calendar.allDescription', { site: settings.name }),
  });
}

export async function councilCalendar(council: Council, site: URL) {
  return noticesCalendar(councilNotices(await getNotices(), council.id), {
    ...(await noticeContext(site)), name: council.data.name, description: t('calendar.councilDescription', { council: council.data.name }),
  });
}

export async function noticeCalendar(notice: Notice, site: URL) {
  return noticesCalendar([notice], { ...(await noticeContext(site)), name: notice.data.title });
}

export const activityScheduleCalendar = (activity: Activity, site: URL) =>
  activityCalendar(activity, { site, activityPath: urls.activity, now: buildTime, isHoliday, name: activity.data.name });

/** Activities that get a schedule.ics: active, with at least one weekly or monthly rule. */
export const hasScheduleCalendar = (activity: Activity) => activity.data.status === 'active' && hasRegularSchedule(activity.data.schedule);

/** The activities that get a schedule calendar (/activities/<slug>/schedule.ics). */
export const activitiesWithCalendar = (activities: readonly Activity[]) => activities.filter(hasScheduleCalendar);
