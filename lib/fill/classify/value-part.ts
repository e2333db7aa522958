// Which part of a date a control takes, from its words ('出生年份', aria-label 'Month', id 'start-year--0',
// placeholder 'YYYY') or from its options (2024, 2023…; 1月…12月).
import type { FieldDescription, FieldKey, ValuePart } from '~/lib/fill/types';
import { foldForMatch } from '~/lib/fill/describe/text';
import { detectOptionSet } from './option-sets';

/** Keys that are one date and may be split over several controls. */
export function isDateKey(key: FieldKey): boolean {
  return key === 'birth' || key === 'workStart' || key.endsWith('.start') || key.endsWith('.end');
}

export function partFromText(raw: string): ValuePart | undefined {
  const text = foldForMatch(raw);
  // 'Select month' / '选择月份' is a picker's granularity, not a part of a split date.
  if (!text || /年月|yyyy\W*mm|mm\W*yyyy|^(请?选择|select|choose|pick)/.test(text)) return undefined;
  if (/(年份|年度|年)$|\byears?$|^yyyy$|^yy$/.test(text)) return 'year';
  if (/(月份|月)$|\bmonths?$|^mm$/.test(text)) return 'month';
  if (/^(日|day|dd)$|\bday$/.test(text)) return 'day';
  return undefined;
}

/** The part a field takes, or undefined for a whole date. Options speak loudest, then words. */
export function partOfField(field: FieldDescription): ValuePart | undefined {
  const set = field.options?.length ? detectOptionSet(field.options) : undefined;
  if (set === 'year' || set === 'month' || set === 'day') return set;
  const { hints } = field;
  // A date picker always takes a whole date; its words describe the calendar.
  if (field.widget === 'date-picker' || field.widget === 'native-date') return undefined;
  for (const text of [field.label, hints.ariaLabel, hints.placeholder, hints.name, hints.id]) {
    const part = text ? partFromText(text) : undefined;
    if (part) return part;
  }
  return undefined;
}
