// Moka's own `sd-*` widgets (app.mokahr.com), driven the way a user drives them. Class names carry hashed
// suffixes (`sd-Select-container-2Vx9b`), so everything is found by prefix. Facts from
// ../shared/notes/recruiting-sites.md §8:
// - sd-Select: a single click on `sd-Select-container-*` opens a body-portal menu
//   (`sd-Dropdown-dropdown-*`, items `sd-Menu-content-item-*`) that mounts late (big lists take more than
//   400 ms) and may sit far from its trigger; the choice shows in `sd-Input-display-value-*` while the
//   input stays empty. A full pointer sequence can open and at once close it, so the opener is one click.
// - A dictionary sd-Select (学校名称, `sd-Select-showSearch-*`) has an editable input and lists nothing
//   until a name is typed there; the server's results come later, near misses first (…（苏州研究院）),
//   and the typed text is dropped on close: only a picked item counts.
// - day_info (出生日期 (年龄)): a read-only input whose click opens a year list (`sd-basic-selector-year`),
//   a year turns it into months (`N月`), a month commits `YYYY-MM`. Typing into the input changes nothing.
// Imports stay relative and free of `~/` paths all the way down: wxt.config.ts reads the adapters' match
// patterns (lib/sites/recruiting-hosts.ts) before any bundler resolves that alias. A select that is no
// sd-Select is reported, not guessed at. A picker whose panel is not the sd-basic year → month one (a
// tenant's year and month columns, a range picker over two inputs) goes to the generic panel reader,
// which picks only cells whose text names the year and the month.
import type { Driver, FieldDescription, FieldOption, MatchKind, WriteResult } from '~/lib/fill/types';
import { isPresentValue, monthFromName, noPresentChoice } from '../fill/drivers/date-input';
import { closePanel, PanelWatch, pickInPanel, pickPresent } from '../fill/drivers/date-panel';
import { datePicker } from '../fill/drivers/kinds/date-picker';
import { blur, focus, inputEvent, setNativeValue } from '../fill/drivers/edit-events';
import { pointerClick } from '../fill/drivers/pointer';
import { isOpenPopup } from '../fill/drivers/visibility';
import { waitFor } from '../fill/drivers/wait-for';
import { matchOption } from '../fill/values/match-option';
import { normalizeText, searchPrefix } from '../fill/values/normalize-text';

export const SD_SELECT = '[class*=sd-Select-container-]';
/** The input of a searchable sd-Select: what the user types the name into, never a text box of its own. */
export const SD_SEARCH_INPUT = `${SD_SELECT} input:not([readonly]):not([type=hidden])`;
const DISPLAY_VALUE = '[class*=sd-Input-display-value-]';
const DROPDOWN = '[class*=sd-Dropdown-dropdown-]';
// Both item classes are in use: `sd-Menu-content-item-*` in plain lists, `sd-Select-common-item-*` in some
// long ones, whose text sits in an `option-label-*` leaf (the element to click).
const ITEM = '[class*=sd-Menu-content-item-],[class*=sd-Select-common-item-]';
const ITEM_LEAF = '[class*=option-label-]';
const DISABLED_MARK = /(^|\s)sd-Select-disabled-/;
/** The year list, then the month grid, of the day_info panel. */
const BASIC_SELECTOR = '[class*=sd-basic-selector-year-],[class*=sd-basic-selector-month-]';
const BASIC_ITEM = '[class*=sd-basic-selector-item-]';
const DAY_INFO_FIELD = '[class*=apply-field-][class*=day_info-]';
/**
 * The read-only inputs that open the year → month panel: a day_info's, and each half of a date_info
 * period that a build draws as two sd-DatePickers joined by 至 instead of four sd-Selects.
 */
export const MONTH_PICKER_INPUTS = [
  `${DAY_INFO_FIELD} input[readonly]`,
  '[class*=apply-field-][class*=date_info-] [class*=sd-DatePicker-container-] input[readonly]',
];
const MONTH_RANGE = '[class*=month-range-select-]';

/** Long lists can take well over 400 ms to mount (a list of 800 majors). */
const MENU_WAIT = 4000;
const SHOWN_WAIT = 1500;
/** A server search answers in well under this; a list that never fills means nothing was found. */
const SEARCH_WAIT = 3000;
/** Results unchanged this long, none of them the name, are the server's whole answer. */
const RESULTS_SETTLE = 500;

