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

const UNIT = /^(年|月|日)$/;
const NEXT_CONTROL =
  'input:not([type=hidden]),select,textarea,button,[role=combobox],[role=listbox],[role=button],[aria-haspopup],[tabindex]';

/**
 * The unit written right after a control ('[1997 ▾] 年 [05 ▾] 月'): the part it takes. Chinese writes the
 * unit after the number, so the 年 between two selects is the first one's, though it reads as the
 * second one's label. Its widget's own hidden pieces (a closed option list, the hidden input) are passed.
 */
function unitAfter(el: Element): ValuePart | undefined {
  for (let node: Element | null = el, up = 0; node && up < 3; node = node.parentElement, up++) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.TEXT_NODE) {
        const text = (next.textContent ?? '').trim();
        if (text) return UNIT.test(text) ? partFromText(text) : undefined;
        continue;
      }
      if (!(next instanceof Element) || next.matches('input[type=hidden]')) continue;
      // The next control (a drawn select's placeholder may read '月'): no unit of this one.
      if (next.matches(NEXT_CONTROL) || next.querySelector(NEXT_CONTROL)) return undefined;
      const text = (next.textContent ?? '').trim();
      if (!text || !next.getClientRects().length) continue;
      return UNIT.test(text) ? partFromText(text) : undefined;
    }
  }
  return undefined;
}

/** The part a field takes, or undefined for a whole date. Options speak loudest, then the unit, then words. */
export function partOfField(field: FieldDescription): ValuePart | undefined {
  const set = field.options?.length ? detectOptionSet(field.options) : undefined;
  if (set === 'year' || set === 'month' || set === 'day') return set;
  if (field.lang === 'zh' && field.widget !== 'date-picker' && field.widget !== 'native-date') {
    const unit = unitAfter(field.el);
    if (unit) return unit;
  }
  const { hints } = field;
  // A date picker always takes a whole date; its words describe the calendar.
  if (field.widget === 'date-picker' || field.widget === 'native-date') return undefined;
  for (const text of [field.label, hints.ariaLabel, hints.placeholder, hints.name, hints.id]) {
    const part = text ? partFromText(text) : undefined;
    if (part) return part;
  }
  return undefined;
}
