// Component-library date/month pickers (antd, Element Plus): their input parses typed text in the picker's
// own display format and commits on Enter or blur, then shows the date its way ('2021年03月'). Type the
// rendered value; if the picker shows another date, pick the month from its panel; then try the other
// common shapes. Success is judged by the date the input then shows, and a failed attempt is undone so
// no wrong date stays behind.
import type { Driver, WriteResult } from '~/lib/fill/types';
import { setNativeValue } from '~/lib/fill/write-text';
import { clearButton } from './combobox-parts';
import { pickFromPanel, type YearMonthPick } from './date-panel';
import { pointerClick, pressKey } from './pointer';
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

function monthOf(value: string): YearMonthPick | null {
  const [year, month, day] = dateParts(value);
  return year && month && !day ? { year, month } : null;
}

function alternatives(value: string): string[] {
  const [y, m, d] = dateParts(value);
  if (!y || !m) return [];
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const shapes = d
    ? [`${y}-${mm}-${dd}`, `${y}/${mm}/${dd}`, `${y}年${mm}月${dd}日`]
    : [`${y}-${mm}`, `${y}.${mm}`, `${y}/${mm}`, `${y}年${mm}月`];
  return shapes.filter((s) => s !== value);
}

async function settled(input: HTMLInputElement, want: string): Promise<boolean> {
  // Pickers re-render the committed value (or put the old one back) asynchronously: judge after that.
  await nextFrame();
  const ok = await waitFor(
    () => (sameDate(input.value, want) && input.ownerDocument.activeElement !== input ? true : null),
    {
      timeout: 400,
    },
  );
  return ok === true;
}

async function typeAndCommit(input: HTMLInputElement, text: string): Promise<boolean> {
  input.focus();
  setNativeValue(input, text);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
  input.dispatchEvent(new Event('change', { bubbles: true }));
  pressKey(input, 'Enter');
  input.blur();
  return settled(input, text);
}

function pickerRoot(input: HTMLElement): HTMLElement {
  return (
    input.closest<HTMLElement>('[class*=picker], [class*=date-editor], [class*=range-editor]') ??
    input.parentElement ??
    input
  );
}

/** Empties a picker through its clear icon, which most show only while hovered. */
export async function clearPicker(input: HTMLInputElement): Promise<boolean> {
  const root = pickerRoot(input);
  for (const type of ['mouseenter', 'mouseover'])
    root.dispatchEvent(new MouseEvent(type, { bubbles: type === 'mouseover' }));
  const clear = await waitFor(() => clearButton(root), { timeout: 300 });
  if (clear) pointerClick(clear);
  else await typeAndCommit(input, '');
  return (await waitFor(() => input.value === '', { timeout: 600 })) === true;
}

async function restore(input: HTMLInputElement, original: string): Promise<void> {
  if (input.value === original) return;
  if (original) await typeAndCommit(input, original);
  else await clearPicker(input);
}

function inputOf(el: HTMLElement): HTMLInputElement | null {
  return el instanceof HTMLInputElement ? el : el.querySelector<HTMLInputElement>('input:not([type=hidden])');
}

export const datePickerDriver: Driver = {
  async write(field, value) {
    const input = inputOf(field.el);
    if (!input) return { ok: false, shown: '', reason: 'no date input found' };
    const original = input.value;
    const typable = !input.readOnly && !input.disabled;
    if (typable && (await typeAndCommit(input, value))) return { ok: true, shown: input.value };
    const month = monthOf(value);
    if (month && (await pickFromPanel(input, [month]))) {
      input.blur();
      if (await settled(input, value)) return { ok: true, shown: input.value };
    }
    for (const text of typable ? alternatives(value) : []) {
      if (await typeAndCommit(input, text)) return { ok: true, shown: input.value };
    }
    pressKey(input, 'Escape');
    await restore(input, original);
    return { ok: false, shown: input.value, reason: `the date picker did not accept ${value}` };
  },
};

/** A range picker (two inputs, one panel) takes its start and end together, from the panel. */
export async function writeDateRange(
  start: HTMLInputElement,
  end: HTMLInputElement,
  from: string,
  to: string,
): Promise<WriteResult[]> {
  const a = monthOf(from);
  const b = monthOf(to);
  const originals = [start.value, end.value];
  const picked = !!a && !!b && (await pickFromPanel(start, [a, b]));
  const done =
    picked && (await waitFor(() => sameDate(start.value, from) && sameDate(end.value, to), { timeout: 800 }));
  if (done)
    return [
      { ok: true, shown: start.value },
      { ok: true, shown: end.value },
    ];
  pressKey(start, 'Escape');
  if (start.value !== originals[0] || end.value !== originals[1]) await clearPicker(start);
  const reason = `the range picker did not accept ${from} – ${to}`;
  return [
    { ok: false, shown: start.value, reason },
    { ok: false, shown: end.value, reason },
  ];
}
