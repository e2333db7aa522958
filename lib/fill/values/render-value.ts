// Shapes a résumé fact into the exact string one widget takes: its date format, its part (year or month),
// its language (硕士 / Master's), its phone style. When the widget asks for more than the résumé knows
// (a day, a month) the field is skipped with a reason instead of guessed.
import type { Classification, FieldDescription, FieldKey, ValuePart } from '~/lib/fill/types';
import type { DateValue, Fact } from './facts';
import { DEGREE_WORD } from './degree-words';
import { detectDateTemplate, detectRangeSeparator, formatDate, templateNeedsDay } from './date-format';
import type { MatchKind } from './option-concepts';
import { hasDialCodeAddon } from './phone-context';

export interface RenderContext {
  lang: 'zh' | 'en';
  /** Another field on the page takes the country code, so a phone box takes the national number. */
  hasCountryCodeField?: boolean;
}

export type Rendered =
  | {
      ok: true;
      value: string;
      match: MatchKind;
      /** Why the user should check it (lines left out). */ note?: string;
    }
  | { ok: false; reason: string };

const OPTION_WIDGETS = new Set(['select', 'combobox', 'listbox-button', 'radio-group']);
const PRESENT = { zh: '至今', en: 'Present' };

function partOf(key: FieldKey, part?: ValuePart): ValuePart | undefined {
  if (key === 'birth.year') return 'year';
  if (key === 'birth.month') return 'month';
  return part;
}

export function matchKindFor(key: FieldKey, part?: ValuePart): MatchKind {
  const p = partOf(key, part);
  if (p === 'month' || p === 'year') return p;
  if (key === 'highestDegree' || key === 'education.degree') return 'degree';
  if (key === 'phone.countryCode') return 'country-code';
  if (key.endsWith('.current')) return 'boolean';
  return 'text';
}

const ok = (value: string, match: MatchKind = 'text'): Rendered => ({ ok: true, value, match });
const skip = (reason: string): Rendered => ({ ok: false, reason });

function fitText(value: string, field: FieldDescription): Rendered {
  if (field.hints.type === 'number') {
    const n = /^-?\d+(?:\.\d+)?/.exec(value.trim());
    if (!n) return skip('the box takes a number');
    value = n[0];
  }
  const max = field.hints.maxLength;
  if (max && max > 0 && value.length > max)
    return skip(`too long for this box (${value.length} > ${max} characters)`);
  return ok(value);
}

function joinLines(lines: string[], field: FieldDescription, lang: 'zh' | 'en'): string {
  if (field.widget === 'textarea' || field.widget === 'contenteditable') return lines.join('\n');
  const bare = lines.map((l) => l.trim().replace(/[；;。，,.]+$/, ''));
  return bare.join(lang === 'zh' ? '；' : '; ');
}

/** As many whole lines as the box's maxlength takes (a summary before its highlights); never a cut line. */
function fitLines(lines: string[], field: FieldDescription, lang: 'zh' | 'en'): Rendered {
  const max = field.hints.maxLength;
  const all = joinLines(lines, field, lang);
  if (!max || max <= 0 || all.length <= max) return fitText(all, field);
  let kept = 0;
  while (kept < lines.length && joinLines(lines.slice(0, kept + 1), field, lang).length <= max) kept++;
  if (kept === 0) return skip(`too long for this box (${all.length} > ${max} characters)`);
  const rendered = fitText(joinLines(lines.slice(0, kept), field, lang), field);
  const left = lines.length - kept;
  return rendered.ok
    ? { ...rendered, note: `${left} of ${lines.length} lines left out to fit ${max} characters` }
    : rendered;
}

