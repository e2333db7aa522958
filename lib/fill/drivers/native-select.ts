// <select>: the wanted value is matched against the real options (never a placeholder, never a guess) and
// chosen through the native setter with bubbling input and change, then verified.
import type { Driver, FieldOption } from '~/lib/fill/types';
import { matchOption } from '~/lib/fill/values/match-option';
import { setNativeValue } from '~/lib/fill/write-text';
import { nextTask } from './wait-for';

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

/** Selects `option` the way a user's choice arrives: value setter, then input and change. */
export function chooseOption(el: HTMLSelectElement, option: HTMLOptionElement): void {
  el.focus({ preventScroll: true });
  // The value setter picks the first option with that value; a duplicate value needs the option itself.
  const firstWithValue = [...el.options].find((o) => o.value === option.value);
  if (firstWithValue === option) setNativeValue(el, option.value);
  else option.selected = true;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.blur();
}

export const nativeSelectDriver: Driver = {
  async write(field, value, opts) {
    const el = field.el instanceof HTMLSelectElement ? field.el : field.el.querySelector('select');
    if (!el) return { ok: false, shown: '', reason: 'no <select> found' };
    const match = matchOption(selectOptions(el), value, opts?.match ?? 'text');
    if (!match) return { ok: false, shown: selectedText(el), reason: 'no matching option' };
    const option = match.el as HTMLOptionElement;
    chooseOption(el, option);
    await nextTask();
    if (selected(el) !== option)
      return { ok: false, shown: selectedText(el), reason: 'the page did not keep the choice' };
    return { ok: true, shown: selectedText(el) };
  },
};
