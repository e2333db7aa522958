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
import { checkedBy, settleAlone, type Staged } from './staged-write';

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

function selectResult(el: HTMLSelectElement, option: HTMLOptionElement): WriteResult {
  if (selected(el) !== option)
    return { ok: false, shown: selectedText(el), reason: 'the page did not keep the choice' };
  // A select a library draws anew (select2) counts only once its drawn box shows the choice too.
  const standIn = selectStandIn(el);
  const label = normalizeText(option.textContent ?? '');
  if (standIn && label && !normalizeText(standIn.textContent ?? '').includes(label))
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
  return checkedBy(() => selectResult(el, option));
}

export const nativeSelectWriter: WidgetWriter = {
  write: (field, value, opts) => settleAlone(stageSelect(field, value, opts)),
};
