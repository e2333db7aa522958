// Range pickers: one editor, two inputs (开始日期 / 结束日期), and a value that exists only as a pair. Most
// (Element Plus' monthrange, antd's RangePicker) parse each half as typed and commit the pair on Enter in
// the second; readonly ones take both months from their panel. Either way the inputs must show both
// dates once the focus has left, and a range that took neither way is put back as it was.
import type { WriteResult } from '~/lib/fill/types';
import {
  clearPicker,
  isPresentValue,
  isTypable,
  monthOf,
  refused,
  sameDate,
  settled,
  typeDate,
} from './date-input';
import { openPanels, pickFromPanel } from './date-panel';
import { pressKey } from './pointer';
import { nextTask, waitFor } from './wait-for';
import { blur } from './edit-events';

function leave(inputs: HTMLInputElement[]): void {
  const active = inputs[0].ownerDocument.activeElement;
  for (const input of inputs) if (input === active) blur(input);
}

/** Closes what a failed attempt opened, so the panel can be told apart when opened again. */
async function dismiss(inputs: HTMLInputElement[], before: Set<Element>): Promise<void> {
  const doc = inputs[0].ownerDocument;
  const active = inputs.find((i) => i === doc.activeElement);
  pressKey(active ?? inputs[0], 'Escape');
  leave(inputs);
  await waitFor(() => [...openPanels(doc)].every((p) => before.has(p)), { timeout: 600 });
}

/**
 * Each half typed in turn, Enter after each: Element Plus opens its panel on the first Enter and commits
 * the pair on the second; antd takes the start on the first and moves on to the end. No blur in between:
 * leaving the editor with half a range makes pickers drop what was typed.
 */
async function typeRange(start: HTMLInputElement, end: HTMLInputElement, from: string, to: string) {
  if (!isTypable(start) || !isTypable(end)) return false;
  for (const [input, text] of [
    [start, from],
    [end, to],
  ] as const) {
    typeDate(input, text);
    // A flagged half stays flagged: stop before the end is typed into a picker still stuck on the start.
    if (refused(input)) return false;
    pressKey(input, 'Enter');
    await nextTask();
  }
  leave([start, end]);
  return settled([start, end], [from, to]);
}

/** Puts a failed range back: its clear icon empties both halves; text a picker kept uncommitted is retyped. */
async function restore(inputs: HTMLInputElement[], originals: string[]): Promise<void> {
  const changed = () => inputs.filter((input, i) => input.value !== originals[i]);
  if (changed().length === 0) return;
  if (originals.every((o) => o === '')) await clearPicker(inputs[0]);
  for (const input of changed().filter(isTypable)) typeDate(input, originals[inputs.indexOf(input)]);
  leave(inputs);
}

async function pickRange(start: HTMLInputElement, end: HTMLInputElement, from: string, to: string) {
  const a = monthOf(from);
  // A current entry's end is the panel's own 至今, offered once the start is chosen (an end panel's footer).
  const present = isPresentValue(to);
  const b = present ? null : monthOf(to);
  if (!a || (!b && !present) || !(await pickFromPanel(start, b ? [a, b] : [a], undefined, present)))
    return false;
  const endShown = () => (present ? end.value.trim() === to.trim() : sameDate(end.value, to));
  const shown = () => sameDate(start.value, from) && endShown();
  return (await waitFor(shown, { timeout: 800 })) === true;
}

/** Writes the start and the end of one range picker together; one result per input. */
export async function writeDateRange(
  start: HTMLInputElement,
  end: HTMLInputElement,
  from: string,
  to: string,
): Promise<WriteResult[]> {
  const originals = [start.value, end.value];
  const panels = openPanels(start.ownerDocument);
  let done = await typeRange(start, end, from, to);
  if (!done) {
    await dismiss([start, end], panels);
    done = await pickRange(start, end, from, to);
  }
  if (done)
    return [
      { ok: true, shown: start.value },
      { ok: true, shown: end.value },
    ];
  await dismiss([start, end], panels);
  await restore([start, end], originals);
  const reason = `the range picker did not accept ${from} – ${to}`;
  return [
    { ok: false, shown: start.value, reason },
    { ok: false, shown: end.value, reason },
  ];
}
