/**
 * 祝日 (national holidays, including 振替休日 and 国民の休日) from @holiday-jp/holiday_jp. Looked up by the Tokyo
 * day as a string: the package's own `isHoliday(Date)` reads the build machine's local date, which is wrong outside
 * Japan.
 */
import holidayJp from '@holiday-jp/holiday_jp';

const days = new Set(Object.keys(holidayJp.holidays));

/** Is this Tokyo day ('2027-01-11') a 祝日? */
export const isHoliday = (day: string) => days.has(day);
