// What the date-picker and date-range drivers share: reading a date out of any display format, typing
// into a picker's input the way its own keyboard handlers expect, and emptying a picker again.
import type { WriteResult } from '~/lib/fill/types';
import { setNativeValue } from '../write-text';
import { conceptOf } from '../values/option-concepts';
import { clearButton } from './combobox-parts';
import type { YearMonthPick } from './date-panel';
import { pointerClick, pressKey } from './pointer';
import { nextFrame, waitFor } from './wait-for';
import { blur, focus } from './edit-events';

/** The month an English month name or abbreviation names ('Aug', 'August', 'Sept.'), or 0. */
export function monthFromName(text: string): number {
  return /^[a-z]{3,9}\.?$/i.test(text.trim())
    ? Number(conceptOf(text.trim().replace(/\.$/, ''), 'month') ?? 0)
    : 0;
}

/** [year, month, day?] from '2021-03', '2021年03月05日', '03/2021', 'Aug 2019'…; [] when the text holds no date. */
export function dateParts(text: string): number[] {
  const named = /\b([a-z]{3,9})\.?\s+(\d{4})\b/i.exec(text);
  if (named && monthFromName(named[1]!)) return [Number(named[2]), monthFromName(named[1]!)];
  const m = /(\d{4})\D{1,3}(\d{1,2})(?:\D{1,3}(\d{1,2}))?/.exec(text) ?? /(\d{1,2})\D(\d{4})/.exec(text);
  if (!m) return [];
  if (m[1].length !== 4) return [Number(m[2]), Number(m[1])];
  return m.slice(1).filter(Boolean).map(Number);
}

/** Whether two date texts name the same date, whatever their formats ('2021.03' = '2021年03月'). */
export function sameDate(a: string, b: string): boolean {
  // Periods half by half: read whole, '2019.08 - 2020.12' would be the 20th of August 2019.
  if (periodHalves(a).length > 1 || periodHalves(b).length > 1) return samePeriod(a, b);
  const x = dateParts(a);
  const y = dateParts(b);
  return x.length > 0 && x.length === y.length && x.every((n, i) => n === y[i]);
}

/**
 * A period's two halves: `2019.08 ~ 2020.12`, `2019-08 - 2020-12`, `2019年08月 至 2020年12月`,
 * `2021.03 至今`; a single date is one half.
 */
export function periodHalves(text: string): string[] {
  return text.trim().split(/\s*[~～]\s*|\s+[-–—]\s+|\s*至(?!今)\s*|\s*(?=至今)/);
}

/** Whether two texts name the same period, whatever their formats ('2019.08 - 至今' = '2019年08月 至今'). */
export function samePeriod(a: string, b: string): boolean {
  const x = periodHalves(a);
  const y = periodHalves(b);
  return (
    x.length === 2 &&
    y.length === 2 &&
    x.every((h, i) => (isPresentValue(h) ? isPresentValue(y[i]!) : sameDate(h, y[i]!)))
  );
}

/**
 * The months a calendar is clicked through for a period ('2019.08 - 2020.12': the start, then the end;
 * '2021.03 - 至今': the start, then the panel's 至今). Null for a single date or a date with a day.
 */
export function periodPicks(value: string): { picks: YearMonthPick[]; present: boolean } | null {
  const halves = periodHalves(value);
  const start = halves.length === 2 ? monthOf(halves[0]!) : null;
  if (!start) return null;
  if (isPresentValue(halves[1]!)) return { picks: [start], present: true };
  const end = monthOf(halves[1]!);
  return end ? { picks: [start, end], present: false } : null;
}

/** The year and month of a month value ('2019-08'); null for a full date or no date. */
export function monthOf(value: string): YearMonthPick | null {
  const [year, month, day] = dateParts(value);
  return year && month && !day ? { year, month } : null;
}

/**
 * A current entry's end (至今) that the widget offers no choice for: nothing went wrong and nothing is
 * written, so the report says "skipped", not "failed".
 */
export function noPresentChoice(widget: string, shown: string): WriteResult {
  return { ok: false, shown, reason: `current entry (至今): the ${widget} offers no 至今`, declined: true };
}

/** 至今 / Present: an end that is no date, taken only from a list or a panel that offers it. */
export function isPresentValue(value: string): boolean {
  return /^(至今|present)$/i.test(value.trim());
}

export function isTypable(input: HTMLInputElement): boolean {
  return !input.readOnly && !input.disabled;
}

/** Focus, the text through the prototype setter (framework value trackers), then input and change. */
export function typeDate(input: HTMLInputElement, text: string): void {
  focus(input);
  setNativeValue(input, text);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The picker flags the typed text as a date it cannot parse (antd marks it at once, long before it reverts it). */
export function refused(input: HTMLInputElement): boolean {
  return input.getAttribute('aria-invalid') === 'true';
}

/** Whether, once the page had a frame to react, every input shows its date, unflagged, and none has the focus. */
export async function settled(inputs: HTMLInputElement[], wants: string[]): Promise<boolean> {
  // Pickers re-render the committed value (or put the old one back) asynchronously: judge after that.
  await nextFrame();
  const done = () =>
    inputs.every(
      (input, i) =>
        sameDate(input.value, wants[i]) && !refused(input) && input.ownerDocument.activeElement !== input,
    );
  return (await waitFor(() => done() || null, { timeout: 400 })) === true;
}

/** Types the text, commits it with Enter, leaves the input; true once it shows that date. */
export async function typeAndCommit(input: HTMLInputElement, text: string): Promise<boolean> {
  typeDate(input, text);
  pressKey(input, 'Enter');
  blur(input);
  return settled([input], [text]);
}

const PICKER_BOX = '[class*=picker], [class*=date-editor], [class*=range-editor]';

/**
 * The picker around the input: the outermost picker-looking box that holds no more than this picker's
 * inputs. antd wraps each input in its own `ant-picker-input`, while the clear icon sits in the
 * `ant-picker` (or `ant-picker-range`) around them.
 */
function pickerRoot(input: HTMLElement): HTMLElement {
  let root = input.closest<HTMLElement>(PICKER_BOX) ?? input.parentElement ?? input;
  for (
    let up = root.parentElement?.closest<HTMLElement>(PICKER_BOX);
    up && up.querySelectorAll('input:not([type=hidden])').length <= 2;
    up = up.parentElement?.closest<HTMLElement>(PICKER_BOX)
  )
    root = up;
  return root;
}

/** Empties a picker through its clear icon, which most show only while hovered. */
export async function clearPicker(input: HTMLInputElement): Promise<boolean> {
  const root = pickerRoot(input);
  for (const type of ['mouseenter', 'mouseover'])
    root.dispatchEvent(new MouseEvent(type, { bubbles: type === 'mouseover' }));
  const clear = await waitFor(() => clearButton(root), { timeout: 300 });
  // Typing the empty string has already waited for the picker to settle: no second wait.
  if (!clear) return (await typeAndCommit(input, '')) || input.value === '';
  pointerClick(clear);
  return (await waitFor(() => input.value === '', { timeout: 600 })) === true;
}
