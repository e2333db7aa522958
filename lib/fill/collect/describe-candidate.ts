// Turns a recognised control (or radio group) into a FieldDescription: label, hints, options, required,
// what it shows now, section heading. `id`, `lang` and `block` are set by collect-fields once all exist.
import type { FieldDescription, FieldOption } from '~/lib/fill/types';
import { findGroupLabel, findLabel, placeholderOf } from '~/lib/fill/describe/find-label';
import type { SectionFinder } from '~/lib/fill/describe/find-section';
import type { LabelIndex } from '~/lib/fill/describe/label-index';
import { ownAriaLabel, referencedText } from '~/lib/fill/describe/label-sources';
import { countControls } from '~/lib/fill/describe/control-count';
import { classOf, containsControl, isFormItem } from '~/lib/fill/describe/dom';
import {
  collapse,
  hasRequiredMarker,
  isFragmentLabel,
  splitWords,
  visibleText,
} from '~/lib/fill/describe/text';
import type { Candidate } from './gather-candidates';
import { isRadioChecked, radioLabel, readCurrentValue, readSelectOptions } from './read-value';
import { isOneTimeCode } from './skip-rules';

/** Generated ids and names (el-id-6241-21, react-select-2-input, rc_select_0) say nothing about the field. */
function attrWords(value: string | null): string | undefined {
  if (!value || /^(el-id|react-select|rc[_-]|input-\d|mui-|:r|[0-9a-f]{8}-[0-9a-f]{4})/i.test(value))
    return undefined;
  return collapse(splitWords(value).replace(/\b\d+\b/g, '')) || undefined;
}

/**
 * Short help text tied to the box: what aria-describedby names, or a note beside its label that is not
 * the label ('Graduation Date (mm/yyyy)' as a label and a separate span in one cell).
 */
function noteOf(el: HTMLElement, target: Element, labels: LabelIndex): string | undefined {
  const texts = [referencedText(el, 'aria-describedby', 80)];
  // The collection's label index, not `el.labels`: Chromium answers that by searching the whole tree.
  for (const label of labels(el)) {
    const cell = label.parentElement;
    if (!cell || label.contains(el) || cell.contains(el) || containsControl(cell)) continue;
    texts.push(visibleText(cell, 80).replace(visibleText(label, 80), ''));
  }
  const note = collapse(texts.join(' '));
  if (note) return note.length <= 60 ? note : undefined;
  return tipBelow(target);
}

/**
 * The help line a form item prints under its control ('格式：绩点/满分，如 3.6/4.0', antd's form-item
 * extra): the first short text after the control's branch, inside the nearest form item.
 */
function* ancestorsUpTo(from: Element, levels: number): Generator<Element> {
  for (
    let node: Element | null = from, level = 0;
    node && level < levels;
    node = node.parentElement, level++
  ) {
    yield node;
    if (isFormItem(node)) return;
  }
}

function tipBelow(target: Element): string | undefined {
  let branch: Element = target;
  // The line may follow the control itself or the box around it, inside the form item either way.
  const inside = target.parentElement ? [...ancestorsUpTo(target.parentElement, 6)] : [];
  if (!inside.some(isFormItem)) return undefined;
  for (const node of inside) {
    for (let s = branch.nextElementSibling; s; s = s.nextElementSibling) {
      if (containsControl(s)) return undefined;
      const tip = visibleText(s, 80);
      // A unit or separator beside the box ('/', '年') is no help line: look past it.
      if (tip && tip.length > 2) return tip.length <= 60 ? tip : undefined;
    }
    if (isFormItem(node)) return undefined;
    branch = node;
  }
  return undefined;
}

