// One field's whole decision: is it ours (classified above the bar), what does the résumé say, how is it
// shaped for this widget, may we write (empty, or overwrite on), then write, read back and report.
import type {
  Classification,
  DriverTable,
  FieldDescription,
  FieldKey,
  FieldReport,
  PlacedBy,
  WriteResult,
} from '~/lib/fill/types';
import type { Resume } from '~/lib/resume/types';
import type { AnswerBook } from '~/lib/answers/types';
import { OTHER_PEOPLE, sectionContext } from '~/lib/fill/classify/section-context';
import { isPlaceholderText } from '~/lib/fill/describe/text';
import { driverFor } from '~/lib/fill/drivers';
import { radioOptions } from '~/lib/fill/drivers/radio-group';
import { sameDate } from '~/lib/fill/drivers/date-picker';
import { isInvisibleBox } from '~/lib/fill/drivers/visibility';
import { cssPath } from '~/lib/fill/report/css-path';
import { recordField } from '~/lib/fill/undo/snapshot';
import { resolveFact } from '~/lib/fill/values/facts';
import { normalizeText } from '~/lib/fill/values/normalize-text';
import { conceptOf } from '~/lib/fill/values/option-concepts';
import { sameGroupedNumber } from '~/lib/fill/write-text';
import { renderValue, type Rendered } from '~/lib/fill/values/render-value';
import { sectionOf } from '~/lib/fill/plan/assign-blocks';
import { currentShown, isEmptyValue, showsValue } from './field-state';

export interface FillContext {
  resume: Resume;
  lang: 'zh' | 'en';
  overwrite: boolean;
  bar: number;
  now: Date;
  hasCountryCodeField: boolean;
  /** The driver per widget kind: the generic ones, with a site adapter's own in their place. */
  drivers: Readonly<DriverTable>;
  /** field id → the adapter selector that pinned its classification; absent: the generic engine. */
  pinned: ReadonlyMap<number, PlacedBy>;
  /** The user's own answers (only those the engine may use); absent: none. */
  answers?: AnswerBook;
  /** The boxes that were empty when the fill began (a phone box this fill wrote first is still one). */
  emptyAtStart?: ReadonlySet<Element>;
}

/** Confidence this close to the bar fills the field but asks the user to check it. */
export const UNCERTAIN_MARGIN = 0.1;

/** Widgets whose element is the box the user types in (custom checkboxes and selects hide theirs on purpose). */
const TYPED = new Set(['text', 'textarea', 'contenteditable']);
const TEXTUAL = new Set(['text', 'textarea', 'contenteditable', 'native-date', 'date-picker']);

/** Whether the page shows what was written, allowing a picker's own date format. */
export function showsWritten(shown: string, written: string): boolean {
  return (
    normalizeText(shown) === normalizeText(written) ||
    sameDate(shown, written) ||
    sameGroupedNumber(shown, written)
  );
}

function labelOf(field: FieldDescription): string {
  const h = field.hints;
  return (field.label || h.ariaLabel || h.placeholder || h.name || h.id || '').trim();
}

/** 紧急联系人, 家庭成员, References: whatever a field there asks, the applicant's facts are not the answer. */
function aboutSomeoneElse(field: FieldDescription): boolean {
  const ctx = sectionContext(field.sectionHeading);
  return !!ctx && OTHER_PEOPLE.has(ctx);
}

/** What a custom dropdown shows while nothing is chosen: 选择一项, Select One, 请选择… */
const PROMPT_SHOWN =
  /^(请?(选择|选取)|select|choose|pick)(\s*(one|an?\s+option|一项|一个|一下))?\s*(\.{3}|…)?$/i;

function nativeSelect(field: FieldDescription): HTMLSelectElement | null {
  return field.el instanceof HTMLSelectElement ? field.el : field.el.querySelector('select');
}

const PHONE_BOX = 'input[type=tel],input[type=text],input[type=number],input:not([type])';
const PHONE_WORDS = /phone|mobile|\btel\b|cell|手机|电话|号码/i;

function saysPhone(box: HTMLInputElement): boolean {
  if (box.type === 'tel' || box.autocomplete?.startsWith('tel')) return true;
  const labels = Array.from(box.labels ?? [], (l) => l.textContent ?? '');
  const words = [box.id, box.name, box.placeholder, box.getAttribute('aria-label') ?? '', ...labels];
  return PHONE_WORDS.test(words.join(' '));
}

