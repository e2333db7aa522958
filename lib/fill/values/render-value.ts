// Shapes a résumé fact into the exact string one widget takes: its date format, its part (year or month),
// its language (硕士 / Master's), its phone style. When the widget asks for more than the résumé knows
// (a day, a month) the field is skipped with a reason instead of guessed.
import {
  TIER_QUESTION,
  type Classification,
  type FieldDescription,
  type FieldKey,
  type ValuePart,
} from '~/lib/fill/types';
import type { Fact } from './fact-types';
import { DEGREE_RANK, DEGREE_WORD, levelNamedIn } from './degree-words';
import { OPTION_WIDGETS, PRESENT, panelOnlyPicker, renderDate, renderPart, renderRange } from './render-date';
import { fitLines, fitText, joinLines, ok, skip, type Rendered } from './render-text';
import type { MatchKind } from './option-concepts';
import { hasDialCodeAddon, startsWithDialCode } from './phone-context';
import { handlerOf, hasInlineCalendar } from '../describe/dom';
import { misfit } from './shape-check';
import { renderAnswer } from './answer-facts';

export type { Rendered } from './render-text';

const PRESENT_OFFERED = /至今|\bpresent\b|\bcurrent\b/i;
/** An option that stands for 'no end yet'. */
/** Why a current entry's end date is not written: its own 至今 box says it (fill-range reads this). */
export const PRESENT_BOX_REASON = 'current entry: the 至今 box of this entry says it';
/** …and when the field has no 至今 to show: its end stays empty. */
export const NO_END_REASON = 'current entry: no end date (至今)';
const PRESENT_OPTION = /至今|目前|现在|\bpresent\b|\bcurrent(ly)?\b|\bnow\b|\btoday\b/i;
const PRESENT_BOX =
  /^(至今|目前在职|在职|present|current(ly)?( work here| job| position)?|i currently work here)$/i;

/**
 * A checkbox labelled 至今 / Present beside the field: the nearest ancestor holding any checkbox (the
 * entry's row, a few levels up, never past its form) has one; a farther box is another entry's.
 */
/**
 * A Chinese form's free end box takes 至今 as people write it there: no format prompt, no 至今 box of its
 * own, and a calendar handler (My97) only when it lets any text stand (`errDealMode:-1`).
 */
function takesPresentWord(field: FieldDescription, lang: 'zh' | 'en'): boolean {
  if (lang !== 'zh' || field.hints.placeholder || hasPresentBox(field)) return false;
  if (field.hints.maxLength !== undefined && field.hints.maxLength < 2) return false;
  const el = field.el;
  if (!(el instanceof HTMLInputElement)) return false;
  return !hasInlineCalendar(el) || /errDealMode\s*:\s*-1/.test(handlerOf(el));
}

function hasPresentBox(field: FieldDescription): boolean {
  let el = field.el.parentElement;
  for (let level = 0; el && level < 5; level++, el = el.parentElement) {
    const boxes = [...el.querySelectorAll('input[type=checkbox]')];
    if (boxes.length)
      return boxes.some((box) => {
        const label = box.closest('label') ?? box.parentElement;
        return PRESENT_BOX.test((label?.textContent ?? '').replace(/\s+/g, ' ').trim());
      });
    if (el.tagName === 'FORM') return false;
  }
  return false;
}

export interface RenderContext {
  lang: 'zh' | 'en';
  /** Another field on the page takes the country code, so a phone box takes the national number. */
  hasCountryCodeField?: boolean;
}

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
  if (key === 'phone.deviceType') return 'phone-type';
  if (
    key.endsWith('.current') ||
    key === 'degreeHeld' ||
    key === 'currentlyEmployed' ||
    key === 'noExperience' ||
    key === 'noProjects' ||
    key === 'skillNamed' ||
    key === 'education.abroad' ||
    TIER_QUESTION.test(key)
  )
    return 'boolean';
  if (key === 'education.schoolTier') return 'school-tier';
  if (key === 'education.region') return 'school-region';
  if (key === 'education.country') return 'country';
  return 'text';
}

