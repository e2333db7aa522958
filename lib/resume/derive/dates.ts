import type { DateRange, YearMonth } from '~/lib/resume/types';

export type DatePoint = YearMonth & { day?: number };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// One sticky pattern per way people write a month. The numeric form refuses a trailing digit so that
// '2024-09-2025-10' reads as two dates instead of day 20 followed by garbage.
const POINT = new RegExp(
  [
    String.raw`(?<cy>\d{4})\s*年(?:\s*(?<cm>\d{1,2})\s*月(?:\s*(?<cd>\d{1,2})\s*[日号])?)?`,
    String.raw`(?<ny>\d{4})(?:[./\-](?<nm>\d{1,2})(?:[./\-](?<nd>\d{1,2}))?)?(?!\d)`,
    String.raw`(?<sm>\d{1,2})\/(?<sy>\d{4})(?!\d)`,
    String.raw`(?<em>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*(?<ey>\d{4})(?!\d)`,
  ].join('|'),
  'iy',
);
const ONGOING = /(?:至今|现在|目前|今|present|now|current|today|ongoing)(?![a-z])/iy;
const SEPARATOR = /\s*(?:[–—―−~～〜-]+|到|至|to(?![a-z])|until|till)\s*/iy;

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function toPoint(g: Record<string, string | undefined>): DatePoint | null {
  const year = Number(g.cy ?? g.ny ?? g.sy ?? g.ey);
  const monthText = g.cm ?? g.nm ?? g.sm;
  const month = g.em
    ? MONTH_NAMES.indexOf(g.em.slice(0, 3).toLowerCase()) + 1
    : monthText
      ? Number(monthText)
      : undefined;
  const dayText = g.cd ?? g.nd;
  const day = dayText ? Number(dayText) : undefined;
  if (year < 1900 || year > 2100) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  const point: DatePoint = { year };
  if (month !== undefined) point.month = month;
  if (day !== undefined) point.day = day;
  return point;
}

function readPoint(text: string, pos: number): { point: DatePoint; end: number } | null | 'invalid' {
  const m = matchAt(POINT, text, pos);
  if (!m?.groups) return null;
  const point = toPoint(m.groups);
  return point ? { point, end: pos + m[0].length } : 'invalid';
}

function yearMonth(p: DatePoint): YearMonth {
  return p.month === undefined ? { year: p.year } : { year: p.year, month: p.month };
}

/** One date such as a birth date: '1997.05', '1997年5月', '1997.05.15', 'May 1997'. Null if undecodable. */
export function parseDatePoint(raw: string): DatePoint | null {
  const text = raw.trim();
  const read = readPoint(text, 0);
  if (read === null || read === 'invalid' || read.end !== text.length) return null;
  return read.point;
}

/**
 * '2024.09 – 2025.10', '2021.07 – 至今', '2019 – 2021', 'Sep 2024 - Present'; a lone date gives a start
 * only. Null when the text is not a date (the caller reports it); an empty text is an empty range.
 */
export function parseDateRange(raw: string): DateRange | null {
  const text = raw.trim();
  if (text === '') return { raw, current: false };
  const first = readPoint(text, 0);
  if (first === null || first === 'invalid') return null;
  const range: DateRange = { raw, start: yearMonth(first.point), current: false };
  const rest = text.slice(first.end);
  if (rest.trim() === '') return range;
  const sep = matchAt(SEPARATOR, text, first.end);
  if (!sep) return null;
  let pos = first.end + sep[0].length;
  if (pos === text.length) return range;
  const ongoing = matchAt(ONGOING, text, pos);
  if (ongoing) {
    range.current = true;
    pos += ongoing[0].length;
  } else {
    const second = readPoint(text, pos);
    if (second === null || second === 'invalid') return null;
    range.end = yearMonth(second.point);
    pos = second.end;
  }
  return text.slice(pos).trim() === '' ? range : null;
}

/** Negative when a is earlier; a missing month counts as the start of the year. */
export function compareYearMonth(a: YearMonth, b: YearMonth): number {
  return a.year !== b.year ? a.year - b.year : (a.month ?? 1) - (b.month ?? 1);
}