/** Whether the picker and the box are a group of their own (Moka's phone group: a select and a bare box). */
function pairedWith(picker: Element, box: HTMLInputElement): boolean {
  let shared = picker.parentElement;
  while (shared && !shared.contains(box)) shared = shared.parentElement;
  const boxes = shared ? shared.querySelectorAll(`${PHONE_BOX},select,textarea`) : [];
  return [...boxes].filter((b) => !picker.contains(b) && b !== box).length === 0;
}

/** The phone number box right after a dial-code picker (Feishu's inline pair, Workday's next row). */
function phoneBoxBeside(el: HTMLElement): HTMLInputElement | null {
  // A picker drawn in a web component of its own (a dropdown inside the phone field's shadow root) looks
  // for the box from its host outward, one shadow root at a time.
  let ref: Element = el;
  for (let depth = 0; depth < 4; depth++) {
    const root = ref.getRootNode();
    const shadow = root instanceof ShadowRoot ? root : null;
    const scope = shadow ?? ref.closest('form') ?? ref.ownerDocument;
    // A select library's own stand-in input (react-select's `required` one: aria-hidden, out of the tab
    // order) is no box a person types in.
    const next = Array.from(scope.querySelectorAll<HTMLInputElement>(PHONE_BOX)).find(
      (b) =>
        !ref.contains(b) &&
        !!(ref.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) &&
        b.getAttribute('aria-hidden') !== 'true' &&
        b.tabIndex >= 0,
    );
    if (next || !shadow) return next && (saysPhone(next) || pairedWith(ref, next)) ? next : null;
    ref = shadow.host;
  }
  return null;
}

/**
 * Whether what the field shows is the page's own default, not a choice of the user's: a select still on
 * the option the markup selected (or on its first option when the markup selects none), the radio the
 * markup checked, a dropdown showing its prompt. Such a value gives way to the résumé's.
 */
/** A flag picker right after the phone box (react-phone-input-2's `.flag-dropdown`, which sets the box's code). */
function hasCountryPicker(box: Element): boolean {
  const next = box.nextElementSibling;
  return !!next && (next.matches('[class*="flag"]') || !!next.querySelector('[class*="flag"]'));
}

export function showsPageDefault(
  field: FieldDescription,
  shown: string,
  key?: FieldKey,
  emptyAtStart?: ReadonlySet<Element>,
): boolean {
  // A dial-code picker is never empty: while its phone box is (or was, before this fill wrote the number
  // first), what it shows is the page's pick.
  if (key === 'phone.countryCode') {
    const box = phoneBoxBeside(field.el);
    if (box && (box.value.trim() === '' || emptyAtStart?.has(box))) return true;
  }
  // A dial code alone that appeared during the fill ('+46 ' put in on focus, '+86' once the flag changed,
  // as intl-tel-input does), or one that the flag picker right after a box taking the whole number put
  // there (react-phone-input-2's '+1' from the start, which follows its flag), is no number anyone typed.
  // One the box held at load otherwise stays: a shop's fixed '+34 ' may be what it sends.
  if (
    (key === 'phone' || key === 'phone.national') &&
    /^\+\s?\d{1,4}\s*$/.test(shown) &&
    (emptyAtStart?.has(field.el) || (key === 'phone' && hasCountryPicker(field.el)))
  )
    return true;
  // 没有实习经历 ticked: the page's start, which hides the entries the résumé has (a person who ticked it
  // would not fill this form from a résumé with them).
  if ((key === 'noExperience' || key === 'noProjects') && field.widget === 'checkbox') return true;
  // 境内 preset on 院校所在地 (div radios keep no markup default to tell): a school that is asked here at
  // all has a name placing it outside the mainland, so the mainland is the page's pick, not the user's.
  if (key === 'education.region' && conceptOf(shown, 'school-region') === 'mainland') return true;
  switch (field.widget) {
    case 'select': {
      const el = nativeSelect(field);
      if (!el || el.multiple || el.selectedIndex < 0) return false;
      const options = Array.from(el.options);
      // defaultSelected / defaultChecked reflect the markup's attribute, which is what these read.
      const marked = (o: HTMLOptionElement) => o.hasAttribute('selected');
      return marked(options[el.selectedIndex]!) || (el.selectedIndex === 0 && !options.some(marked));
    }
    case 'radio-group': {
      const inputs = radioOptions(field).map((o) =>
        o.el instanceof HTMLInputElement
          ? o.el
          : o.el instanceof HTMLLabelElement && o.el.control instanceof HTMLInputElement
            ? o.el.control
            : o.el?.querySelector<HTMLInputElement>('input[type=radio]'),
      );
      const checked = inputs.find((r) => r?.checked);
      return !!checked && checked.hasAttribute('checked');
    }
    case 'combobox':
    case 'listbox-button':
      return PROMPT_SHOWN.test(shown.trim()) || isPlaceholderText(shown);
    default:
      return false;
  }
}