function renderPhone(
  fact: Extract<Fact, { type: 'phone' }>,
  field: FieldDescription,
  ctx: RenderContext,
): Rendered {
  const p = fact.value;
  // A box that takes digits only (inputmode=numeric, type=number) has no room for the '+'.
  const digitsOnly = field.el.getAttribute('inputmode') === 'numeric' || field.hints.type === 'number';
  // A code beside the box, even another country's: a shop's fixed +45, or a picker the fill sets first
  // (the whole number typed there would be read as national digits, or refused).
  // A box that holds the dial code itself ('+1' from the start, react-phone-input-2): the digits typed
  // there choose the country, so the number goes in whole.
  const holdsCode = startsWithDialCode((field.el as HTMLInputElement).value ?? '');
  const national =
    !holdsCode && (ctx.hasCountryCodeField || hasDialCodeAddon(field.el) || digitsOnly || ctx.lang === 'zh');
  const max = field.hints.maxLength;
  const value = national || (max && max < p.e164.length) ? p.national : p.e164;
  // A box whose pattern takes only the other writing (^\+\d+$ on a page we read as national) gets that.
  const other = value === p.national ? p.e164 : p.national;
  if (misfit(value, field, 'phone') && !misfit(other, field, 'phone') && (!max || other.length <= max))
    return fitText(other, field);
  return fitText(value, field);
}

/**
 * A grade box whose hint names the form 'grade/scale' (格式：绩点/满分). An example alone ('如：3.5/4.0') is
 * only an example: such a box takes the grade.
 */
const GRADE_AND_SCALE = /绩点\s*[/／]\s*满分|gpa\s*[/／]\s*(scale|满分)|grade\s*[/／]\s*scale/i;

function asksScaleToo(field: FieldDescription): boolean {
  // The question itself may name the form too (a table's column 'GPA/满分').
  return GRADE_AND_SCALE.test(`${field.label} ${field.hints.placeholder ?? ''} ${field.hints.note ?? ''}`);
}

/** The string to write into `field` for `fact`, plus how option widgets should match it. */
export function renderValue(
  fact: Fact,
  field: FieldDescription,
  cls: Classification,
  ctx: RenderContext,
): Rendered {
  const rendered = renderForWidget(fact, field, cls, ctx);
  const wrong = rendered.ok ? misfit(rendered.value, field, cls.key) : undefined;
  return wrong ? skip(`${wrong}: the value does not fit`) : rendered;
}

/**
 * One box of a skills checklist: ticked when the résumé's skills name its option as a word of its own
 * ('Go' in 'Java and Go', not in 'good'; 'C++' not in 'C'); one of several names ('TypeScript /
 * JavaScript') is enough. Never unticked: a skill the résumé leaves out may still be the person's.
 */