function renderPart(date: DateValue, part: ValuePart, field: FieldDescription): Rendered {
  const options = OPTION_WIDGETS.has(field.widget);
  if (part === 'year') return ok(String(date.year), 'year');
  const n = part === 'month' ? date.month : date.day;
  if (!n) return skip(`the résumé gives no ${part}`);
  // Option lists match 9 / 09 / 9月 / Sep by meaning; a typed box gets '09' unless its hint shows 'M' or '9'.
  const hint = (field.hints.placeholder ?? '').trim();
  const unpadded = options || field.hints.maxLength === 1 || /^(M|m|D|d|[1-9])$/.test(hint);
  return ok(unpadded ? String(n) : String(n).padStart(2, '0'), part === 'month' ? 'month' : 'text');
}

function renderDate(date: DateValue, field: FieldDescription): Rendered {
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
  const template =
    detectDateTemplate(field.hints.placeholder, field.hints.ariaLabel, field.label) ?? 'YYYY-MM';
  const v = formatDate(date, template);
  if (v) return ok(v);
  return skip(
    templateNeedsDay(template)
      ? 'the box needs a day; the résumé gives only year and month'
      : 'the résumé gives no month',
  );
}

function renderRange(
  fact: Extract<Fact, { type: 'range' }>,
  field: FieldDescription,
  lang: 'zh' | 'en',
): Rendered {
  const { start, end, current } = fact.value;
  if (!start) return skip('the résumé gives no start date');
  const template = detectDateTemplate(field.hints.placeholder) ?? 'YYYY.MM';
  const from = formatDate(start, template);
  const to = current ? PRESENT[lang] : end && formatDate(end, template);
  if (!from || !to) return skip('the résumé dates do not fit the box format');
  const sep = detectRangeSeparator(field.hints.placeholder) ?? ' - ';
  return fitText(`${from}${sep}${to}`, field);
}

function renderPhone(
  fact: Extract<Fact, { type: 'phone' }>,
  field: FieldDescription,
  ctx: RenderContext,
): Rendered {
  const p = fact.value;
  const national = ctx.hasCountryCodeField || hasDialCodeAddon(field.el) || ctx.lang === 'zh';
  const max = field.hints.maxLength;
  const value = national || (max && max < p.e164.length) ? p.national : p.e164;
  return fitText(value, field);
}

/** The string to write into `field` for `fact`, plus how option widgets should match it. */
export function renderValue(
  fact: Fact,
  field: FieldDescription,
  cls: Classification,
  ctx: RenderContext,
): Rendered {
  if (field.widget === 'file') return skip('file uploads are not filled');
  const options = OPTION_WIDGETS.has(field.widget);
  if (field.widget === 'checkbox' && fact.type !== 'boolean') return skip('a checkbox takes yes or no only');
  switch (fact.type) {
    case 'boolean':
      return ok(String(fact.value), 'boolean');
    case 'degree':
      return ok(DEGREE_WORD[ctx.lang][fact.value], 'degree');
    case 'phone':
      return renderPhone(fact, field, ctx);
    case 'range':
      return options
        ? skip('a date range does not fit a list of options')
        : renderRange(fact, field, ctx.lang);
    case 'lines':
      return options
        ? skip('a list of lines does not fit a list of options')
        : fitLines(fact.value, field, ctx.lang);
    case 'text': {
      const value =
        fact.multiline && field.widget === 'text'
          ? joinLines(fact.value.split('\n'), field, ctx.lang)
          : fact.value;
      return options ? ok(value, matchKindFor(cls.key, cls.part)) : fitText(value, field);
    }
    case 'date': {
      const part = partOf(cls.key, cls.part);
      if (!fact.value) {
        // 至今: an option list may offer it; a date box has no end date to take.
        return options && part !== 'month'
          ? ok(PRESENT[ctx.lang], 'text')
          : skip('current entry: no end date (至今)');
      }
      if (part && (field.widget === 'date-picker' || field.widget === 'native-date')) {
        return skip(`a date picker takes a whole date, not the ${part} alone`);
      }
      return part ? renderPart(fact.value, part, field) : renderDate(fact.value, field);
    }
  }
}
