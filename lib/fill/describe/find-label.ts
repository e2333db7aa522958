// A field's label, in Chromium's order (field-heuristics.md): explicit <label>, text after a checkbox,
// preceding text, ARIA, the form-item container, table cells, then placeholder and title as weak hints.
import type { WidgetKind } from '~/lib/fill/types';
import { containerLabel } from './container-label';
import { countControls } from './control-count';
import { ancestors, isFormItem } from './dom';
import {
  ariaLabel,
  explicitLabel,
  floatingLabel,
  precedingText,
  previousText,
  textAfter,
} from './label-sources';
import { tableLabel } from './table-label';
import type { LabelIndex } from './label-index';
import { cleanLabel, visibleText } from './text';

export type LabelStep =
  | 'explicit'
  | 'after'
  | 'preceding'
  | 'aria'
  | 'floating'
  | 'container'
  | 'table'
  | 'placeholder'
  | 'title'
  | 'none';

export interface FoundLabel {
  /** Cleaned: required markers and colons removed; '' when nothing usable was found. */
  text: string;
  /** As found, for the required-marker check. */
  raw: string;
  step: LabelStep;
}

/** Placeholder of a native control, or the placeholder node a component library renders instead. */
export function placeholderOf(el: Element, target: Element): string {
  const attr = el.getAttribute('placeholder');
  if (attr) return attr;
  if (target === el) return '';
  // Element Plus shows the chosen option in .el-select__placeholder; only `is-transparent` is a placeholder.
  const node = Array.from(target.querySelectorAll('[class*=placeholder]')).find(
    (n) => !n.classList.contains('el-select__placeholder') || n.classList.contains('is-transparent'),
  );
  return node ? visibleText(node) : '';
}

/**
 * `el` is the control a driver writes to; `target` the visible unit around it (the component-library
 * select container, a radio group's container; `el` itself for plain inputs). Preceding text and
 * containers are looked up from `target`, so a select's own placeholder or selected text never
 * becomes its label.
 */
export function findLabel(
  el: Element,
  target: Element,
  widget: WidgetKind,
  opts: { firstOption?: Element; index?: LabelIndex } = {},
): FoundLabel {
  const { firstOption, index } = opts;
  const steps: Array<[LabelStep, () => string]> = [
    [
      'explicit',
      () =>
        optionStandsIn(widget, target)
          ? ''
          : explicitLabel(el, index) || (target !== el ? explicitLabel(target, index) : ''),
    ],
    ['after', () => (widget === 'checkbox' ? textAfter(el) : '')],
    [
      'preceding',
      () =>
        (firstOption ? questionInside(target, firstOption) : '') ||
        precedingText(target) ||
        (widget === 'select' && target !== el ? beforeDrawnSelect(el, target) : ''),
    ],
    ['aria', () => ariaLabel(el) || (target !== el ? ariaLabel(target) : '')],
    ['floating', () => (widget === 'checkbox' || widget === 'radio-group' ? '' : floatingLabel(target))],
    ['container', () => containerLabel(target)],
    ['table', () => tableLabel(target)],
    ['placeholder', () => placeholderOf(el, target)],
    ['title', () => el.getAttribute('title') ?? target.getAttribute('title') ?? ''],
  ];
  for (const [step, read] of steps) {
    const raw = read();
    const text = raw ? cleanLabel(raw) : '';
    if (text) return { text, raw, step };
  }
  return { text: '', raw: '', step: 'none' };
}

/**
 * A drawn box beside its hidden <select> (Layui): the two share a wrapper holding nothing else, and the
 * text before that wrapper is the question.
 */
function beforeDrawnSelect(select: Element, box: Element): string {
  const wrapper = box.parentElement;
  if (!wrapper || wrapper !== select.parentElement) return '';
  return countControls(wrapper) === countControls(box) + 1 ? precedingText(wrapper) : '';
}

/** A flat radio group is represented by its first option's <label>, whose text is an answer, not the question. */
function optionStandsIn(widget: WidgetKind, target: Element): boolean {
  return widget === 'radio-group' && (target.tagName === 'LABEL' || target.tagName === 'INPUT');
}

/** A radio group without a container: the question text sits inside the radios' common ancestor. */
function questionInside(group: Element, firstOption: Element): string {
  let wrapper: Element = firstOption;
  while (wrapper.parentElement && wrapper.parentElement !== group) wrapper = wrapper.parentElement;
  return wrapper.parentElement === group ? previousText(wrapper) : '';
}

/**
 * The question around a field whose own label only names a part ('Month', '至', '至今', a 开始日期
 * placeholder): the form item's label, else the question line written just before a label-less form
 * item (a plain line above an el-form-item holding 开始 至 结束 + 至今), else the fieldset's legend.
 */
export function findGroupLabel(target: Element): string {
  const fromContainer = cleanLabel(containerLabel(target));
  if (fromContainer) return fromContainer;
  const item = ancestors(target, 8).find(isFormItem);
  const before = item ? cleanLabel(precedingText(item)) : '';
  if (before) return before;
  const legend = target.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) return cleanLabel(visibleText(legend));
  return checklistQuestion(target);
}

/**
 * A list of checkboxes sharing one name (select all that apply) under a question written just before
 * the list, in no fieldset or form item: the question and the hint under it ('Select all that apply.').
 */
function checklistQuestion(target: Element): string {
  const box = target instanceof HTMLInputElement ? target : target.querySelector('input[type=checkbox]');
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.name) return '';
  const doc = box.ownerDocument;
  const members = [...doc.getElementsByName(box.name)].filter(
    (m) => m instanceof HTMLInputElement && m.type === 'checkbox',
  );
  if (members.length < 2) return '';
  let list: Element | null = box.parentElement;
  while (list && !members.every((m) => list!.contains(m))) list = list.parentElement;
  if (!list || list === doc.body || countControls(list) > members.length) return '';
  const texts: string[] = [];
  for (let s = list.previousElementSibling; s && texts.length < 2; s = s.previousElementSibling) {
    if (countControls(s) > 0) break;
    const text = cleanLabel(visibleText(s));
    if (text) texts.unshift(text);
  }
  return texts.join(' ');
}