function renderSkillNamed(fact: Fact, field: FieldDescription): Rendered {
  if (fact.type !== 'lines') return skip('the résumé lists no skills');
  const text = fact.value.join('\n');
  const names = field.label
    .split(/\s*[/／,，、]\s*|\s+or\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
  const named = names.some((name) => {
    // A Chinese name stands within Chinese text as it is (数据库); a Latin one must be a word of its own
    // among Latin letters, while Chinese around it is no letter of it (熟悉Java、Go语言).
    if (!/^[\x20-\x7e]+$/.test(name)) return text.includes(name);
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Short names (Go, C, R) are matched as written: 'go' in a sentence is no language.
    const flags = name.length <= 2 ? '' : 'i';
    return new RegExp(`(?<![A-Za-z0-9+#.])${escaped}(?![A-Za-z0-9+#])`, flags).test(text);
  });
  return named ? ok('true', 'boolean') : skip('the résumé’s skills do not name it');
}

/**
 * 'Have you completed the following level of education: Master's Degree?': Yes when the résumé's highest
 * degree is that level or above. A lower one is not answered No for the user: it is left to them.
 */
function renderDegreeHeld(fact: Fact, field: FieldDescription): Rendered {
  const asked = levelNamedIn(`${field.label} ${field.hints.note ?? ''}`);
  if (!asked) return skip('the question names no single degree level');
  if (fact.type !== 'degree') return skip('the résumé names no degree');
  if (DEGREE_RANK[fact.value] < DEGREE_RANK[asked])
    return skip('the résumé holds no degree at that level: left to you');
  return ok('true', 'boolean');
}

function renderForWidget(
  fact: Fact,
  field: FieldDescription,
  cls: Classification,
  ctx: RenderContext,
): Rendered {
  if (field.widget === 'file') return skip('file uploads are not filled');
  const options = OPTION_WIDGETS.has(field.widget);
  if (cls.key === 'skillNamed') return renderSkillNamed(fact, field);
  if (field.widget === 'checkbox' && fact.type !== 'boolean') return skip('a checkbox takes yes or no only');
  if (cls.key === 'phone.deviceType' && !options) return skip('a phone type is chosen from a list');
  if (cls.key === 'degreeHeld') return renderDegreeHeld(fact, field);
  switch (fact.type) {
    case 'answer': {
      const answer = renderAnswer(fact, ctx.lang, options);
      if (!answer.ok || !('text' in answer)) return answer;
      return field.widget === 'text' ? fitText(answer.value, field) : skip('an answer goes in a short box');
    }
    case 'boolean':
      return ok(String(fact.value), 'boolean');
    case 'degree':
      // A list may split the level by discipline (Master of Science / of Arts): the major goes along.
      return ok(DEGREE_WORD[ctx.lang][fact.value], fact.major ? `degree:${fact.major}` : 'degree');
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
          : fact.scale && !options && asksScaleToo(field)
            ? `${fact.value}/${fact.scale}`
            : fact.value;
      return options ? ok(value, matchKindFor(cls.key, cls.part)) : fitText(value, field);
    }
    case 'date': {
      const part = partOf(cls.key, cls.part);
      if (!fact.value) {
        // 至今: an option list may offer it, and so may the panel of a picker that takes no typing; a
        // date box has no end date to take. A text box whose hint offers it ('YYYY-MM 或 至今',
        // 'MM/YYYY or Present') takes the word too.
        const offered =
          field.widget === 'text' &&
          !part &&
          (PRESENT_OFFERED.test(field.hints.placeholder ?? '') || takesPresentWord(field, ctx.lang));
        // A 至今 box beside the end date says it: the picker has no 至今 of its own to look for.
        if (!part && panelOnlyPicker(field) && hasPresentBox(field)) return skip(PRESENT_BOX_REASON);
        // A list whose options are known and hold no 至今 / Present has nothing to pick (a year list).
        const listOffers =
          options &&
          part !== 'month' &&
          (!field.options?.length || field.options.some((o) => PRESENT_OPTION.test(o.label)));
        return listOffers || (!part && panelOnlyPicker(field)) || offered
          ? ok(PRESENT[ctx.lang], 'text')
          : skip(NO_END_REASON);
      }
      if (part && (field.widget === 'date-picker' || field.widget === 'native-date')) {
        return skip(`a date picker takes a whole date, not the ${part} alone`);
      }
      // Day / Month / Year with no day in the résumé: the month and year alone would leave a date the
      // page takes as answered but is not the user's (a made-up day, or the 1st by default). An entry's
      // date whose day box shows nothing yet takes them (graduated June 2019), its day left to the user;
      // a birth date is never given in half.
      const halfAnswered = cls.key === 'birth' || cls.key.startsWith('birth.') || !cls.dayOpen;
      if (part && cls.partsOf?.includes('day') && !fact.value.day && halfAnswered)
        return skip('the date asks for a day; the résumé gives only year and month');
      return part ? renderPart(fact.value, part, field) : renderDate(fact.value, field, cls.key);
    }
  }
}
