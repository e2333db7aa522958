// <select>: the wanted value is matched against the real options (never a placeholder, never a guess) and
// chosen through the native setter with bubbling input and change, then verified.
import type {
  WidgetWriter,
  FieldDescription,
  FieldOption,
  WriteOptions,
  WriteResult,
} from '~/lib/fill/types';
import { matchOption } from '~/lib/fill/values/match-option';
import { normalizeText } from '~/lib/fill/values/normalize-text';
import { selectStandIn } from '~/lib/fill/collect/recognise-control';
import { announceBlur, announceFocus, blur, focus, hasFocus, setNativeValue } from './edit-events';
import { pointerClick } from './pointer';
import { settleAlone, type Staged } from './staged-write';

export function selectOptions(el: HTMLSelectElement): FieldOption[] {
  return [...el.options].map((o) => ({
    label: (o.textContent ?? '').trim().replace(/\s+/g, ' '),
    value: o.value,
    el: o,
  }));
}

function selected(el: HTMLSelectElement): HTMLOptionElement | undefined {
  return el.selectedIndex >= 0 ? el.options[el.selectedIndex] : undefined;
}

export function selectedText(el: HTMLSelectElement): string {
  const o = selected(el);
  return o && o.value !== '' ? (o.textContent ?? '').trim() : '';
}

/**
 * Selects `option` the way a user's choice arrives: focus, value setter, input, change, blur. `quiet`: the
 * focus events without moving focus, as the fill's batches write (see announceFocus).
 */
export function chooseOption(el: HTMLSelectElement, option: HTMLOptionElement, quiet = false): void {
  const moveFocus = !quiet || hasFocus(el);
  if (moveFocus) focus(el);
  else announceFocus(el);
  // The value setter picks the first option with that value; a duplicate value needs the option itself.
  const firstWithValue = [...el.options].find((o) => o.value === option.value);
  if (firstWithValue === option) setNativeValue(el, option.value);
  else option.selected = true;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  if (moveFocus) blur(el);
  else announceBlur(el);
}

/** The option list a drawn box may hold inside itself (Layui's dl > dd, nice-select's ul > li). */
const LIST_PART = 'ul,ol,dl,li,dd,dt,option,[role=listbox],[role=option]';

/** What a library's drawn box shows: its text and input values, not the option list it holds. */
function standInShows(box: Element): string {
  const parts: string[] = [];
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n instanceof Element && n.matches(LIST_PART) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof HTMLInputElement) parts.push(n.value);
    else if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
  }
  return normalizeText(parts.join(' '));
}

/** Whether the select holds `option` and the box a library drew for it (if any) shows it too. */
function shows(el: HTMLSelectElement, option: HTMLOptionElement): boolean {
  if (selected(el) !== option) return false;
  const standIn = selectStandIn(el);
  const label = normalizeText(option.textContent ?? '');
  return !standIn || !label || option.value === '' || standInShows(standIn).includes(label);
}

/**
 * Picks `option` the way a person does in a drawn box that ignores its select's change event (Layui
 * redraws only on its own clicks): open the box, click the item of the box's own list that reads the same.
 * The item must be inside the box, so nothing else on the page is ever clicked.
 */
export function pickInStandIn(el: HTMLSelectElement, option: HTMLOptionElement): void {
  const box = selectStandIn(el);
  const label = normalizeText(option.textContent ?? '');
  if (!box || !label || standInShows(box).includes(label)) return;
  const item = [...box.querySelectorAll('li,dd,[role=option]')].find(
    (i) => normalizeText(i.textContent ?? '') === label,
  );
  if (!item) return;
  pointerClick(box.querySelector('input') ?? box.firstElementChild ?? box);
  pointerClick(item);
}

function selectResult(el: HTMLSelectElement, option: HTMLOptionElement): WriteResult {
  if (selected(el) !== option)
    return { ok: false, shown: selectedText(el), reason: 'the page did not keep the choice' };
  // A select a library draws anew (select2, Layui) counts only once its drawn box shows the choice too.
  if (!shows(el, option))
    return { ok: false, shown: selectedText(el), reason: 'its drawn box did not show the choice' };
  return { ok: true, shown: selectedText(el) };
}

export function stageSelect(field: FieldDescription, value: string, opts?: WriteOptions): Staged {
  const el = field.el instanceof HTMLSelectElement ? field.el : field.el.querySelector('select');
  if (!el) return { ok: false, shown: '', reason: 'no <select> found' };
  const match = matchOption(selectOptions(el), value, opts?.match ?? 'text');
  if (!match) return { ok: false, shown: selectedText(el), reason: 'no matching option' };
  const option = match.el as HTMLOptionElement;
  chooseOption(el, option, true);
  return {
    settle() {
      if (selected(el) !== option || shows(el, option)) return selectResult(el, option);
      pickInStandIn(el, option);
      return null;
    },
    result: () => selectResult(el, option),
  };
}

export const nativeSelectWriter: WidgetWriter = {
  write: (field, value, opts) => settleAlone(stageSelect(field, value, opts)),
};