function hintsOf(el: HTMLElement, target: Element, labels: LabelIndex): FieldDescription['hints'] {
  const max = Number(el.getAttribute('maxlength'));
  const hints: FieldDescription['hints'] = {
    autocomplete: el.getAttribute('autocomplete')?.trim().toLowerCase() || undefined,
    name: attrWords(el.getAttribute('name')),
    id: attrWords(el.id),
    placeholder: collapse(placeholderOf(el, target)) || undefined,
    ariaLabel: ownAriaLabel(el) || undefined,
    type:
      el.tagName === 'INPUT' ? (el.getAttribute('type') ?? 'text').toLowerCase() : el.tagName.toLowerCase(),
    maxLength: max > 0 ? max : undefined,
    note: noteOf(el, target, labels),
  };
  for (const key of Object.keys(hints) as Array<keyof typeof hints>)
    if (hints[key] === undefined) delete hints[key];
  return hints;
}

const REQUIRED_CLASS = /(^|[\s_-])(is-)?required/;

/**
 * Moka marks required with an empty [class*=required-asterisk] inside the field, antd with a class on the
 * label, Element with is-required on the item: look on the wrappers that hold only this question, and
 * once inside the nearest form-item container.
 */
function requiredNearby(target: Element): boolean {
  const own = countControls(target);
  let node: Element | null = target.parentElement;
  for (let level = 0; node && level < 5 && countControls(node) <= own; level++, node = node.parentElement) {
    const cls = classOf(node);
    if (REQUIRED_CLASS.test(cls)) return true;
    if (isFormItem(node))
      return !!node.querySelector('[class*=required]:not(input):not(select):not(textarea)');
  }
  return false;
}

export interface DescribeEnv {
  section: SectionFinder;
  labels: LabelIndex;
}

export function describeCandidate(c: Candidate, env: DescribeEnv): FieldDescription | null {
  const radios = c.kind === 'radios' ? c.group.radios : undefined;
  const el = c.kind === 'radios' ? c.group.container : c.rec.el;
  const target = c.kind === 'radios' ? c.group.container : c.rec.target;
  const widget = c.kind === 'radios' ? 'radio-group' : c.rec.widget;
  if (widget === 'radio') return null;
  const firstOption = c.kind === 'radios' && !c.group.explicit ? (radios![0] as HTMLInputElement) : undefined;
  const found = findLabel(el, target, widget, { firstOption, index: env.labels });
  const hints = hintsOf(radios ? radios[0]! : el, target, env.labels);
  const attrs = `${hints.name ?? ''} ${hints.id ?? ''}`;
  if (widget !== 'file' && widget !== 'checkbox' && !radios && isOneTimeCode(el, found.text, attrs))
    return null;

  // A placeholder is a weak label (开始日期): the question around the control may say more (起止时间).
  if (!found.text || found.step === 'placeholder' || widget === 'checkbox' || isFragmentLabel(found.text)) {
    const group = findGroupLabel(target);
    if (group && group !== found.text) hints.groupLabel = group;
  }
  let options: FieldOption[] | undefined;
  let currentValue: string;
  if (radios) {
    options = radios.map((r) =>
      r instanceof HTMLInputElement
        ? { label: radioLabel(r, env.labels), value: r.value, el: r }
        : { label: collapse(visibleText(r)), value: collapse(visibleText(r)), el: r },
    );
    const checked = radios.findIndex(isRadioChecked);
    currentValue = checked >= 0 ? options[checked]!.label : '';
  } else {
    if (widget === 'select') options = readSelectOptions(el as HTMLSelectElement);
    else if (widget === 'combobox' || widget === 'listbox-button') options = [];
    currentValue = readCurrentValue(el, widget, target);
  }
  const controls = radios ?? [el];
  const required =
    controls.some((r) => (r as HTMLInputElement).required || r.getAttribute('aria-required') === 'true') ||
    target.getAttribute('aria-required') === 'true' ||
    hasRequiredMarker(found.raw) ||
    requiredNearby(target);
  return {
    id: -1,
    el,
    widget,
    label: found.text,
    hints,
    sectionHeading: env.section(target, found.text, hints.groupLabel),
    options,
    required,
    currentValue,
    lang: 'en',
  };
}
