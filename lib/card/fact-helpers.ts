import type { DateRange } from '~/lib/resume/types';
import { dateRangeRenderings, formatDateRange, yearMonthRenderings } from './date-renderings';
import type { CardFact, FactAlt } from './facts-types';
import { dedupeAlts } from './phone-renderings';
import type { UiLang } from '~/lib/i18n/lang';
import type { CardStrings } from './strings';

/** A fact, or nothing when the résumé leaves it empty (so callers can spread the result). */
export function fact(id: string, label: string, value: string | undefined, alts: FactAlt[] = []): CardFact[] {
  const v = value?.trim();
  if (!v) return [];
  return [{ id, label, value: v, alternatives: dedupeAlts(alts, v) }];
}

/** A date range in the card's language; each other style, and start and end alone, one step away. */
export function dateFact(id: string, s: CardStrings, range: DateRange, lang: UiLang): CardFact[] {
  const primary = formatDateRange(range, lang === 'zh' ? 'dot' : 'en');
  const alts: FactAlt[] = dateRangeRenderings(range).map((value) => ({ label: s.dates, value }));
  if (range.start) alts.push(...yearMonthRenderings(range.start).map((value) => ({ label: s.start, value })));
  if (range.end && !range.current)
    alts.push(...yearMonthRenderings(range.end).map((value) => ({ label: s.end, value })));
  return fact(id, s.dates, primary, alts);
}
