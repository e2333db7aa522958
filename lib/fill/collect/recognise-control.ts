// What kind of control an element is, by role and structure rather than by site: native controls, ARIA
// comboboxes, component-library selects and date pickers (antd, Element Plus, react-select, Moka's sd-*,
// Beisen's phoenix-*, Feishu's ud__*), listbox buttons and file inputs.
import type { WidgetKind } from '~/lib/fill/types';
import { classOf, hasInlineCalendar, isFormItem } from '~/lib/fill/describe/dom';

export interface Recognised {
  /** What a driver interacts with: the input, the combobox input or trigger, the button. */
  el: HTMLElement;
  widget: WidgetKind | 'radio';
  /** The visible unit: a component's container for custom widgets, else `el`. */
  target: Element;
}

const SKIP_TYPES = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'password']);
const DATE_TYPES = new Set(['date', 'month', 'week', 'datetime-local']);
const WIDGET_TOKEN = /select|picker|cascader|calendar|date-?editor|combobox|dropdown/i;
/** Tailwind's `select-none` and friends are CSS utilities, not widgets. */
const NOT_WIDGET_TOKEN = /^(select-(none|text|all|auto)|(is-)?selected|dropdown-toggle)$/i;
const DATE_TOKEN = /date|calendar|month|year|time|^(ant|atsx|arco|semi|t|n)-picker$/i;
const RANGE_PICKER_TOKEN = /picker\W*range|range\W*picker|range-?editor/i;
const DATE_PLACEHOLDER = /日期|月份|年份|年月|时间|date|month|year|yyyy/i;
// '开始年份': a part still, of the start or end.
const DATE_PART_PLACEHOLDER =
  /^(请?选择)?(开始|结束|起始|入学|毕业|截止|入职|离职)?(年份?|月份?|years?|months?|yyyy|mm)$/i;

/** A component whose own class names a select ('t-select', 'arco-select'), not a picker or a cascader. */
function isSelectClass(el: Element): boolean {
  return classOf(el)
    .split(/\s+/)
    .some((t) => /(^|[-_])select$/i.test(t) && !NOT_WIDGET_TOKEN.test(t));
}

function inSelect(input: Element, container: Element): boolean {
  for (let p = input.parentElement; p; p = p.parentElement) {
    if (isSelectClass(p)) return true;
    if (p === container) break;
  }
  return false;
}

function isWidgetClass(el: Element): boolean {
  const cls = classOf(el);
  return (
    WIDGET_TOKEN.test(cls) && cls.split(/\s+/).some((t) => WIDGET_TOKEN.test(t) && !NOT_WIDGET_TOKEN.test(t))
  );
}

/**
 * The outermost element of the component around `el`: climbs while ancestors carry widget classes
 * (ant-select-content → ant-select; el-select__wrapper → el-select), tolerating two plain wrappers
 * (Element's cascader puts el-input and el-input__wrapper between its input and .el-cascader).
 */
/** Whether `p` holds a control outside `found` that sits in a drawn widget of its own. */
function holdsOtherWidget(p: Element, found: Element): boolean {
  for (const control of Array.from(p.querySelectorAll('input,select,textarea'))) {
    if (found.contains(control)) continue;
    for (let q = control.parentElement; q && q !== p; q = q.parentElement) if (isWidgetClass(q)) return true;
  }
  return false;
}

export function widgetContainer(el: Element): Element | null {
  let found: Element | null = null;
  let misses = 0;
  for (let p = el.parentElement, level = 0; p && level < 7; p = p.parentElement, level++) {
    // The question's wrapper holds its title too, whatever its class says of the control inside
    // (Moka types it: `apply-field-* select_info-*`): the widget ends below it.
    if (isFormItem(p)) break;
    if (isWidgetClass(p)) {
      // Greenhouse's `.select` wraps its <label> too; the widget ends below the label.
      if (p.querySelector('label,legend')) break;
      // A row of widgets (Moka's month-range-select around four sd-Selects) is not one widget; a range
      // picker around its two inputs (ant-picker-range) is.
      if (found && !hasDateToken(p) && holdsOtherWidget(p, found)) break;
      found = p;
      misses = 0;
    } else if (++misses > 2) break;
  }
  return found;
}