/** Year and month of a value such as '1997-05', '1997.05' or '1997年5月'; null for anything else. */
function yearMonth(value: string): { year: number; month: number } | null {
  const m = /^\s*(\d{4})\s*[-./年]\s*(\d{1,2})/.exec(value);
  // The English locale shows 'May 1997'.
  const named = m ? null : /^\s*([A-Za-z]{3,9})\.?\s+(\d{4})/.exec(value);
  const month = m ? Number(m[2]) : named ? monthFromName(named[1]!) : 0;
  const year = Number((m ?? named)?.[m ? 1 : 2] ?? 0);
  return year && month >= 1 && month <= 12 ? { year, month } : null;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The sd-Select the field belongs to; null outside one. */
export function sdSelectOf(field: FieldDescription): HTMLElement | null {
  return field.el.closest<HTMLElement>(SD_SELECT) ?? field.el.querySelector<HTMLElement>(SD_SELECT);
}

/** The label an sd-Select shows ('' while it shows its placeholder). */
export function sdSelectShown(root: HTMLElement): string {
  const display = root.querySelector(DISPLAY_VALUE);
  return display ? textOf(display) : '';
}

function isDisabled(root: HTMLElement): boolean {
  const input = root.querySelector('input');
  return DISABLED_MARK.test(root.className.toString()) || !!input?.disabled;
}

/** Menu items, outermost only (an item may wrap its own label leaf). */
function menuItems(menu: Element): Element[] {
  const all = [...menu.querySelectorAll(ITEM)];
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

function openMenus(doc: Document): Element[] {
  return [...doc.querySelectorAll(DROPDOWN)].filter(
    (d) => isOpenPopup(d) && !d.parentElement?.closest(DROPDOWN),
  );
}

/** A menu that appeared after the click and lists items (the newest, when several did). */
function freshMenu(doc: Document, before: Set<Element>): Element | null {
  return (
    openMenus(doc)
      .filter((d) => !before.has(d) && menuItems(d).length > 0)
      .at(-1) ?? null
  );
}

/** A menu that appeared after the click, listing items or not yet (a search list before anything is typed). */
function freshDropdown(doc: Document, before: Set<Element>): Element | null {
  return (
    openMenus(doc)
      .filter((d) => !before.has(d))
      .at(-1) ?? null
  );
}

/** One click, as a user's: the trigger toggles its menu on click. */
function clickOnce(el: HTMLElement): void {
  el.click();
}

/** Shuts a menu the way a press elsewhere on the page does, and waits for it to go. */
async function closeMenu(doc: Document, menu: Element | null): Promise<void> {
  if (!menu?.isConnected || !isOpenPopup(menu)) return;
  for (const type of ['mousedown', 'mouseup', 'click'])
    doc.body.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  await waitFor(() => !menu.isConnected || !isOpenPopup(menu), { timeout: 600 });
}

/** The input a searchable sd-Select types its query into; null for a plain one (its input is read-only). */
function searchInputOf(root: HTMLElement): HTMLInputElement | null {
  const input = root.querySelector<HTMLInputElement>('input:not([type=hidden])');
  return input && !input.readOnly && !input.disabled ? input : null;
}

function itemOptions(menu: Element): FieldOption[] {
  return menuItems(menu).map((el) => {
    const leaf = el.querySelector(ITEM_LEAF) ?? el;
    const label = textOf(leaf);
    return { label, value: label, el: leaf };
  });
}

/**
 * The item naming `value` among a search's results. A name is taken only as the list spells it: the
 * results rank a near miss first (…（苏州研究院）, …同济医学院), and a wrong school is worse than none,
 * so none of the lenient stages (the name without its brackets) may choose it.
 */
function searchHit(menu: Element, value: string, kind: MatchKind): FieldOption | null {
  const options = itemOptions(menu);
  if (kind !== 'text') return matchOption(options, value, kind);
  const name = normalizeText(value);
  return matchOption(
    options.filter((o) => normalizeText(o.label) === name),
    value,
    kind,
  );
}

function typeQuery(input: HTMLInputElement, text: string): void {
  focus(input);
  setNativeValue(input, text);
  inputEvent(input, text);
}

/**
 * After typing: the item naming the value, or null once the results have stayed the same for a moment
 * without it. Results still showing what the previous query found (`stale`) count only once the server
 * has had the whole wait to replace them; a list with no items (搜索中…, 暂无数据) is waited out.
 */
async function waitForHit(
  menu: () => Element | null,
  value: string,
  kind: MatchKind,
  stale: string,
): Promise<FieldOption | null> {
  let shown = stale;
  let since = performance.now();
  let changed = false;
  const gaveUp = Symbol('no match');
  const found = await waitFor<FieldOption | typeof gaveUp>(
    () => {
      const m = menu();
      const hit = m && searchHit(m, value, kind);
      if (hit) return hit;
      const now = m ? menuItems(m).map(textOf).join('\n') : '';
      if (now !== shown) {
        shown = now;
        since = performance.now();
        changed = true;
        return null;
      }
      const settle = changed ? RESULTS_SETTLE : SEARCH_WAIT / 2;
      return now && performance.now() - since >= settle ? gaveUp : null;
    },
    { timeout: SEARCH_WAIT },
  );
  return found === gaveUp ? null : found;
}

/**
 * A searchable sd-Select: opened, the name typed into its own input, the exact item picked from what
 * the server returns (then the first words of a long English name). No exact item: the query is
 * cleared and the select left as it was.
 */
async function writeSearchable(
  root: HTMLElement,
  input: HTMLInputElement,
  value: string,
  kind: MatchKind,
  open?: { opened: Element; before: Set<Element> },
): Promise<WriteResult> {
  const doc = root.ownerDocument;
  const before = open?.before ?? new Set(openMenus(doc));
  if (!open) clickOnce(input);
  const opened = open?.opened ?? (await waitFor(() => freshDropdown(doc, before), { timeout: MENU_WAIT }));
  if (!opened) return { ok: false, shown: sdSelectShown(root), reason: 'the list did not open' };
  // The site may mount a new dropdown for the results instead of refilling the first one.
  const menu = () => (opened.isConnected ? opened : freshDropdown(doc, before));
  // A list that shows its items before anything is typed (a short dictionary) is looked through first.
  let option = menuItems(opened).length ? searchHit(opened, value, kind) : null;
  const queries = [value, kind === 'text' ? searchPrefix(value) : null];
  let typed = false;
  for (const query of queries) {
    if (option || !query) continue;
    const m = menu();
    const stale = m ? menuItems(m).map(textOf).join('\n') : '';
    typeQuery(input, query);
    typed = true;
    option = await waitForHit(menu, value, kind, stale);
  }
  if (!option?.el) {
    if (typed) typeQuery(input, '');
    await closeMenu(doc, menu());
    blur(input);
    if (isPresentValue(value)) return noPresentChoice('list', sdSelectShown(root));
    return { ok: false, shown: sdSelectShown(root), reason: 'no matching option' };
  }
  const picked = await pickItem(root, option, menu());
  // The query's focus stays behind after the pick: a user leaving the field takes it away.
  blur(input);
  return picked;
}

/** Clicks the item; the select must then show it. */
async function pickItem(root: HTMLElement, option: FieldOption, menu: Element | null): Promise<WriteResult> {
  const wanted = normalizeText(option.label);
  pointerClick(option.el!);
  const shown = await waitFor(
    () => (normalizeText(sdSelectShown(root)) === wanted ? sdSelectShown(root) : null),
    { timeout: SHOWN_WAIT },
  );
  await closeMenu(root.ownerDocument, menu);
  if (shown) return { ok: true, shown };
  return { ok: false, shown: sdSelectShown(root), reason: 'the select did not show the chosen option' };
}

/** Opens the select's menu and picks the option meaning `value`; the select must then show it. */
export async function writeSdSelect(root: HTMLElement, value: string, kind: MatchKind): Promise<WriteResult> {
  const doc = root.ownerDocument;
  if (isDisabled(root)) return { ok: false, shown: sdSelectShown(root), reason: 'the select is disabled' };
  // A month range's year and month lists hold no 至今: its own checkbox beside them says so.
  if (isPresentValue(value) && root.closest(MONTH_RANGE))
    return {
      ok: false,
      shown: sdSelectShown(root),
      reason: 'current entry (至今): ticked in the range’s 至今 box',
      declined: true,
    };
  const search = searchInputOf(root);
  if (search) return writeSearchable(root, search, value, kind);
  const before = new Set(openMenus(doc));
  clickOnce(root.querySelector<HTMLElement>(`${DISPLAY_VALUE},input`) ?? root);
  // A build whose search box is read-only until its list opens: an empty list and a box that now takes
  // typing is a search, written as one.
  const opened = await waitFor(
    () => freshMenu(doc, before) ?? (searchInputOf(root) && freshDropdown(doc, before)),
    { timeout: MENU_WAIT },
  );
  if (!opened) return { ok: false, shown: sdSelectShown(root), reason: 'the list did not open' };
  const nowSearch = menuItems(opened).length ? null : searchInputOf(root);
  if (nowSearch) return writeSearchable(root, nowSearch, value, kind, { opened, before });
  const options: FieldOption[] = menuItems(opened).map((el) => {
    const label = textOf(el);
    return { label, value: label, el: el.querySelector(ITEM_LEAF) ?? el };
  });
  const option = matchOption(options, value, kind);
  if (!option?.el) {
    await closeMenu(doc, opened);
    if (isPresentValue(value)) return noPresentChoice('list', sdSelectShown(root));
    return { ok: false, shown: sdSelectShown(root), reason: 'no matching option' };
  }
  return pickItem(root, option, opened);
}

const NOT_AN_SD_SELECT: WriteResult = {
  ok: false,
  shown: '',
  reason: 'not a Moka sd-Select: left for the user',
};

/** sd-Select as the combobox driver of Moka pages. */
export const sdSelectDriver: Driver<string> = {
  shows: 'option',
  read: (field) => {
    const root = sdSelectOf(field);
    return root ? sdSelectShown(root) : '';
  },
  save: (field) => {
    const root = sdSelectOf(field);
    return root ? sdSelectShown(root) : '';
  },
  async write(field, value, opts) {
    const root = sdSelectOf(field);
    if (!root) return NOT_AN_SD_SELECT;
    return writeSdSelect(root, value, opts?.match ?? 'text');
  },
  async restore(field, saved) {
    const root = sdSelectOf(field);
    if (!root || sdSelectShown(root) === saved) return false;
    // A choice can be changed but not taken back: sd-Select offers no way to an empty value.
    if (!saved) return false;
    return (await writeSdSelect(root, saved, 'text')).ok;
  },
  box: (field) => sdSelectOf(field) ?? field.el,
};

// ---- day_info: the year → month panel ------------------------------------------------------------------

function dayInfoInput(field: FieldDescription): HTMLInputElement | null {
  const input = field.el instanceof HTMLInputElement ? field.el : field.el.querySelector('input');
  return input && MONTH_PICKER_INPUTS.some((css) => input.matches(css)) ? input : null;
}

/** The year and month the input shows ('1997-05', '1997-05 (29岁)'); null when empty or no date. */
function shownMonth(input: HTMLInputElement): { year: number; month: number } | null {
  return yearMonth(input.value);
}

function freshPanel(doc: Document, before: Set<Element>): Element | null {
  return (
    [...doc.querySelectorAll(BASIC_SELECTOR)].filter((p) => isOpenPopup(p) && !before.has(p)).at(-1) ?? null
  );
}

/** The panel item reading `n` followed by 年 / 月 (or nothing), in the open panel of the given kind. */
function panelItem(doc: Document, kind: 'year' | 'month', n: number): Element | null {
  const panels = [...doc.querySelectorAll(`[class*=sd-basic-selector-${kind}-]`)].filter(isOpenPopup);
  const unit = kind === 'year' ? '年' : '月';
  for (const panel of panels) {
    // Items by their class where the build names them so, else the list's leaves (a build whose items
    // are `sd-basic-selector-year-item-*`, or bare `li`s).
    const named = panel.querySelectorAll(BASIC_ITEM);
    const items = named.length
      ? [...named]
      : [...panel.querySelectorAll('*')].filter((el) => !el.childElementCount);
    const item = items.find((el) => {
      const m = new RegExp(`^0?(\\d+)\\s*${unit}?$`).exec(textOf(el));
      if (m) return Number(m[1]) === n;
      // The English locale's month grid: Jan … Dec.
      return kind === 'month' && /^[A-Za-z]{3,9}\.?$/.test(textOf(el)) && monthFromName(textOf(el)) === n;
    });
    if (item) return item;
  }
  return null;
}

/** The sd-basic year or month list a found panel is, holds or sits in; null for any other panel. */
function basicPanelOf(found: Element): Element | null {
  return found.closest(BASIC_SELECTOR) ?? found.querySelector(BASIC_SELECTOR);
}

/** The input must show the month just picked. */
async function shownAfterPick(
  input: HTMLInputElement,
  month: { year: number; month: number },
): Promise<WriteResult> {
  const shown = await waitFor(
    () => {
      const m = shownMonth(input);
      return m && m.year === month.year && m.month === month.month ? input.value : null;
    },
    { timeout: SHOWN_WAIT },
  );
  if (shown) return { ok: true, shown };
  return { ok: false, shown: input.value, reason: 'the input did not show the chosen month' };
}

/** Another panel than the sd-basic one: the generic reader picks the month, the input must show it. */
async function pickElsewhere(
  input: HTMLInputElement,
  panel: Element,
  month: { year: number; month: number },
): Promise<WriteResult> {
  let days = false;
  if (!(await pickInPanel(input, panel, [month], () => (days = true)))) {
    await closePanel(input, panel);
    const reason = days
      ? 'the picker asks for a day; the résumé gives only year and month'
      : `the picker never showed ${month.year}-${String(month.month).padStart(2, '0')}`;
    return { ok: false, shown: input.value, reason, declined: days };
  }
  return shownAfterPick(input, month);
}

/** Picks the year, then the month, from the panel the read-only input opens. */
/** The panel the read-only input opens (an sd-basic selector, or another picker's panel). */
async function openDayInfo(input: HTMLInputElement): Promise<Element | null> {
  const doc = input.ownerDocument;
  const before = new Set([...doc.querySelectorAll(BASIC_SELECTOR)].filter(isOpenPopup));
  const watch = new PanelWatch(input, true);
  clickOnce(input);
  const opened = await waitFor(() => freshPanel(doc, before) ?? watch.find(), { timeout: MENU_WAIT });
  watch.stop();
  return opened;
}

/**
 * The whole popup a panel column sits in (its footer holds 至今): the outermost ancestor that does not
 * hold the input, below the body a portal is mounted in.
 */
function popupRoot(el: Element, input: Element): Element {
  let root = el;
  for (let p = el.parentElement; p && p !== p.ownerDocument.body && !p.contains(input); p = p.parentElement)
    root = p;
  return root;
}

/** 至今 from the footer of the popover an end picker opens; the input must then show it. */
async function writeDayInfoPresent(input: HTMLInputElement, value: string): Promise<WriteResult> {
  if (input.value.trim() === value.trim()) return { ok: true, shown: input.value };
  const opened = await openDayInfo(input);
  const popover = opened && (opened.closest(`${DROPDOWN},[class*=sd-Popover-]`) ?? popupRoot(opened, input));
  if (popover && pickPresent(popover)) {
    const shown = await waitFor(() => (input.value.trim() === value.trim() ? input.value : null), {
      timeout: SHOWN_WAIT,
    });
    if (shown) return { ok: true, shown };
  }
  if (popover) await closeMenu(input.ownerDocument, popover);
  return noPresentChoice('panel', input.value);
}

export async function writeDayInfo(input: HTMLInputElement, value: string): Promise<WriteResult> {
  const doc = input.ownerDocument;
  const month = yearMonth(value);
  if (!month) {
    if (isPresentValue(value)) return writeDayInfoPresent(input, value);
    return { ok: false, shown: input.value, reason: `not a year and month: ${value}` };
  }
  const now = shownMonth(input);
  if (now && now.year === month.year && now.month === month.month) return { ok: true, shown: input.value };
  const opened = await openDayInfo(input);
  if (!opened) return { ok: false, shown: input.value, reason: 'the year panel did not open' };
  const panel = basicPanelOf(opened);
  if (!panel) return pickElsewhere(input, opened, month);
  const year = await waitFor(() => panelItem(doc, 'year', month.year), { timeout: 600 });
  if (!year) {
    await closeMenu(doc, panel.closest(DROPDOWN) ?? panel);
    return { ok: false, shown: input.value, reason: `the panel offers no year ${month.year}` };
  }
  pointerClick(year);
  const monthItem = await waitFor(() => panelItem(doc, 'month', month.month), { timeout: SHOWN_WAIT });
  if (!monthItem) {
    await closeMenu(doc, doc.querySelector(DROPDOWN));
    return { ok: false, shown: input.value, reason: `the panel did not show the months of ${month.year}` };
  }
  pointerClick(monthItem);
  return shownAfterPick(input, month);
}

/** day_info as the date-picker driver of Moka pages; any other picker gets the generic one. */
export const dayInfoDriver: Driver<string> = {
  shows: 'text',
  read: (field) => (dayInfoInput(field) ? dayInfoInput(field)!.value.trim() : datePicker.read(field)),
  save: (field) => (dayInfoInput(field) ? dayInfoInput(field)!.value : datePicker.save(field)),
  async write(field, value) {
    const input = dayInfoInput(field);
    if (!input) return datePicker.write(field, value);
    return writeDayInfo(input, value);
  },
  async restore(field, saved) {
    const input = dayInfoInput(field);
    if (!input) return datePicker.restore(field, saved);
    if (input.value === saved) return false;
    // The panel only ever sets a month: an input that was empty has no way back to empty.
    if (!saved) return false;
    return (await writeDayInfo(input, saved)).ok;
  },
  box: (field) => dayInfoInput(field)?.closest('[class*=sd-Input-container-]') ?? field.el,
};
