// Component-library date/month pickers (antd, Element Plus): their input parses typed text in the picker's
// own display format and commits on Enter or blur, then shows the date its way ('2021年03月'). Type the
// rendered value, and if the picker rejects it, the other common shapes; success is judged by the
// year/month/day the input then shows, not by its exact text.
import type { Driver } from '~/lib/fill/types';
import { setNativeValue } from '~/lib/fill/write-text';
import { pressKey } from './pointer';
import { nextFrame, waitFor } from './wait-for';

function dateParts(text: string): number[] {
  const m = /(\d{4})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}))?/.exec(text) ?? /(\d{1,2})\D(\d{4})/.exec(text);
  if (!m) return [];
  if (m[1].length !== 4) return [Number(m[2]), Number(m[1])];
  return m.slice(1).filter(Boolean).map(Number);
}

/** Whether two date texts name the same date, whatever their formats ('2021.03' = '2021年03月'). */
export function sameDate(a: string, b: string): boolean {
  const x = dateParts(a);
  const y = dateParts(b);
  return x.length > 0 && x.length === y.length && x.every((n, i) => n === y[i]);
}

function alternatives(value: string): string[] {
  const [y, m, d] = dateParts(value);
  if (!y || !m) return [value];
  const mm = String(m).padStart(2, '0');
  const dd = d ? `-${String(d).padStart(2, '0')}` : '';
  const shapes = d
    ? [`${y}-${mm}${dd}`, `${y}/${mm}/${String(d).padStart(2, '0')}`, `${y}年${mm}月${String(d).padStart(2, '0')}日`]
    : [`${y}-${mm}`, `${y}.${mm}`, `${y}/${mm}`, `${y}年${mm}月`];
  return [...new Set([value, ...shapes])];
}

async function typeAndCommit(input: HTMLInputElement, text: string): Promise<boolean> {
  input.focus();
  input.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  setNativeValue(input, text);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  pressKey(input, 'Enter');
  input.blur();
  input.dispatchEvent(new FocusEvent('blur'));
  // Pickers re-render the committed value (or put the old one back) asynchronously: judge after that.
  await nextFrame();
  const kept = await waitFor(() => (sameDate(input.value, text) && input.ownerDocument.activeElement !== input ? true : null), {
    timeout: 400,
  });
  return kept === true;
}

export const datePickerDriver: Driver = {
  async write(field, value) {
    const input = field.el instanceof HTMLInputElement ? field.el : field.el.querySelector<HTMLInputElement>('input:not([type=hidden])');
    if (!input) return { ok: false, shown: '', reason: 'no date input found' };
    if (input.readOnly || input.disabled) return { ok: false, shown: input.value, reason: 'the date picker does not take typed dates' };
    for (const text of alternatives(value)) {
      if (await typeAndCommit(input, text)) return { ok: true, shown: input.value };
    }
    pressKey(input, 'Escape');
    return { ok: false, shown: input.value, reason: `the date picker did not accept ${value}` };
  },
};