/**
 * The box a component library draws for a native <select> it took over (select2, and the like): the
 * select is kept for the form but taken out of the tab order (and usually moved off screen), and the
 * drawn widget stands right beside it. That stand-in is what a person sees and clicks, so it is the
 * unit judged for visibility and outlined; the select itself is still what is written, its `change`
 * reaching the library's handlers (jQuery's included), which redraw the stand-in.
 */
export function selectStandIn(select: Element): Element | null {
  // Out of the tab order (select2), or not rendered at all (Layui's `.layui-form select{display:none}`).
  const setAside =
    select.getAttribute('tabindex') === '-1' ||
    select.getAttribute('aria-hidden') === 'true' ||
    getComputedStyle(select).display === 'none';
  if (!setAside) return null;
  for (const sibling of [select.previousElementSibling, select.nextElementSibling]) {
    if (sibling && isWidgetClass(sibling) && !sibling.querySelector('select')) return sibling;
  }
  return null;
}

/** Whether `box` is the stand-in a library drew beside a set-aside <select>. */
function drawsSelect(box: Element): boolean {
  return [box.previousElementSibling, box.nextElementSibling].some(
    (s) => s?.tagName === 'SELECT' && selectStandIn(s) === box,
  );
}

/**
 * A select2 3 single-value box over an input (select2 4's `span.select2-container` has no
 * `a.select2-choice`; a box over a <select>, which stands right after it, is left to that select).
 */
export function isSelect2Box(el: Element): boolean {
  return (
    el.tagName === 'DIV' &&
    el.classList.contains('select2-container') &&
    !!el.querySelector(':scope > a.select2-choice') &&
    el.nextElementSibling?.tagName === 'INPUT'
  );
}

/**
 * A class that names a calendar ('ant-picker', 'el-date-editor', a range picker such as 'ud__picker-range');
 * a month *select* is a list.
 */
function hasDateToken(el: Element): boolean {
  return classOf(el)
    .split(/\s+/)
    .some((t) => (DATE_TOKEN.test(t) && !/select/i.test(t)) || RANGE_PICKER_TOKEN.test(t));
}

function isDateish(input: Element, container: Element | null): boolean {
  if (input.getAttribute('aria-haspopup') === 'dialog') return true;
  if (container) {
    for (let p: Element | null = input.parentElement; p; p = p.parentElement) {
      if (hasDateToken(p)) return true;
      if (p === container) break;
    }
  }
  const placeholder = (input.getAttribute('placeholder') ?? '').trim();
  // '年份' / 'Month' name one part of a split date: a select of years or months, not a calendar.
  return DATE_PLACEHOLDER.test(placeholder) && !DATE_PART_PLACEHOLDER.test(placeholder) && !!container;
}

/**
 * A readonly input outside any component that says it opens a calendar: by ARIA, its own class
 * ('Wdate', 'datepicker'), an inline handler that calls one, or a date prompt.
 */
/** Tags of a form control: a wrapper around one of them alone belongs to that control. */
const CONTROL_TAGS = 'input, select, textarea';

