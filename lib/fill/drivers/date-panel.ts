// Picking months from a picker's calendar panel (antd, Element Plus, look-alikes), for pickers that do not
// take typed text and for range pickers that commit only a start and an end chosen together. Panels
// redraw after every click, so cells are looked up again after each step.
import { conceptOf } from '~/lib/fill/values/option-concepts';
import { pointerClick, pressKey } from './pointer';
import { isOpenPopup, isRendered } from './visibility';
import { waitFor } from './wait-for';

export interface YearMonthPick {
  year: number;
  month: number;
}

const PANEL =
  '[class*=picker-dropdown],[class*=picker-panel],[class*=picker__popper],[class*=datepicker],[class*=date-picker],[class*=calendar],[role=dialog]';
const PREV = [
  '[class*=super-prev],[class*=d-arrow-left],[class*=prev-year],[aria-label*=上一年],[aria-label*="Previous year"],[aria-label*="Last year"]',
  '[class*=prev],[class*=arrow-left]',
];
const NEXT = [
  '[class*=super-next],[class*=d-arrow-right],[class*=next-year],[aria-label*=下一年],[aria-label*="Next year"]',
  '[class*=next],[class*=arrow-right]',
];
const YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/;

interface MonthGrid {
  year: number;
  cells: Map<number, Element>;
}

function monthCells(grid: Element): Map<number, Element> | null {
  const cells = new Map<number, Element>();
  const all = grid.querySelectorAll('td, [role=gridcell]');
  // A day grid numbers 28–42 cells; a month grid has twelve.
  if (all.length > 16) return null;
  for (const cell of all) {
    const month = conceptOf((cell.textContent ?? '').trim(), 'month');
    if (!month) continue;
    if (cells.has(Number(month))) return null;
    cells.set(Number(month), cell);
  }
  return cells.size === 12 ? cells : null;
}

/** The year a month grid shows: from its cells' titles ('2026-01'), else from the header beside it. */
function gridYear(grid: Element, panel: Element): number | null {
  const title = YEAR.exec(grid.querySelector('td[title]')?.getAttribute('title') ?? '');
  if (title) return Number(title[1]);
  for (let node = grid.parentElement; node && panel.contains(node); node = node.parentElement) {
    for (const child of node.children) {
      if (child.contains(grid) || child.querySelector('table, [role=grid]')) continue;
      const m = YEAR.exec(child.textContent ?? '');
      if (m) return Number(m[1]);
    }
  }
  return null;
}

function monthGrids(panel: Element): MonthGrid[] {
  const out: MonthGrid[] = [];
  for (const grid of panel.querySelectorAll('table, [role=grid]')) {
    const cells = monthCells(grid);
    const year = cells && gridYear(grid, panel);
    if (cells && year) out.push({ year, cells });
  }
  return out;
}

function navButton(panel: Element, selectors: string[]): HTMLElement | null {
  for (const sel of selectors) {
    const found = [...panel.querySelectorAll<HTMLElement>(sel)].find(
      (b) => isRendered(b) && !b.hasAttribute('disabled'),
    );
    if (found) return found.closest<HTMLElement>('button') ?? found;
  }
  return null;
}

const yearsShown = (panel: Element) =>
  monthGrids(panel)
    .map((g) => g.year)
    .join(',');

/** Clicks the month cell of `target`, stepping the panel's years toward it first. */
async function pickOne(panel: Element, target: YearMonthPick): Promise<boolean> {
  for (let step = 0; step < 40; step++) {
    const grids = monthGrids(panel);
    if (grids.length === 0) return false;
    const grid = grids.find((g) => g.year === target.year);
    if (grid) {
      const cell = grid.cells.get(target.month)!;
      pointerClick(cell.querySelector('span, div') ?? cell);
      return true;
    }
    const back = target.year < Math.min(...grids.map((g) => g.year));
    const button = navButton(panel, back ? PREV : NEXT);
    if (!button) return false;
    const before = yearsShown(panel);
    pointerClick(button);
    if (!(await waitFor(() => yearsShown(panel) !== before, { timeout: 600, root: panel }))) return false;
  }
  return false;
}

// Open ones, even if not yet fully shown: an enter transition may wait long for a frame (background tab).
// A closing panel is left out, so the same picker reopened is still recognised as new.
export function openPanels(doc: Document): Set<Element> {
  return new Set([...doc.querySelectorAll(PANEL)].filter(isOpenPopup));
}

/** Opens the picker from `input` and picks each month in turn (one for a picker, two for a range). */
export async function pickFromPanel(input: HTMLElement, picks: YearMonthPick[]): Promise<boolean> {
  const doc = input.ownerDocument;
  const before = openPanels(doc);
  // A real press focuses the input first; some pickers open only on a press into a focused input.
  input.focus();
  pointerClick(input);
  // The outermost new panel: a range panel's halves also match, and each holds only one year's grid.
  const panel = await waitFor(
    () =>
      [...doc.querySelectorAll(PANEL)].find((p) => !before.has(p) && isOpenPopup(p) && monthGrids(p).length),
    { timeout: 1500 },
  );
  if (!panel) return false;
  for (const pick of picks) {
    if (!(await pickOne(panel, pick))) {
      pressKey(input, 'Escape');
      return false;
    }
    await waitFor(() => !isOpenPopup(panel) || monthGrids(panel).length > 0, { timeout: 300 });
  }
  return true;
}