/** A field ready to write: its report so far and the rendered value. */
export interface Prepared {
  field: FieldDescription;
  cls: Classification;
  report: FieldReport;
  rendered: Extract<Rendered, { ok: true }>;
}

/** Everything before writing; a finished report when there is nothing to write. */
export function prepareField(
  field: FieldDescription,
  cls: Classification | undefined,
  index: number,
  ctx: FillContext,
  override?: (field: FieldDescription, cls: Classification) => Rendered | undefined,
): Prepared | FieldReport {
  const report: FieldReport = {
    label: labelOf(field),
    status: 'skipped',
    reason: '',
    selector: cssPath(field.el),
  };
  if (!cls) return { ...report, reason: 'not a résumé field' };
  report.key = cls.key;
  report.placedBy = ctx.pinned.get(field.id) ?? { by: 'generic' };
  if (sectionOf(cls.key)) report.index = index;
  if (cls.confidence < ctx.bar) return { ...report, reason: `unsure what this field asks (${cls.reason})` };
  if (aboutSomeoneElse(field))
    return { ...report, reason: `a section about another person (${field.sectionHeading})` };
  if (index < 0)
    return {
      ...report,
      reason:
        'no résumé entry for this block (a degree level the résumé lacks, or every entry saved already)',
    };
  if (TYPED.has(field.widget) && isInvisibleBox(field.el))
    return { ...report, reason: 'an invisible box (a trap for bots)' };
  let rendered = override?.(field, cls);
  if (!rendered) {
    const fact = resolveFact(ctx.resume, cls.key, index, ctx.lang, ctx.now, ctx.answers);
    if (!fact) return { ...report, reason: 'the résumé has no value for this' };
    rendered = renderValue(fact, field, cls, {
      lang: ctx.lang,
      hasCountryCodeField: ctx.hasCountryCodeField,
    });
  }
  if (!rendered.ok) return { ...report, reason: rendered.reason };
  report.value = rendered.value;

  const shown = currentShown(field, ctx.drivers);
  if (showsValue(field, shown, rendered.value, rendered.match, ctx.drivers)) {
    const status = isEmptyValue(field, shown, ctx.drivers) ? 'skipped' : 'filled';
    return { ...report, shown, status, reason: 'already shows this value' };
  }
  if (
    !isEmptyValue(field, shown, ctx.drivers) &&
    !showsPageDefault(field, shown, cls.key, ctx.emptyAtStart) &&
    !ctx.overwrite
  )
    return { ...report, shown, status: 'kept', reason: 'kept the value already there' };
  if (!field.el.isConnected)
    return { ...report, status: 'failed', reason: 'the field left the page before it was written' };
  return { field, cls, report, rendered };
}

/** The report once the driver has written and read back. */
export function finishField(p: Prepared, result: WriteResult, ctx: FillContext): FieldReport {
  const report = { ...p.report, shown: result.shown };
  if (!result.ok)
    return {
      ...report,
      status: result.declined ? 'skipped' : 'failed',
      reason: result.reason ?? 'the write did not take',
    };
  const partial = TEXTUAL.has(p.field.widget) && !showsWritten(result.shown, p.rendered.value);
  const close = p.cls.confidence < ctx.bar + UNCERTAIN_MARGIN;
  if (partial || close || p.rendered.note) {
    const reason = partial
      ? 'the page shows a different value'
      : (p.rendered.note ?? `low confidence (${p.cls.reason})`);
    return { ...report, status: 'uncertain', reason };
  }
  return { ...report, status: 'filled', reason: p.cls.reason };
}

export function isPrepared(p: Prepared | FieldReport): p is Prepared {
  return 'rendered' in p;
}

export async function fillField(
  field: FieldDescription,
  cls: Classification | undefined,
  index: number,
  ctx: FillContext,
): Promise<FieldReport> {
  const p = prepareField(field, cls, index, ctx);
  if (!isPrepared(p)) return p;
  const driver = driverFor(field, ctx.drivers);
  recordField(field, driver);
  const result = await driver.write(field, p.rendered.value, { match: p.rendered.match });
  return finishField(p, result, ctx);
}
