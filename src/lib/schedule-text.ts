/**
 * Schedule rules from the words a coordinator's spreadsheet uses: 「毎週水曜」「第2・第4土曜」「月・水・金」
 * 「10時〜12時」「10:00-12:00」「午後1時半から3時」. What cannot be read into a rule is kept word for word as an
 * irregular rule's note and reported, so nothing the coordinator wrote is lost or guessed at.
 */
import type { ScheduleRule, Weekday } from '../schemas/schedule';

const DAY_CHARS: Record<string, Weekday> = { 月: 'mon', 火: 'tue', 水: 'wed', 木: 'thu', 金: 'fri', 土: 'sat', 日: 'sun' };
const ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface ParsedSchedule {
  rules: ScheduleRule[];
  /** The parts that could not be read, word for word, for the editor. */
  unmapped: string[];
}

/** Full-width digits and colons to ASCII, every kind of wave dash or hyphen between times to 〜. */
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[~〜～\u2010-\u2015\u2212\uFF0D-]/g, '〜')
    .replace(/\s+/g, ' ')
    .trim();

const TIME = String.raw`(午前|午後)?\s*(\d{1,2})\s*(?::\s*(\d{2})|時\s*(?:(\d{1,2})\s*分|(半))?)`;
const RANGE = new RegExp(`${TIME}\\s*(?:〜|から|より)\\s*(?:${TIME})?(?:まで)?`);

const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** 「10時〜12時」→ 10:00 / 12:00, with 午後 and a 12-hour end after a 午後 start read as the afternoon. */
function parseTimes(text: string): { opens?: string; closes?: string; rest: string } | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const read = (ampm: string | undefined, h: string | undefined, colonMin: string | undefined, min: string | undefined, half: string | undefined) => {
    if (h === undefined) return undefined;
    let hour = Number(h);
    if (ampm === '午後' && hour < 12) hour += 12;
    const minute = Number(colonMin ?? min ?? (half ? 30 : 0));
    return hour < 24 && minute < 60 ? { hour, minute } : undefined;
  };
  const start = read(m[1], m[2], m[3], m[4], m[5]);
  let end = read(m[6], m[7], m[8], m[9], m[10]);
  if (!start) return undefined;
  if (end && !m[6] && m[1] === '午後' && end.hour < 12) end = { hour: end.hour + 12, minute: end.minute };
  const opens = hhmm(start.hour, start.minute);
  const closes = end ? hhmm(end.hour, end.minute) : undefined;
  if (closes && closes <= opens) return undefined;
  return { opens, ...(closes ? { closes } : {}), rest: (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim() };
}

const sortDays = (days: Iterable<Weekday>) => [...new Set(days)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

/** The weekdays named in a text: 「水曜」「火・金曜」「月水金」「土日」「平日」. */
function parseWeekdays(text: string): { days: Weekday[]; rest: string } {
  const days: Weekday[] = [];
  let rest = text.replace(/平日/g, () => {
    days.push('mon', 'tue', 'wed', 'thu', 'fri');
    return ' ';
  });
  rest = rest.replace(/((?:[月火水木金土日]\s*[・,、と]?\s*)+?)曜日?/g, (_, chars: string) => {
    for (const c of chars) if (DAY_CHARS[c]) days.push(DAY_CHARS[c]);
    return ' ';
  });
  // A cell holding nothing but weekday letters: 「水」「月・水・金」「土日」.
  if (!days.length && /^[月火水木金土日・,、と\s]+$/.test(rest.trim())) {
    for (const c of rest) if (DAY_CHARS[c]) days.push(DAY_CHARS[c]);
    rest = '';
  }
  return { days: sortDays(days), rest };
}

/** 第2・第4 / 第1,3 / 最終 → [2, 4] / [1, 3] / [-1]. */
function parseNth(text: string): { nth: number[]; rest: string } {
  const nth = new Set<number>();
  let rest = text.replace(/第\s*([1-5](?:\s*[・,、と及]\s*第?\s*[1-5])*)(?:週)?/g, (_, list: string) => {
    for (const n of list.match(/[1-5]/g) ?? []) nth.add(Number(n));
    return ' ';
  });
  rest = rest.replace(/(?:[・,、と]\s*)?(?:最終|最後の?)(?:週)?/g, () => {
    nth.add(-1);
    return ' ';
  });
  return { nth: [...nth].sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b)), rest };
}

