// 飞书招聘's atsx month period picker (`atsx-date-picker-period-month`): no input a user types in, only a
// display of the start and the end month; a press on either side opens a panel of year and month cells
// (and 至今 for the end when the entry may still be running). Choosing the start moves the panel on to
// the end. It is collected as one date-picker control (lib/adapters/feishu.ts `controls`) that takes a
// whole range, so the generic rules classify it from its label (起止时间 → <section>.range) and this
// driver writes both halves through the panel; every other date picker on the site keeps the generic one.
import type { Driver, FieldDescription, WriteResult } from '~/lib/fill/types';
import { datePicker } from '../fill/drivers/kinds/date-picker';
import { pointerClick, pressKey } from '../fill/drivers/pointer';
import { isOpenPopup } from '../fill/drivers/visibility';
import { waitFor } from '../fill/drivers/wait-for';

/**
 * The picker itself: `-period-month` (the shape other tools record), or a bare `-period` box whose panel
 * calls its month cells `-period-month`.
 */
export const PERIOD_PICKER =
  ':is(.atsx-date-picker-period-month, .atsx-date-picker-period):not([class*="period-cell"])';
/**
 * Its two sides, start first: `-period-start` / `-period-end` texts, or two `-period-month-label`s (the
 * shape other tools record from live tenants, where an empty side says 未选择).
 */
const SIDES =
  '[class*="date-picker-period-start"],[class*="date-picker-period-end"],[class*="date-picker-period-month-label"]';
/** The panel, in a body portal: its own class, or the library's date-picker dropdown. */
const PANEL = '[class*="date-picker-period-panel"],.atsx-date-picker-dropdown';
/** Year and month cells: a column (or list) each, or one list whose items turn from years to months. */
const YEAR_CELLS =
  '[class*="period-year-column"] > *,[class*="period-year-list"] > *,[class*="panel-list-item"]';
const MONTH_CELLS =
  '[class*="period-month-column"] > *,[class*="period-month-list"] > *,[class*="panel-list-item"]';
/** The side the panel is choosing now (the start moves it on to the end), in the panel or the picker. */
const ACTIVE_SIDE = '[class*="period-input-active"],[class*="period-active"]';
/** The panel's 至今 control. */
const NOW_CONTROL = '[class*="period-now"]';
const NOW_WORD = /^(至今|present|now|till now|to date|current)$/i;
const MONTH = /(\d{4})\D{1,3}(\d{1,2})/g;

type Side = 'start' | 'end';
interface Half {
  year: string;
  month: number;
}
type End = Half | 'now';

function isPeriod(field: FieldDescription): boolean {
  return field.el.matches(PERIOD_PICKER);
}

function sideEl(field: FieldDescription, side: Side): HTMLElement | null {
  const sides = [...field.el.querySelectorAll<HTMLElement>(SIDES)];
  return sides[side === 'start' ? 0 : 1] ?? null;
}

/** What one side shows: a month or 至今; its prompt (开始时间, Start date…) counts as empty. */
function sideText(field: FieldDescription, side: Side): string {
  const text = (sideEl(field, side)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return /\d{4}/.test(text) || NOW_WORD.test(text) ? text : '';
}

function readPeriod(field: FieldDescription): string {
  const start = sideText(field, 'start');
  const end = sideText(field, 'end');
  return start || end ? `${start} - ${end}` : '';
}

/** The start and end months of a rendered range ('2021.03 - 至今', '2019-08 - 2020-12'). */
export function parsePeriod(value: string): { start: Half; end: End } | null {
  const months = [...value.matchAll(MONTH)].map((m) => ({ year: m[1]!, month: Number(m[2]) }));
  const start = months[0];
  if (!start || start.month < 1 || start.month > 12) return null;
  const end = months[1];
  if (end) return end.month >= 1 && end.month <= 12 ? { start, end } : null;
  return /至今|present|now/i.test(value) ? { start, end: 'now' } : null;
}

/** The open panel: one at a time, mounted in the body. */
function openPanel(doc: Document): HTMLElement | null {
  const open = [...doc.querySelectorAll<HTMLElement>(PANEL)].filter((p) => isOpenPopup(p));
  // Its parts share the class prefix (`…-period-panel-tabs`): the panel is the outermost.
  return open.filter((p) => !open.some((q) => q !== p && q.contains(p))).at(-1) ?? null;
}

function cellText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, '').trim();
}

