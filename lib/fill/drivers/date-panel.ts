// Picking a month from a picker's panel: antd / Element Plus month panels, and the year→month panels of
// Chinese sites (a readonly input opening a year grid paged by decade, then a month grid; or a month grid
// whose year title leads to the year grid; sometimes a 至今 button). Recognised by structure, not class
// names: a popup that appeared after the click, holding twelve month cells (1月 / 01 / Jan / 一月) under a
// year, or a grid of year cells. Panels redraw after every click, so the view is read again after each step,
// and every step waits for the panel to change, never for a fixed time.
import { conceptOf } from '../values/option-concepts';
import { pointerClick, pressKey } from './pointer';
import { isOpenPopup, isRendered } from './visibility';
import { waitFor, type WaitOptions } from './wait-for';
import { focus } from './edit-events';

export interface YearMonthPick {
  year: number;
  month: number;
}

/** Class names and roles date panels commonly carry; found even when mounted long before opening. */
const PANEL =
  '[class*=picker-dropdown],[class*=picker-panel],[class*=picker__popper],[class*=datepicker],[class*=date-picker],[class*=calendar],[role=dialog]';
const YEAR_CELL = /^(1[89]\d\d|20\d\d)\s*年?$/;
const YEAR_IN = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/;
const DAY_NUMBER = /^(1[3-9]|2\d|3[01])$/;
// Strict: a picker's 'Now' / 此刻 button sets today's date, which is no 至今.
const PRESENT_TEXT = /^(至今|present|till now|until now|to date)$/i;
/** Cells carrying these are outside the range the panel allows. */
const DISABLED_CELL = /(^|[\s_-])(is-)?disabled\b|--disabled\b/;
/** How many clicks (year pages, titles, years) one month may take before the panel is given up. */
const MAX_STEPS = 40;
/** A click on a panel redraws it within a frame or two; a panel that has not changed by then will not. */
const STEP_WAIT = 600;
/** More text than any month or year panel shows. */
const MAX_PANEL_TEXT = 4000;

const PREV = [
  '[class*=super-prev],[class*=d-arrow-left],[class*=prev-year],[class*=prevYear],[aria-label*=上一年],[aria-label*="Previous year"],[aria-label*="Last year"]',
  '[class*=prev],[class*=Prev],[class*=arrow-left],[class*=left-arrow],[aria-label*=上一],[aria-label*=Previous]',
];
const NEXT = [
  '[class*=super-next],[class*=d-arrow-right],[class*=next-year],[class*=nextYear],[aria-label*=下一年],[aria-label*="Next year"]',
  '[class*=next],[class*=Next],[class*=arrow-right],[class*=right-arrow],[aria-label*=下一],[aria-label*=Next]',
];
const PREV_GLYPHS = ['«', '‹', '<', '＜', '<<', '‹‹', '上一年', '上一页'];
const NEXT_GLYPHS = ['»', '›', '>', '＞', '>>', '››', '下一年', '下一页'];

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Elements without element children: where a cell's text lives (td > div > span → the span). */
function leaves(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (el) => el.childElementCount === 0 && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE',
  );
}

interface MonthGrid {
  year: number;
  cells: Map<number, Element>;
}

export interface PanelView {
  /** Month grids with the year each shows (two in a range panel). */
  months: MonthGrid[];
  /** A year grid's cells by year; empty when the panel shows no year grid. */
  years: Map<number, Element>;
  /** The year title of a month grid: clicking it leads to the year grid. */
  title: Element | null;
  /** A 至今 / Present button, when the panel offers one. */
  present: Element | null;
}

/** A cell and the two elements around it, where libraries put a cell's state (td > div > span). */
function cellAndWrappers(cell: Element): Element[] {
  const out: Element[] = [];
  for (let n: Element | null = cell; n && out.length < 3; n = n.parentElement) out.push(n);
  return out;
}