/** One rule from one phrase; `unmapped` is the part (or the whole phrase) it could not place. */
function parsePhrase(phrase: string, timeText: string): { rule?: ScheduleRule; unmapped?: string } {
  const inPhrase = parseTimes(phrase);
  const times = inPhrase ?? parseTimes(timeText);
  let text = inPhrase ? inPhrase.rest : phrase;
  // A time cell that says something other than a time (「午前中」) goes into the note, and the editor hears of it.
  const unreadTime = !times && timeText ? timeText : '';
  const irregular = /^不定期\s*[（(]?(.*?)[）)]?$/.exec(text.trim());
  if (irregular) {
    const note = [irregular[1]!.trim(), times ? `${times.opens}〜${times.closes ?? ''}` : unreadTime].filter(Boolean).join(' ');
    return note ? { rule: { freq: 'irregular', weekdays: [], nth: [], skipHolidays: false, closedDates: [], note } } : { unmapped: phrase };
  }
  if (/随時|隔週|\d+日(?!曜)|月\d+回|週\d+回/.test(text)) return { unmapped: phrase };
  const monthly = /毎月/.test(text);
  text = text.replace(/毎週|毎月|毎|の/g, ' ');
  const { nth, rest: afterNth } = parseNth(text);
  const { days, rest } = parseWeekdays(afterNth);
  if (!days.length || (monthly && !nth.length)) return { unmapped: phrase };
  // What is left once days and times are taken out (「（祝日は休み）」) is the rule's note.
  const written = rest.replace(/^[\s、,・]+|[\s、,・]+$/g, '').replace(/^[（(](.*)[）)]$/, '$1').trim();
  // 「祝日は休み」 becomes the structured flag (next dates and calendars skip holidays), not a note.
  const skipHolidays = /祝日(は|も)?(お)?休み?/.test(written);
  const remark = written.replace(/祝日(は|も)?(お)?休み?/, '').replace(/^[\s、,・]+|[\s、,・]+$/g, '');
  const note = [remark, unreadTime].filter(Boolean).join(' ');
  return {
    rule: {
      freq: nth.length ? 'monthly' : 'weekly', weekdays: days, nth: nth as ScheduleRule['nth'],
      skipHolidays, closedDates: [],
      ...(times?.opens ? { opens: times.opens } : {}), ...(times?.closes ? { closes: times.closes } : {}),
      ...(note ? { note } : {}),
    },
    ...(unreadTime ? { unmapped: unreadTime } : {}),
  };
}

/**
 * Rules from a 曜日 cell and a 時間 cell (either may hold both). Several rules are separated by 「／」, a line
 * break or 「、」 before a new 毎/第: 「第1水曜 10:00〜12:00／毎週金曜 13:00〜15:00」.
 */
export function parseScheduleText(daysCell: string, timeCell = ''): ParsedSchedule {
  const days = normalise(daysCell);
  const time = normalise(timeCell);
  if (!days && !time) return { rules: [], unmapped: [] };
  const phrases = days.split(/\s*(?:[／/;；\n]|、(?=\s*(?:毎|第|最終)))\s*/).filter(Boolean);
  const rules: ScheduleRule[] = [];
  const unmapped: string[] = [];
  let unread = false;
  for (const phrase of phrases.length ? phrases : [time]) {
    const parsed = parsePhrase(phrase, phrases.length ? time : '');
    if (parsed.rule) rules.push(parsed.rule);
    if (parsed.unmapped && !unmapped.includes(parsed.unmapped)) unmapped.push(parsed.unmapped);
    if (!parsed.rule) unread = true;
  }
  // A phrase with no rule: keep the cells word for word as an irregular rule, so the page still says when.
  if (unread) rules.push({ freq: 'irregular', weekdays: [], nth: [], skipHolidays: false, closedDates: [], note: [daysCell, timeCell].map((s) => s.trim()).filter(Boolean).join(' ') });
  return { rules, unmapped };
}