function opensCalendar(input: HTMLInputElement): boolean {
  if (['dialog', 'grid'].includes(input.getAttribute('aria-haspopup') ?? '')) return true;
  if (hasDateToken(input)) return true;
  if (hasInlineCalendar(input)) return true;
  // bootstrap-datepicker / -datetimepicker: the format on the input itself, or the calendar's classes on
  // the input group around it ('input-group date' with a calendar icon as its addon).
  if (input.hasAttribute('data-date-format') || input.getAttribute('data-provide') === 'datepicker')
    return true;
  const group = input.parentElement;
  if (group && group.querySelectorAll(CONTROL_TAGS).length === 1) {
    if (hasDateToken(group) || group.querySelector('[class*="calendar"]')) return true;
  }
  const placeholder = (input.getAttribute('placeholder') ?? '').trim();
  return DATE_PLACEHOLDER.test(placeholder) && !DATE_PART_PLACEHOLDER.test(placeholder);
}

function recogniseInput(input: HTMLInputElement): Recognised | null {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (SKIP_TYPES.has(type)) return null;
  if (type === 'file') return { el: input, widget: 'file', target: input };
  if (type === 'checkbox') return { el: input, widget: 'checkbox', target: input };
  if (type === 'radio') return { el: input, widget: 'radio', target: input };
  if (DATE_TYPES.has(type)) return { el: input, widget: 'native-date', target: input };
  // select2's own inputs (its focusser, the search box of its list) are parts of the widget, never fields.
  if (input.closest('.select2-container, .select2-drop')) return null;
  const container = widgetContainer(input);
  // The box a library drew for a hidden <select> is that select's face: the select is the field.
  if (container && drawsSelect(container)) return null;
  const ariaCombo = input.parentElement?.closest('[role=combobox]');
  if (ariaCombo && ariaCombo.tagName !== 'INPUT') return { el: input, widget: 'combobox', target: ariaCombo };
  const reactSelect = input.id.startsWith('react-select-')
    ? input.closest('[class*="-control"],[class*="__control"]')
    : null;
  const target = reactSelect ?? container ?? input;
  const combo = input.getAttribute('role') === 'combobox' || !!reactSelect;
  if (combo || (input.readOnly && container)) {
    return { el: input, widget: isDateish(input, container) ? 'date-picker' : 'combobox', target };
  }
  if (input.readOnly)
    return opensCalendar(input) ? { el: input, widget: 'date-picker', target: input } : null;
  if (container && isDateish(input, container)) return { el: input, widget: 'date-picker', target };
  // A select that searches as you type (TDesign's filterable t-select draws no ARIA): its box takes
  // only what its list offers.
  if (container && inSelect(input, container)) return { el: input, widget: 'combobox', target };
  return { el: input, widget: 'text', target: input };
}

function isEditableRoot(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  if (value === null || !['', 'true', 'plaintext-only'].includes(value.toLowerCase())) return false;
  return !el.parentElement?.closest('[contenteditable]:not([contenteditable=false])');
}

export function recogniseControl(node: Element): Recognised | null {
  const el = node as HTMLElement;
  switch (node.tagName) {
    case 'INPUT':
      return recogniseInput(node as HTMLInputElement);
    case 'TEXTAREA':
      return (node as HTMLTextAreaElement).readOnly ? null : { el, widget: 'textarea', target: el };
    case 'SELECT':
      return { el, widget: 'select', target: selectStandIn(el) ?? el };
    case 'BUTTON':
      if (node.getAttribute('role') === 'combobox') return { el, widget: 'combobox', target: el };
      return node.getAttribute('aria-haspopup') === 'listbox'
        ? { el, widget: 'listbox-button', target: el }
        : null;
  }
  // select2 3 over a hidden input: the drawn box is the control (drivers/select2.ts drives it).
  if (isSelect2Box(node)) return { el, widget: 'combobox', target: el };
  const role = node.getAttribute('role');
  // ARIA 1.1 comboboxes wrap a text input; that input is the one recognised.
  if (role === 'combobox') return node.querySelector('input') ? null : { el, widget: 'combobox', target: el };
  if (role === 'button' && node.getAttribute('aria-haspopup') === 'listbox') {
    return { el, widget: 'listbox-button', target: el };
  }
  return isEditableRoot(node) ? { el, widget: 'contenteditable', target: el } : null;
}