function isDisabled(cell: Element): boolean {
  return cellAndWrappers(cell).some(
    (n) =>
      n.getAttribute('aria-disabled') === 'true' ||
      n.hasAttribute('disabled') ||
      DISABLED_CELL.test(n.className?.toString() ?? ''),
  );
}

/** The smallest ancestor of `first` that holds a cell of every month; null for a day grid. */
function monthGridAround(first: Element, monthCells: Map<Element, number>, root: Element) {
  for (let node = first.parentElement; node && root.contains(node); node = node.parentElement) {
    const cells = new Map<number, Element>();
    let numbers = 0;
    for (const leaf of leaves(node)) {
      const t = text(leaf);
      // A day grid numbers its cells past twelve.
      if (DAY_NUMBER.test(t)) return null;
      const m = monthCells.get(leaf);
      if (m === undefined) continue;
      if (cells.has(m)) return null;
      if (/^\d+$/.test(t)) numbers++;
      cells.set(m, leaf);
    }
    if (cells.size === 12) return numbers > 12 ? null : cells;
  }
  return null;
}

/** The year a month grid shows: its cells' titles ('2026-01'), else a header beside it. */
function gridYear(grid: Map<number, Element>, root: Element): { year: number; title: Element | null } | null {
  const titled = grid.get(1)!.closest('[title]');
  const cellTitle = titled && root.contains(titled) ? YEAR_IN.exec(titled.getAttribute('title') ?? '') : null;
  const all = [...grid.values()];
  let node: Element | null = all[0];
  while (node && !all.every((c) => node!.contains(c))) node = node.parentElement;
  for (; node && root.contains(node) && node !== root.parentElement; node = node.parentElement) {
    for (const child of node.children) {
      if (all.some((c) => child.contains(c))) continue;
      const m = YEAR_IN.exec(text(child));
      if (!m) continue;
      // The title is the innermost element still naming the year (a button, a span; a span whose caret
      // <i>▾</i> makes it no leaf): its click handler may sit there and nowhere above.
      const naming = [child, ...child.querySelectorAll('*')].filter(
        (e) => YEAR_IN.exec(text(e))?.[1] === m[1] && isRendered(e),
      );
      const title = naming.find((e) => !naming.some((d) => d !== e && e.contains(d))) ?? child;
      const year = cellTitle ? Number(cellTitle[1]) : Number(m[1]);
      return { year, title: title.closest('button') ?? title };
    }
    if (node === root) break;
  }
  return cellTitle ? { year: Number(cellTitle[1]), title: null } : null;
}

/** What the panel shows now: month grids, a year grid, its title and 至今 button. */
export function readPanel(root: Element): PanelView {
  const monthCells = new Map<Element, number>();
  const years = new Map<number, Element>();
  // Every year the panel lists, greyed ones too: an end picker disables the years before the start.
  const yearCells = new Set<number>();
  let present: Element | null = null;
  for (const leaf of leaves(root)) {
    const t = text(leaf);
    // Text first, visibility (a style lookup) only for what could be a cell.
    if (!t || t.length > 12 || !/\d|月|[a-z]|至今/i.test(t) || !isRendered(leaf)) continue;
    const year = YEAR_CELL.exec(t);
    if (year) {
      const y = Number(year[1]);
      yearCells.add(y);
      if (!years.has(y) && !isDisabled(leaf)) years.set(y, leaf);
      continue;
    }
    if (PRESENT_TEXT.test(t)) {
      present ??= leaf.closest('button,[role=button],label') ?? leaf;
      continue;
    }
    const m = conceptOf(t, 'month');
    if (m) monthCells.set(leaf, Number(m));
  }
  const months: MonthGrid[] = [];
  const yearless: MonthGrid[] = [];
  let title: Element | null = null;
  const seen = new Set<Element>();
  for (const [leaf, m] of monthCells) {
    if (m !== 1 || seen.has(leaf)) continue;
    const cells = monthGridAround(leaf, monthCells, root);
    if (!cells) continue;
    cells.forEach((c) => seen.add(c));
    const found = gridYear(cells, root);
    if (!found) {
      yearless.push({ year: NaN, cells });
      continue;
    }
    months.push({ year: found.year, cells });
    title ??= found.title;
  }
  // A month view names its year once or twice (title, range halves); a year grid lists many.
  if (yearCells.size < 6) years.clear();
  // Months that name no year are a month column beside a year column: whatever year is chosen there.
  else months.push(...yearless);
  return { months, years, title, present };
}

