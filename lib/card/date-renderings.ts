import type { DateRange, YearMonth } from '~/lib/resume/types';

// The same month written the ways Chinese and international forms ask for it.
export type DateStyle = 'dash' | 'dot' | 'zh' | 'en';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const DATE_STYLES: readonly DateStyle[] = ['dash', 'dot', 'zh', 'en'];

export function formatYearMonth(ym: YearMonth, style: DateStyle): string {
  const { year, month } = ym;
  // Never invent a month the résumé does not give.
  if (!month) return style === 'zh' ? `${year}年` : String(year);
  const mm = String(month).padStart(2, '0');
  switch (style) {
    case 'dash':
      return `${year}-${mm}`;
    case 'dot':
      return `${year}.${mm}`;
    case 'zh':
      return `${year}年${month}月`;
    case 'en':
      return `${MONTHS_EN[month - 1]} ${year}`;
  }
}

/** Each rendering once, in DATE_STYLES order (a year alone collapses several styles into one). */
export function yearMonthRenderings(ym: YearMonth): string[] {
  return unique(DATE_STYLES.map((s) => formatYearMonth(ym, s)));
}

function presentWord(style: DateStyle): string {
  return style === 'en' ? 'Present' : '至今';
}

/** 'start – end'; falls back to the raw text when the résumé's date could not be parsed. */
export function formatDateRange(range: DateRange, style: DateStyle): string {
  if (!range.start) return range.raw.trim();
  const start = formatYearMonth(range.start, style);
  if (range.current) return `${start} – ${presentWord(style)}`;
  if (!range.end) return start;
  return `${start} – ${formatYearMonth(range.end, style)}`;
}

export function dateRangeRenderings(range: DateRange): string[] {
  return unique(DATE_STYLES.map((s) => formatDateRange(range, s)));
}

export function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}
