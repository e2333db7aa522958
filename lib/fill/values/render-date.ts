// Dates shaped for a widget: a native month/date input's own format, a box's placeholder format, one part
// (year, month) for split controls, a whole range in one box. A day or month the résumé lacks is never made up.
import type { FieldDescription, FieldKey, ValuePart } from '~/lib/fill/types';
import type { DateValue, Fact } from './fact-types';
import {
  detectDateTemplate,
  detectRangeSeparator,
  formatDate,
  pageDateTemplate,
  templateNeedsDay,
} from './date-format';
import { fitText, ok, skip, type Rendered } from './render-text';

export const OPTION_WIDGETS = new Set(['select', 'combobox', 'listbox-button', 'radio-group']);
export const PRESENT = { zh: '至今', en: 'Present' };

/**
 * A date picker that takes no typing (a readonly input opening a year/month panel): its panel may offer
 * 至今 for a current entry, so the driver is asked to look for it.
 */
export function panelOnlyPicker(field: FieldDescription): boolean {
  if (field.widget !== 'date-picker') return false;
  const input = field.el instanceof HTMLInputElement ? field.el : field.el.querySelector('input');
  return !!input && input.readOnly;
}

export function renderPart(date: DateValue, part: ValuePart, field: FieldDescription): Rendered {
  const options = OPTION_WIDGETS.has(field.widget);
  if (part === 'year') return ok(String(date.year), 'year');
  const n = part === 'month' ? date.month : date.day;
  if (!n) return skip(`the résumé gives no ${part}`);
  // Option lists match 9 / 09 / 9月 / Sep by meaning; a typed box gets '09' unless its hint shows 'M' or '9'.
  const hint = (field.hints.placeholder ?? field.hints.note ?? '').trim();
  const unpadded = options || field.hints.maxLength === 1 || /^(M|m|D|d|[1-9])$/.test(hint);
  return ok(unpadded ? String(n) : String(n).padStart(2, '0'), part === 'month' ? 'month' : 'text');
}

/** A birth box that says it takes a year and month ('出生年月', 'Month and year of birth'). */
const YEAR_MONTH_WORDS = /年月|month/i;

export function renderDate(date: DateValue, field: FieldDescription, key?: FieldKey): Rendered {
  if (field.widget === 'native-date') {
    const type = field.hints.type ?? 'date';
    const template = type === 'month' ? 'YYYY-MM' : type === 'date' ? 'YYYY-MM-DD' : undefined;
    if (!template) return skip(`input type=${type} is not supported`);
    const v = formatDate(date, template);
    return v
      ? ok(v)
      : skip(
          template.includes('D')
            ? 'the box needs a day; the résumé gives only year and month'
            : 'the résumé gives no month',
        );
  }
  const { placeholder, ariaLabel, note } = field.hints;
  const shown = detectDateTemplate(placeholder, ariaLabel, field.label, note);
  // A date of birth box with no shape shown asks for a whole date more often than not: without a day in
  // the résumé, only a box that says year and month gets one.
  const words = `${field.label} ${field.hints.groupLabel ?? ''} ${field.hints.ariaLabel ?? ''}`;
  if (!shown && key === 'birth' && !date.day && field.widget === 'text' && !YEAR_MONTH_WORDS.test(words))
    return skip('the box may need a day; the résumé gives only year and month');
  const pageWide = field.widget === 'text' ? pageDateTemplate(field.el.ownerDocument) : undefined;
  const template = shown ?? pageWide ?? 'YYYY-MM';
  const v = formatDate(date, template);
  if (v) return ok(v);
  return skip(
    templateNeedsDay(template)
      ? 'the box needs a day; the résumé gives only year and month'
      : 'the résumé gives no month',
  );
}

export function renderRange(
  fact: Extract<Fact, { type: 'range' }>,
  field: FieldDescription,
  lang: 'zh' | 'en',
): Rendered {
  const { start, end, current } = fact.value;
  if (!start) return skip('the résumé gives no start date');
  const template = detectDateTemplate(field.hints.placeholder, field.hints.note) ?? 'YYYY.MM';
  const from = formatDate(start, template);
  const to = current ? PRESENT[lang] : end && formatDate(end, template);
  if (!from || !to) return skip('the résumé dates do not fit the box format');
  const sep = detectRangeSeparator(field.hints.placeholder) ?? ' - ';
  return fitText(`${from}${sep}${to}`, field);
}