function hasGrid(root: Element): boolean {
  const view = readPanel(root);
  return view.months.length > 0 || view.years.size > 0;
}

function navButton(root: Element, back: boolean): HTMLElement | null {
  const usable = (b: Element) => isRendered(b) && !b.hasAttribute('disabled') && !isDisabled(b);
  for (const sel of back ? PREV : NEXT) {
    const found = [...root.querySelectorAll<HTMLElement>(sel)].find(usable);
    if (found) return found.closest<HTMLElement>('button') ?? found;
  }
  const glyphs = back ? PREV_GLYPHS : NEXT_GLYPHS;
  const byText = [...root.querySelectorAll<HTMLElement>('button,[role=button],a,span,i')].find(
    (b) => glyphs.includes(text(b)) && usable(b),
  );
  return byText ?? null;
}

/** Clicks and waits for the panel to redraw; false when nothing changed. */
async function step(root: Element, target: Element, wait: WaitOptions = {}): Promise<boolean> {
  const before = text(root);
  pointerClick(target);
  const redrawn = () => !root.isConnected || text(root) !== before;
  return (await waitFor(redrawn, { timeout: STEP_WAIT, ...wait, root })) === true;
}

/**
 * A step through the panel (a page turn, a year cell) that is pressed again once if nothing redrew: a
 * panel that sets its own year in an effect just after it mounts (北森's, on each opening) undoes a click
 * that came first. Pressed twice on a slow page, the next round reads where it got to and steps back.
 */
async function stepSure(root: Element, find: () => Element | null): Promise<boolean> {
  for (let tries = 0; tries < 2; tries++) {
    const target = find();
    if (!target || !root.isConnected) return false;
    if (await step(root, target)) return true;
  }
  return false;
}

// A year title that leads somewhere redraws on its click's own render (the frameworks render a click's
// state change before the next frame); one still unchanged after a few frames is a plain label. Waiting
// out STEP_WAIT for it cost every new panel of a deaf-titled picker 300 ms. Should a slow title be taken
// for a label, the years are stepped with ‹ › instead, each step confirmed: slower, never wrong.
const TITLE_WAIT: WaitOptions = { timeout: STEP_WAIT / 2, frames: 4 };

/**
 * Year titles that turned out not to lead anywhere, by their kind (tag and classes, the panel's too):
 * a picker's panel is mounted anew on every opening, and the same component's next panel has the same
 * deaf title, so it is not clicked (and waited on) again. A live title wrongly in here would only mean
 * stepping the years with ‹ › instead.
 */