async function clickCell(
  panel: HTMLElement,
  css: string,
  wanted: (text: string) => boolean,
): Promise<boolean> {
  // Cells may be redrawn after each step: look them up again every time.
  const cell = await waitFor(
    () =>
      [...panel.querySelectorAll(css)].find(
        (c) => wanted(cellText(c)) && !/disabled/.test(c.className.toString()),
      ),
    { timeout: 600, root: panel },
  );
  if (!cell) return false;
  pointerClick(cell);
  return true;
}

/** Opens the panel on `side`, unless it is open there already (the start hands over to the end). */
async function panelFor(field: FieldDescription, side: Side): Promise<HTMLElement | null> {
  const doc = field.el.ownerDocument;
  const open = openPanel(doc);
  const activeIndex = side === 'start' ? 0 : 1;
  if (open) {
    const active = open.querySelector(ACTIVE_SIDE);
    const sides = [...open.querySelectorAll('[class*="period-input"]')].filter(
      (e) => !/inputs/.test(e.className.toString()),
    );
    if (active && sides.indexOf(active) === activeIndex) return open;
    // A picker that marks the side it is choosing on its own start / end texts, not in the panel.
    if (!active && sideEl(field, side)?.matches(ACTIVE_SIDE)) return open;
    await closePanel(field);
  }
  const trigger = sideEl(field, side);
  if (!trigger) return null;
  pointerClick(trigger);
  return waitFor(() => openPanel(doc), { timeout: 1500 });
}

async function closePanel(field: FieldDescription): Promise<void> {
  const doc = field.el.ownerDocument;
  if (!openPanel(doc)) return;
  pressKey(field.el, 'Escape');
  // A press anywhere else dismisses it, like a user clicking away.
  for (const type of ['mousedown', 'mouseup', 'click'])
    doc.body.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  await waitFor(() => !openPanel(doc), { timeout: 600 });
}

async function chooseHalf(field: FieldDescription, side: Side, half: End): Promise<boolean> {
  const panel = await panelFor(field, side);
  if (!panel) return false;
  if (half === 'now') {
    const now =
      panel.querySelector<HTMLElement>(NOW_CONTROL) ??
      [...panel.querySelectorAll<HTMLElement>('*')].find(
        (e) => e.children.length === 0 && NOW_WORD.test(cellText(e)),
      );
    if (!now) return false;
    pointerClick(now);
  } else {
    if (!(await clickCell(panel, YEAR_CELLS, (t) => t === half.year || t === `${half.year}年`))) return false;
    if (!(await clickCell(panel, MONTH_CELLS, (t) => Number(t.replace(/月$/, '')) === half.month)))
      return false;
  }
  const shows = (text: string) =>
    half === 'now'
      ? NOW_WORD.test(text)
      : [...text.matchAll(MONTH)].some((m) => m[1] === half.year && Number(m[2]) === half.month);
  return !!(await waitFor(() => shows(sideText(field, side)), { timeout: 1000 }));
}

async function writePeriod(field: FieldDescription, value: string): Promise<WriteResult> {
  const wanted = parsePeriod(value);
  if (!wanted) return { ok: false, shown: readPeriod(field), reason: `not a month range: ${value}` };
  const startOk = await chooseHalf(field, 'start', wanted.start);
  const endOk = startOk && (await chooseHalf(field, 'end', wanted.end));
  await closePanel(field);
  const shown = readPeriod(field);
  if (startOk && endOk) return { ok: true, shown };
  return {
    ok: false,
    shown,
    reason: startOk ? 'the panel did not take the end month' : 'the panel did not take the start month',
  };
}

/** The clear control some pickers show while they hold a value. */
function clearControl(field: FieldDescription): HTMLElement | null {
  return field.el.querySelector<HTMLElement>('[class*=clear],[class*=Clear]');
}

export const feishuDatePicker: Driver<unknown> = {
  shows: 'text',
  read: (field) => (isPeriod(field) ? readPeriod(field) : datePicker.read(field)),
  async write(field, value, opts) {
    return isPeriod(field) ? writePeriod(field, value) : datePicker.write(field, value, opts);
  },
  save: (field) => (isPeriod(field) ? readPeriod(field) : datePicker.save(field)),
  async restore(field, saved) {
    if (!isPeriod(field)) return datePicker.restore(field, saved as string);
    if (readPeriod(field) === saved) return false;
    if (saved) return (await writePeriod(field, saved as string)).ok;
    // The panel has no empty choice: only a clear control, where the site shows one, empties it.
    const clear = clearControl(field);
    if (!clear) return false;
    pointerClick(clear);
    return !!(await waitFor(() => readPeriod(field) === '', { timeout: 1000 }));
  },
  box: (field) => (isPeriod(field) ? field.el : (datePicker.box?.(field) ?? field.el)),
};
