/**
 * The words residents see for a status (pages, badges, open data, calendars). Content keeps the ASCII values; the
 * CMS shows editors its own labels from src/schemas, which may word things for editors.
 */
import { t } from '../i18n/ja';
import type { ActivityStatus } from '../schemas/activity';
import type { NoticeStatus } from '../schemas/notice';

export const activityStatusLabel = (status: ActivityStatus) => t(`activityStatus.${status}`);
export const noticeStatusLabel = (status: NoticeStatus) => t(`noticeStatus.${status}`);
