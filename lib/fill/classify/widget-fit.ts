// A key only makes sense in some widgets: a 至今 box is a checkbox, a date is never a long text, a
// checkbox holds nothing but 'currently here', and a multi-line box asks for prose, never a company name
// ('Let the company know about your interest' is a message, not the employer).
import { TIER_QUESTION, type FieldKey, type WidgetKind } from '~/lib/fill/types';
import { isDateKey } from './value-part';

const YES_NO_WIDGETS = new Set<WidgetKind>([
  'radio-group',
  'select',
  'combobox',
  'listbox-button',
  'checkbox',
]);
const LONG_TEXT = /^(selfIntro|skills)$|\.(description|summary|duties)$/;
/** 是否985 / 是否211 / 是否双一流: yes / no questions about the school's tier. */

const CHOICE_OK =
  /^(highestDegree|education\.(degree|schoolTier|gpaScale)|yearsOfExperience|phone\.countryCode|location|birth)$|\.(start|end|school|major|title|company)$/;

export function fitsWidget(key: FieldKey, widget: WidgetKind): boolean {
  if (widget === 'file') return false;
  if (key.endsWith('.current') || key === 'noExperience' || key === 'noProjects' || key === 'skillNamed')
    return widget === 'checkbox';
  // 是否全日制 is answered yes or no: a choice or a box, never typed.
  if (
    key === 'education.fullTime' ||
    key === 'education.highest' ||
    key === 'education.abroad' ||
    TIER_QUESTION.test(key)
  )
    return YES_NO_WIDGETS.has(widget);
  // A tier is picked from its list, or typed where the form offers a box.
  if (key === 'education.schoolTier') return widget !== 'checkbox' && widget !== 'textarea';
  // 'Have you completed … Master's?' is a Yes / No choice, never one box to tick.
  if (key === 'degreeHeld' || key === 'currentlyEmployed')
    return YES_NO_WIDGETS.has(widget) && widget !== 'checkbox';
  // 学习形式 is a choice of 全日制 / 非全日制, never typed; so is 院校所在地's 境内 / 境外.
  if (key === 'education.studyMode' || key === 'education.region')
    return YES_NO_WIDGETS.has(widget) && widget !== 'checkbox';
  // A phone type is picked from its list (Mobile), never typed.
  if (key === 'phone.deviceType') return YES_NO_WIDGETS.has(widget) && widget !== 'checkbox';
  if (widget === 'checkbox') return false;
  if (widget === 'native-date' || widget === 'date-picker') return isDateKey(key) || key.endsWith('.range');
  if (LONG_TEXT.test(key)) return widget === 'textarea' || widget === 'contenteditable' || widget === 'text';
  if (widget === 'textarea' || widget === 'contenteditable') return false;
  if (isDateKey(key) || key.endsWith('.range')) return widget !== 'radio-group';
  if (widget === 'radio-group') return CHOICE_OK.test(key);
  return true;
}