const deafTitles = new WeakMap<Document, Set<string>>();
const titleKind = (root: Element, title: Element) =>
  [root, title].map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`).join(' > ');
function isDeafTitle(root: Element, title: Element): boolean {
  return !!deafTitles.get(root.ownerDocument)?.has(titleKind(root, title));
}
function markDeafTitle(root: Element, title: Element): void {
  const doc = root.ownerDocument;
  if (!deafTitles.has(doc)) deafTitles.set(doc, new Set());
  deafTitles.get(doc)!.add(titleKind(root, title));
}

/** A cell the picker marks as the one chosen (a year column's selected row). */
const CHOSEN_CELL =
  /(^|[\s_-])(is-)?(selected|active|checked|current)\b|--(selected|active|checked|current)\b/;

function isChosen(cell: Element): boolean {
  return cellAndWrappers(cell).some(
    (n) =>
      n.getAttribute('aria-selected') === 'true' ||
      n.getAttribute('aria-checked') === 'true' ||
      CHOSEN_CELL.test(n.className?.toString() ?? ''),
  );
}

interface ColumnPair {
  years: Map<number, Element>;
  months: Map<number, Element>;
}

/**
 * Each month column with the year column beside it, in the panel's order: one pair in a month picker,
 * two in a range panel showing its start and its end side by side. A month column's year column is
 * the one its nearest ancestor holding year cells holds, so each side keeps its own years (an end's
 * years before the start are disabled, the start's are not).
 */
function columnPairs(root: Element, view: PanelView): ColumnPair[] {
  const yearLeaves: [Element, number][] = [];
  for (const leaf of leaves(root)) {
    const m = YEAR_CELL.exec(text(leaf));
    if (m && isRendered(leaf)) yearLeaves.push([leaf, Number(m[1])]);
  }
  const pairs: ColumnPair[] = [];
  for (const grid of view.months) {
    const cells = [...grid.cells.values()];
    let node: Element | null = cells[0]!;
    while (node && !cells.every((c) => node!.contains(c))) node = node.parentElement;
    for (; node && root.contains(node); node = node.parentElement) {
      const inside = yearLeaves.filter(([leaf]) => node!.contains(leaf));
      if (inside.length === 0) continue;
      const years = new Map<number, Element>();
      for (const [leaf, y] of inside) if (!years.has(y) && !isDisabled(leaf)) years.set(y, leaf);
      pairs.push({ years, months: grid.cells });
      break;
    }
  }
  return pairs;
}

/**
 * A year column beside a month column, both shown at once: the year is chosen in its column (the
 * months may stay disabled until then), then the month in its own. The month column's year is whatever
 * year is chosen, never a title, so it is not read. `slot` is the pick's place in a range (0 the
 * start, 1 the end): a panel showing both sides takes each in its own pair of columns, one showing a
 * single pair takes every pick there.
 */
async function pickInColumns(
  root: Element,
  view: PanelView,
  target: YearMonthPick,
  slot: number,
): Promise<boolean> {
  // A day column beside them asks for a whole date, which a year and a month cannot give.
  if (dayCount(root) >= MIN_DAYS) return false;
  const pairAt = (v: PanelView): ColumnPair | null => {
    const pairs = columnPairs(root, v);
    return pairs[Math.min(slot, pairs.length - 1)] ?? null;
  };
  const year = pairAt(view)?.years.get(target.year);
  if (!year) return false;
  const monthCell = () => pairAt(readPanel(root))?.months.get(target.month) ?? null;
  if (!isChosen(year)) {
    pointerClick(year);
    await waitFor(
      () => {
        const cell = monthCell();
        return isChosen(year) || (!!cell && !isDisabled(cell)) || !year.isConnected;
      },
      { timeout: STEP_WAIT, root },
    );
  }
  const cell = await waitFor(
    () => {
      const c = monthCell();
      return c && !isDisabled(c) ? c : null;
    },
    { timeout: STEP_WAIT, root },
  );
  if (!cell) return false;
  pointerClick(cell);
  return true;
}

/**
 * Clicks the month cell of `target`, going through the year grid or stepping the years toward it first.
 * Returns false, having clicked no month, when the panel never shows that year.
 */
/**
 * A panel that picks with a year select and a month select (jQuery UI's changeYear / changeMonth, in a
 * 年月 mode with no day grid): each set as a person would, then its 确定. Null when it has no such pair.
 */
const isKind = (s: HTMLSelectElement, kind: 'year' | 'month') =>
  [...s.options].filter((o) => conceptOf(o.text, kind)).length >= (kind === 'year' ? 5 : 12);

/** The panel's year select and month select, when it picks with a pair of them. */
function yearMonthSelects(root: Element): { year: HTMLSelectElement; month: HTMLSelectElement } | null {
  const selects = [...root.querySelectorAll('select')].filter(isRendered);
  const year = selects.find((s) => isKind(s, 'year'));
  const month = selects.find((s) => s !== year && isKind(s, 'month'));
  return year && month ? { year, month } : null;
}

function pickInSelects(root: Element, target: YearMonthPick): boolean | null {
  const optionFor = (s: HTMLSelectElement, kind: 'year' | 'month', n: number) =>
    [...s.options].find((o) => conceptOf(o.text, kind) === String(n));
  const pair = yearMonthSelects(root);
  if (!pair) return null;
  const { year, month } = pair;
  const y = optionFor(year, 'year', target.year);
  if (!y) return false;
  choose(year, y);
  // The panel may redraw its month select for the chosen year: look it up again.
  const monthNow =
    [...root.querySelectorAll('select')].find((s) => s !== year && isKind(s, 'month')) ?? month;
  const m = optionFor(monthNow, 'month', target.month);
  if (!m) return false;
  choose(monthNow, m);
  return true;
}

function choose(select: HTMLSelectElement, option: HTMLOptionElement): void {
  select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * A range panel whose start and end grids each page their own year (开始时间 « 2025年 » beside 结束时间
 * « 2026年 »): the side of this slot, or null where the sides page together (antd's ‹ on the left, › on
 * the right) or the panel has one grid.
 */
function ownSide(root: Element, slot: number, whole: PanelView): Element | null {
  const grids = whole.months;
  if (grids.length !== 2 || slot > 1) return null;
  const sides = grids.map((grid, i) => {
    const other = grids[1 - i]!.cells.get(1)!;
    let side: Element = grid.cells.get(1)!;
    while (side.parentElement && side.parentElement !== root && !side.parentElement.contains(other))
      side = side.parentElement;
    return side;
  });
  const pages = (side: Element) => !!navButton(side, true) && !!navButton(side, false);
  return sides.every(pages) ? sides[slot]! : null;
}

export async function pickMonth(root: Element, target: YearMonthPick, slot = 0): Promise<boolean> {
  const bySelects = pickInSelects(root, target);
  if (bySelects !== null) return bySelects;
  for (let i = 0; i < MAX_STEPS && root.isConnected; i++) {
    // Found again each round: a side redrawn by a page turn may be a new element.
    const whole = readPanel(root);
    const side = ownSide(root, slot, whole);
    const scope = side ?? root;
    const view = side ? readPanel(side) : whole;
    // A year grid and a month grid at once are two columns (a paged picker shows one or the other).
    if (!side && view.years.size && view.months.length) return pickInColumns(root, view, target, slot);
    const grid = view.months.find((g) => g.year === target.year);
    if (grid) {
      const cell = grid.cells.get(target.month)!;
      if (isDisabled(cell)) return false;
      pointerClick(cell);
      return true;
    }
    if (view.years.size) {
      const cell = view.years.get(target.year);
      if (cell) {
        if (!(await stepSure(root, () => (cell.isConnected ? cell : null)))) return false;
        continue;
      }
      const back = target.year < Math.min(...view.years.keys());
      if (!(await stepSure(root, () => navButton(scope, back)))) return false;
      continue;
    }
    if (view.months.length === 0) return false;
    const shown = view.months.map((g) => g.year);
    const far = Math.min(...shown.map((y) => Math.abs(y - target.year))) > 1;
    // Far years: the title opens the year grid (a few pages instead of dozens of clicks).
    if (far && view.title && !isDeafTitle(root, view.title)) {
      // A title that leads somewhere redraws at once; a plain label is known within a few frames.
      if (await step(root, view.title, TITLE_WAIT)) continue;
      markDeafTitle(root, view.title);
    }
    const back = target.year < Math.min(...shown);
    if (!(await stepSure(root, () => navButton(scope, back)))) return false;
  }
  return false;
}

/** Clicks the panel's 至今 button; false when it has none. */
export function pickPresent(root: Element): boolean {
  const button = readPanel(root).present;
  if (!button) return false;
  pointerClick(button);
  return true;
}

// Open ones, even if not yet fully shown: an enter transition may wait long for a frame (background tab).
// A closing panel is left out, so the same picker reopened is still recognised as new.
export function openPanels(root: Document | ShadowRoot): Set<Element> {
  return new Set([...root.querySelectorAll(PANEL)].filter(isOpenPopup));
}

/**
 * Watches the document from before a picker is opened until its panel is found: the panel is what was
 * added or shown since (a body portal mounted late, an always-mounted popup toggled by class or style,
 * an inline panel), holding a month or year grid.
 */
export class PanelWatch {
  private readonly touched = new Set<Element>();
  private readonly roots = new Map<Element, Element>();
  private readonly observer: MutationObserver;
  private readonly before: Set<Element>;

  /**
   * `days`: a panel of days alone is the picker's too (a date picker then declines a year and month);
   * a select-looking widget never opens one, so its watch waits for a month or year grid.
   */
  constructor(
    private readonly input: HTMLElement,
    private readonly days = false,
  ) {
    const doc = input.ownerDocument;
    this.before = openPanels(doc);
    this.observer = new MutationObserver((records) => this.note(records));
    const options = {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden'],
    };
    this.observer.observe(doc.documentElement, options);
    // A picker inside a web component opens its panel in its own shadow root, which the document's
    // observer does not see.
    const scope = input.getRootNode();
    if (scope instanceof ShadowRoot) {
      this.observer.observe(scope, options);
      for (const p of openPanels(scope)) this.before.add(p);
    }
  }

  private note(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'attributes') this.touched.add(r.target as Element);
      else for (const n of r.addedNodes) if (n.nodeType === 1) this.touched.add(n as Element);
    }
  }

  /**
   * The popup around `el`: its outermost ancestor with a date panel's class, else the outermost that is
   * not the page itself and does not hold the input (a body portal, an inline panel beside the input).
   */
  private rootOf(el: Element): Element {
    const doc = this.input.ownerDocument;
    let root = el;
    let panelLike = el.matches(PANEL) ? el : null;
    for (let n = el.parentElement; n && n !== doc.body && n !== doc.documentElement; n = n.parentElement) {
      if (n.contains(this.input)) break;
      root = n;
      if (n.matches(PANEL)) panelLike = n;
    }
    return panelLike ?? root;
  }

  /** A month or year grid, or (for a date picker's watch) a grid of days: one read of the panel. */
  private shows(root: Element): boolean {
    const view = readPanel(root);
    if (view.months.length > 0 || view.years.size > 0 || yearMonthSelects(root)) return true;
    return this.days && dayCount(root) >= MIN_DAYS;
  }

  /** The panel opened since the watch began, once it shows a grid. */
  find(): Element | null {
    this.note(this.observer.takeRecords());
    const seen = new Set<Element>();
    for (const el of this.touched) {
      if (!el.isConnected || el.contains(this.input) || !isRendered(el)) continue;
      let root = this.roots.get(el);
      if (!root) this.roots.set(el, (root = this.rootOf(el)));
      if (seen.has(root)) continue;
      seen.add(root);
      // A panel is a few dozen short cells; a long text is a page region re-rendered, not a popup.
      if ((root.textContent?.length ?? 0) > MAX_PANEL_TEXT) continue;
      if (isOpenPopup(root) && this.shows(root)) return root;
    }
    const scope = this.input.getRootNode() as Document | ShadowRoot;
    return (
      [...scope.querySelectorAll(PANEL)].find(
        (p) => !this.before.has(p) && !p.contains(this.input) && isOpenPopup(p) && this.shows(p),
      ) ?? null
    );
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/** Opens the picker from `input` (press, then click) and waits for its panel. */
export async function openPanel(input: HTMLElement, timeout = 1500): Promise<Element | null> {
  const watch = new PanelWatch(input, true);
  try {
    // A real press focuses the input first; some pickers open only on a press into a focused input.
    focus(input);
    pointerClick(input);
    return await waitFor(() => watch.find(), { timeout });
  } finally {
    watch.stop();
  }
}

/** Shuts a panel without choosing: Escape, then a press outside, as a user would. */
export async function closePanel(input: HTMLElement, panel: Element | null): Promise<void> {
  pressKey(input, 'Escape');
  if (panel && isOpenPopup(panel)) {
    input.ownerDocument.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const body = input.ownerDocument.body;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      body.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  }
  if (panel) await waitFor(() => !panel.isConnected || !isOpenPopup(panel), { timeout: STEP_WAIT });
}

/**
 * A panel that opens on a grid of days and shows no month or year grid: the picker asks for a whole
 * date, which a résumé's year and month cannot give (a day picked would be invented).
 */
export function showsDayGrid(panel: Element): boolean {
  const view = readPanel(panel);
  // Year and month columns ask for a day too when a day column stands beside them.
  const columns = view.years.size > 0 && view.months.length > 0;
  if ((view.months.length || view.years.size) && !columns) return false;
  return dayCount(panel) >= MIN_DAYS;
}

/** A month's worth of day numbers: the shortest month has 28. */
const MIN_DAYS = 28;

/** How many different day numbers (1–31) the panel's leaf cells show. */
function dayCount(panel: Element): number {
  const days = new Set<number>();
  for (const el of Array.from(panel.querySelectorAll('td,li,[role=gridcell],[class*=cell],span,div'))) {
    if (el.children.length) continue;
    const n = Number((el.textContent ?? '').trim());
    if (Number.isInteger(n) && n >= 1 && n <= 31) days.add(n);
  }
  return days.size;
}

/**
 * Opens the picker from `input` and picks each month in turn (one for a picker, two for a range).
 * `onDayGrid` hears of a panel that asks for a day, which is then shut without a pick.
 */
export async function pickFromPanel(
  input: HTMLElement,
  picks: YearMonthPick[],
  onDayGrid?: () => void,
  thenPresent = false,
): Promise<boolean> {
  const panel = await openPanel(input);
  return !!panel && pickInPanel(input, panel, picks, onDayGrid, thenPresent);
}

/**
 * Picks each month in turn in a panel `input` has opened; the same contract as `pickFromPanel`.
 * `thenPresent`: the panel's 至今 comes last (a range whose end panel offers it once the start is in).
 */
export async function pickInPanel(
  input: HTMLElement,
  panel: Element,
  picks: YearMonthPick[],
  onDayGrid?: () => void,
  thenPresent = false,
): Promise<boolean> {
  if (showsDayGrid(panel)) {
    onDayGrid?.();
    await closePanel(input, panel);
    return false;
  }
  // A panel that sets its own year just after it mounts (an effect, a watcher) would undo a first step
  // taken at once: a frame lets it settle.
  await waitFor(() => false, { timeout: 100, frames: 1, root: panel });
  for (const [slot, pick] of picks.entries()) {
    if (!(await pickMonth(panel, pick, slot))) {
      // A panel that drew its days only after opening is known by now.
      if (showsDayGrid(panel)) onDayGrid?.();
      await closePanel(input, panel);
      return false;
    }
    await waitFor(() => !panel.isConnected || !isOpenPopup(panel) || hasGrid(panel), { timeout: 300 });
  }
  // A panel that shut on the start took it alone: its 至今 is elsewhere (a box beside it, ticked first).
  if (thenPresent && panel.isConnected && isOpenPopup(panel)) {
    const present = await waitFor(() => panel.isConnected && readPanel(panel).present, {
      timeout: STEP_WAIT,
      root: panel,
    });
    if (!present) {
      await closePanel(input, panel);
      return false;
    }
    pointerClick(present);
  }
  confirmPanel(panel);
  return true;
}

const CONFIRM_TEXT = /^(确定|确认|完成|ok|confirm|done|apply)$/i;

/** A panel still open after its picks keeps them until its 确定 / OK button: pressed, as a user would. */
export function confirmPanel(panel: Element): void {
  if (!panel.isConnected || !isOpenPopup(panel)) return;
  const button = [...panel.querySelectorAll('button,[role=button],a')].find(
    (b) => CONFIRM_TEXT.test(text(b)) && isRendered(b) && !b.hasAttribute('disabled') && !isDisabled(b),
  );
  if (button) pointerClick(button);
}
