// What a field shows now and which options it offers. For component-library selects the input's value is
// empty or a search string; the chosen option is rendered in a sibling node, so that is what is read.
import type { FieldOption, WidgetKind } from '~/lib/fill/types';
import { classOf } from '~/lib/fill/describe/dom';
import { collapse, isPlaceholderText, visibleText } from '~/lib/fill/describe/text';
import { explicitLabel, textAfter } from '~/lib/fill/describe/label-sources';
import type { LabelIndex } from '~/lib/fill/describe/label-index';

/** Nodes in which libraries render the selected option. */
const SELECTED_NODE =
  '.ant-select-selection-item,[class*=singleValue],[class*=single-value],[class*=display-value],' +
  '[class*=selectItem],[class*=selection-item],[class*=selected-value],[class*=selectedValue]';
/** Text inside a select container that is not the value: placeholders, screen-reader live regions. */
const NOT_VALUE = /placeholder|a11y|sr-only|visually-hidden|input-calculator|live-region/i;

function shown(text: string): string {
  const t = collapse(text);
  return t && !isPlaceholderText(t) ? t : '';
}

function customSelectValue(el: HTMLElement, target: Element): string {
  // Element Plus renders the chosen label in .el-select__placeholder; `is-transparent` means empty.
  const ep = target.querySelector('.el-select__placeholder');
  if (ep) return ep.classList.contains('is-transparent') ? '' : shown(visibleText(ep));
  for (const node of Array.from(target.querySelectorAll(SELECTED_NODE))) {
    const text = shown(visibleText(node));
    if (text) return text;
  }
  if (target !== el) {
    const laidOut = target.ownerDocument.documentElement.getBoundingClientRect().width > 0;
    const text = visibleText(
      target,
      120,
      (n) =>
        NOT_VALUE.test(classOf(n)) ||
        n.hasAttribute('aria-live') ||
        n.getAttribute('role') === 'log' ||
        // A hand-written select's closed option list, kept inside it and hidden by CSS.
        (laidOut && /^(UL|OL)$/.test(n.tagName) && !n.getClientRects().length),
    );
    if (shown(text)) return shown(text);
  } else if (el.tagName !== 'INPUT') {
    return shown(visibleText(el, 120, (n) => NOT_VALUE.test(classOf(n))));
  }
  return 'value' in el ? shown(String((el as HTMLInputElement).value)) : '';
}

/** A checked class on a drawn radio or on the dot inside it: `is-checked`, `phoenix-radio--checked`. */
const CHECKED_CLASS = /(^|[\s_-])(is-)?(checked|active|selected)\b|--(checked|active|selected)\b/;

/** Whether a radio input, or a radio drawn without one (aria-checked or a checked class), is chosen. */
export function isRadioChecked(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  if (el.hasAttribute('aria-checked')) return el.getAttribute('aria-checked') === 'true';
  return [el, ...el.querySelectorAll('[class]')].some((n) => CHECKED_CLASS.test(classOf(n)));
}

export function radioLabel(radio: HTMLInputElement, index?: LabelIndex): string {
  return explicitLabel(radio, index) || textAfter(radio) || radio.getAttribute('aria-label') || radio.value;
}

export function readCurrentValue(el: HTMLElement, widget: WidgetKind, target: Element): string {
  switch (widget) {
    case 'checkbox':
      return (el as HTMLInputElement).checked ? 'checked' : '';
    case 'select': {
      const select = el as HTMLSelectElement;
      const option = select.options[select.selectedIndex];
      return option && !isPlaceholderOption(option) ? collapse(option.label || option.text) : '';
    }
    case 'file':
      return Array.from((el as HTMLInputElement).files ?? [])
        .map((f) => f.name)
        .join(', ');
    case 'contenteditable':
      return collapse(el.textContent ?? '');
    case 'combobox':
    case 'listbox-button':
      return customSelectValue(el, target);
    default:
      return String((el as HTMLInputElement).value ?? '').trim();
  }
}

export function isPlaceholderOption(option: HTMLOptionElement): boolean {
  return option.value === '' || isPlaceholderText(option.label || option.text);
}

/** A native select's real options: no '请选择' / 'Select…' / '--' rows, no disabled ones. */
export function readSelectOptions(select: HTMLSelectElement): FieldOption[] {
  return Array.from(select.options)
    .filter((o) => !o.disabled && !isPlaceholderOption(o))
    .map((o) => ({ label: collapse(o.label || o.text), value: o.value, el: o }));
}
