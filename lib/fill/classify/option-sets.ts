// What a list of options says about its field: a list of degrees is a degree field, 1–12 is a month,
// 2025…1990 a year, '+86 (中国大陆)' a country calling code.
import type { FieldOption } from '~/lib/fill/types';
import { foldForMatch } from '~/lib/fill/describe/text';

export type OptionSet = 'degree' | 'month' | 'year' | 'day' | 'dial-code';

const DEGREE =
  /本科|硕士|博士|大专|专科|高中|中专|学士|研究生|mba|emba|bachelor|master|ph\.?\s?d|doctor|associate|high school|diploma|\bb\.?s\.?c?\b|\bm\.?s\.?c?\b|\bb\.?a\b|\bm\.?a\b/;
const MONTH_NAMES =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^[一二三四五六七八九十]{1,2}月$|^十[一二]月$/;
const DIAL = /^\+\s?\d{1,4}\b|[(（]\s*\+\s?\d{1,4}\s*[)）]|^\d{1,4}\s*[(（]|\+\s?\d{1,4}$/;

function share(options: FieldOption[], test: (text: string) => boolean): number {
  let hits = 0;
  for (const o of options) if (test(foldForMatch(o.label || o.value))) hits++;
  return hits / options.length;
}

/** '9', '09', '9月' → 9 when the suffix fits what is counted (a '3年' option is years of experience). */
function numberIn(text: string, min: number, max: number, suffix: RegExp): boolean {
  const m = /^0?(\d{1,4})\s*(\D{0,2})$/.exec(text);
  return !!m && Number(m[1]) >= min && Number(m[1]) <= max && (!m[2] || suffix.test(m[2]));
}

export function detectOptionSet(options: FieldOption[]): OptionSet | undefined {
  if (options.length < 2) return undefined;
  if (options.length >= 5 && share(options, (t) => numberIn(t, 1900, 2100, /^年$/)) >= 0.8) return 'year';
  if (options.length >= 10 && options.length <= 13) {
    if (share(options, (t) => numberIn(t, 1, 12, /^月$/) || MONTH_NAMES.test(t)) >= 0.8) return 'month';
  }
  if (
    options.length >= 28 &&
    options.length <= 32 &&
    share(options, (t) => numberIn(t, 1, 31, /^[日号]$/)) >= 0.8
  )
    return 'day';
  if (share(options, (t) => DIAL.test(t)) >= 0.6) return 'dial-code';
  if (share(options, (t) => DEGREE.test(t)) >= 0.5) return 'degree';
  return undefined;
}
