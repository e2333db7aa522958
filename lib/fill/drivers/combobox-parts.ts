// The pieces of a component-library select around the element collect gave us: its root, the element
// that takes the opening click, its search input, its clear button, and the text it displays.
import { isFormItem } from '../describe/dom';
import { isPlaceholderText } from '../describe/text';

const SELECTISH = /(^|[\s_-])(select|combobox|cascader|picker)(?=$|[\s_-])/i;
const CONTROLS = 'input:not([type=hidden]):not([aria-hidden=true]), select, textarea, button[aria-haspopup]';

/** The outermost select-like ancestor that still wraps only this one control. */
export function comboRoot(el: HTMLElement): HTMLElement {
  let root: HTMLElement = el;
  let node: HTMLElement | null = el;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (node.tagName === 'FORM' || node === node.ownerDocument.body) break;
    // The question's label and other fields lie outside the widget.
    if (node.querySelectorAll(CONTROLS).length > 1 || node.querySelector('label, legend')) break;
    // The question's wrapper holds its title, whatever its class says (Moka's `select_info-*`).
    if (isFormItem(node)) break;
    if (SELECTISH.test(node.className?.toString() ?? '') || node.getAttribute('role') === 'combobox')
      root = node;
  }
  return root;
}

export function comboInput(root: HTMLElement): HTMLInputElement | null {
  return root instanceof HTMLInputElement ? root : root.querySelector('input:not([type=hidden])');
}

/** Whether typing filters the list (readonly inputs and inputmode=none dummies do not). */
export function isSearchable(input: HTMLInputElement | null): boolean {
  return !!input && !input.readOnly && !input.disabled && input.getAttribute('inputmode') !== 'none';
}

// `selected-value`: antd 3 and its forks render the chosen option there, inside the element that opens.
const VALUE_SHOWN =
  '[class*=selected-value],[class*=single-value],[class*=singleValue],[class*=selection-item],[class*=content-value],[class*=selected-item],[class*=display-value],[class*=selector__selectItem]';

/** Where a user would click to open it: the displayed value or placeholder, so the event bubbles through every handler. */
export function openTarget(root: HTMLElement): HTMLElement {
  return (
    root.querySelector<HTMLElement>(`${VALUE_SHOWN},[class*=placeholder]`) ??
    // The element that says it opens a list: a press on the root around it would not reach its handler.
    root.querySelector<HTMLElement>('[role=combobox]:not(input),[aria-haspopup=listbox]:not(input)') ??
    root.querySelector<HTMLElement>(
      '[class*=selector],[class*=__wrapper],[class*=control],[class*=trigger]',
    ) ??
    comboInput(root) ??
    root
  );
}

const NOT_SHOWN = [
  'input',
  'button',
  'svg',
  '[aria-live]',
  '[class*=a11y]',
  '[class*=A11y]',
  '[role=listbox]',
  '[class*=menu]',
  '[class*=placeholder][class*=transparent]',
  '[class*=placeholder]:not([class*=selected])',
  '[class*=clear]',
  '[class*=arrow]',
  '[class*=Arrow]',
].join(',');

/** What an empty split-date select prompts with: the part it takes ('年', 'Month'), never a value. */
const PART_PROMPT = /^(年|月|日|年份|月份|日期|years?|months?|days?|yyyy|mm|dd)$/i;
/** Marks components put on a select showing its prompt. */
const EMPTY_MARK = /(^|\s)is-empty(\s|$)|--empty(\s|$)/;

function isPrompt(root: HTMLElement, text: string): boolean {
  if (isPlaceholderText(text) || PART_PROMPT.test(text)) return true;
  return EMPTY_MARK.test(root.className?.toString() ?? '');
}

/** The text the widget shows as its value ('' when it shows only a placeholder). */
export function readShown(root: HTMLElement): string {
  if (root instanceof HTMLInputElement) return root.value.trim();
  const clone = root.cloneNode(true) as HTMLElement;
  // A hand-written select keeps its closed option list inside itself, hidden by CSS: not what it shows.
  if (root.getClientRects().length) {
    const live = root.querySelectorAll('ul,ol');
    const copies = clone.querySelectorAll('ul,ol');
    live.forEach((list, i) => {
      if (!list.getClientRects().length) copies[i]?.remove();
    });
  }
  clone.querySelectorAll(NOT_SHOWN).forEach((n) => n.remove());
  // Arrows and other glyphs ('▾', '×') are decoration, not a value.
  const text = (clone.textContent ?? '').replace(/\s+/g, ' ').replace(/^[\s\p{So}×✕]+|[\s\p{So}×✕]+$/gu, '');
  if (/[\p{L}\p{N}]/u.test(text)) return isPrompt(root, text) ? '' : text;
  // Older selects (Element UI, Moka) keep the chosen text in a readonly input.
  const input = comboInput(root);
  if (input && !isSearchable(input)) return input.value.trim();
  // A flag-only picker (intl-tel-input's selected flag) names its choice in its title alone.
  return input ? '' : (root.getAttribute('title') ?? '').trim();
}

export function clearButton(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>(
    '[class*=clear],[class*=Clear],[class*=close-icon],[aria-label*=clear],[aria-label*=Clear],[aria-label*=清除],[aria-label*=清空]',
  );
}

const DIAL_ONLY = /^[^\p{L}\d]*\+\s?\d{1,4}[^\p{L}\d]*$/u;

/**
 * What a dial-code picker stands for: the text it shows, or, where that is only a code ('+44', a flag and
 * '+1'), the country its own label or title names with it ('United Kingdom: +44'), so undo can tell which
 * of the countries sharing the code to pick back.
 */
export function dialNamed(el: Element, shown: string): string {
  if (!DIAL_ONLY.test(shown)) return shown;
  const code = shown.replace(/[^+\d]/g, '');
  const named = [el.getAttribute('aria-label'), el.getAttribute('title')].find(
    (t) => t && /\p{L}{2}/u.test(t) && t.replace(/\s/g, '').includes(code),
  );
  return named?.trim() ?? shown;
}
