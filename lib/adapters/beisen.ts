// 北森 Beisen (`{tenant}.zhiye.com`, the "门户 2022" portal with its own phoenix component library). Every
// question is a `.form-item.form-item--phoenix` row (`label.form-item__text` + `.form-item__control`); its
// controls carry no id or name that says what they ask, so the rows' labels, read by the generic rule
// tables, decide which résumé fact goes where, and this adapter pins no field by selector. What it adds is
// the phoenix widgets the generic drivers misread:
// - `.phoenix-select` serves selects, month calendars and cascaders alike; its input stays empty while
//   the chosen label is drawn beside it (`.phoenix-select__placeHolder`, `--show` while it prompts), so a
//   calendar written through its panel must be read back from there, not from `input.value`;
// - an editable select (学校名称) lists its options (a body portal, `.phoenix-selectList__listItem`) only
//   after something is typed, and a typed search is no answer: an option must be chosen;
// - its div radios (是否全日制) have no input; the generic engine collects them as radio groups.
// Records are `.ux-standard-form` blocks under each section with 添加教育经历 / 添加项目经历 buttons,
// which the generic section and Add-button finders read. Nothing autosaves on the site. Sources: the
// cxmt.zhiye.com and sokon.zhiye.com notes of Li7777777/job-application-autofill (the [LI] source of
// recruiting-sites.md): calcEle / tag labels, prev/next-year buttons, radio items without input or role.
// Runtime imports are relative: wxt.config.ts loads the adapters (for the host list) without the `~` alias.
import type { Driver, FieldDescription, SiteAdapter, WriteResult } from '~/lib/fill/types';
import { text as genericText } from '../fill/drivers/kinds/text';
import { setNativeValue } from '../fill/drivers/edit-events';
import { findMenu, readMenuOptions, visibleMenus } from '../fill/drivers/menu';
import { noPresentChoice, periodPicks, sameDate } from '../fill/drivers/date-input';
import { PanelWatch, pickInPanel, pickMonth, pickPresent } from '../fill/drivers/date-panel';
import { pointerClick, pressKey } from '../fill/drivers/pointer';
import { isRendered } from '../fill/drivers/visibility';
import { waitFor } from '../fill/drivers/wait-for';

type Dom = 'phoenix';

/** What an empty phoenix select prompts with. */
const PROMPT = /^请(选择|输入)/;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The phoenix select (or calendar) a control belongs to. */
const SELECT = '.phoenix-select';
/** An option list needs this long to mount in its portal (the sites take 200–700 ms). */
const LIST_WAIT = 1500;

function selectOf(field: FieldDescription): HTMLElement | null {
  return field.el.closest<HTMLElement>(SELECT);
}

/** The input of an editable phoenix select: typing searches its list, it holds no value of its own. */
function isSearchSelect(field: FieldDescription): boolean {
  return field.el.matches('input.phoenix-select__input') && !!selectOf(field);
}

/**
 * What a phoenix select shows: tags of a multi-select, the calculated label, or the label drawn over the
 * input, or the input's own value when none is drawn; '' while it prompts (`--show`, 请选择 / 请输入搜索).
 */
export function phoenixShown(root: Element, own?: HTMLInputElement): string {
  const tags = [...root.querySelectorAll('.phoenix-select__tag')].map((t) => t.textContent?.trim() ?? '');
  if (tags.some(Boolean)) return tags.filter(Boolean).join(', ');
  const calc = root.querySelector('.phoenix-select__calcEle')?.textContent?.trim();
  if (calc) return calc;
  const label = root.querySelector('.phoenix-select__placeHolder');
  // A read-only select without a drawn label (a tenant's month calendar) shows its value in the input.
  // A period box holds two (开始时间 ~ 结束时间): each shows its own half.
  if (!label) return squash((own ?? root.querySelector('input'))?.value ?? '');
  if (/--show\b/.test(label.getAttribute('class') ?? '')) return '';
  const text = squash(label.textContent ?? '');
  return PROMPT.test(text) ? '' : text;
}

function clearControl(root: Element): HTMLElement | null {
  return root.querySelector<HTMLElement>('[class*=clear],[class*=Clear]');
}

/** Back to "nothing chosen" through the select's clear control; a select without one cannot be emptied. */
async function clearSelect(root: Element): Promise<boolean> {
  const clear = clearControl(root);
  if (!clear) return false;
  pointerClick(clear);
  return (await waitFor(() => phoenixShown(root) === '', { timeout: 1000 })) === true;
}

function typeSearch(input: HTMLInputElement, text: string): void {
  input.focus();
  setNativeValue(input, text);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
}

/** The option naming `value` exactly (spaces aside): a search lists near-misses too (华中师范大学). */
function exactOption(menu: Element, value: string): HTMLElement | null {
  const wanted = squash(value);
  const hit = readMenuOptions(menu).find((o) => squash(o.label) === wanted);
  return hit?.el instanceof HTMLElement ? hit.el : null;
}

/** The search select: type the wanted name, then choose the option that names it exactly. */
async function writeSearchSelect(field: FieldDescription, value: string): Promise<WriteResult> {
  const root = selectOf(field)!;
  const input = field.el as HTMLInputElement;
  const before = visibleMenus(root);
  pointerClick(input);
  typeSearch(input, value);
  const option = await waitFor(
    () => {
      const menu = findMenu(root, [input], before);
      return menu ? exactOption(menu, value) : null;
    },
    { timeout: LIST_WAIT },
  );
  if (!option) {
    // Near-misses only, or nothing: leave the search empty and choose nothing.
    typeSearch(input, '');
    pressKey(input, 'Escape');
    input.blur();
    return { ok: false, shown: phoenixShown(root), reason: 'no matching option' };
  }
  pointerClick(option);
  const shown = await waitFor(() => (phoenixShown(root) === squash(value) ? phoenixShown(root) : null), {
    timeout: LIST_WAIT,
  });
  input.blur();
  return shown
    ? { ok: true, shown }
    : { ok: false, shown: phoenixShown(root), reason: 'the select did not show the chosen option' };
}

// ---- The month calendar ------------------------------------------------------------------------------
// A body-portal `.phoenix-calendar` showing one year: ‹ › (or the prev/next-year buttons) step it, a
// `N月` cell commits `YYYY-MM`, and an end date's footer may offer 至今. Every step redraws the panel, so
// it is read again after each click.

const PRESENT = /^(至今|present)$/i;
/** Enough ‹ › presses for any year a résumé holds, from whatever year the panel opens on. */
const MAX_YEAR_STEPS = 80;

function leaves(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((e) => e.childElementCount === 0 && isRendered(e));
}

/** The year the panel shows: its header's `2026年` (the first four-digit year in the panel). */
function panelYear(panel: Element): number | null {
  // Only a month view has a year of its own: a decade of year cells (another tenant's first view) has none.
  if (!leaves(panel).some((l) => /^0?\d{1,2}\s*月$/.test(squash(l.textContent ?? '')))) return null;
  for (const leaf of leaves(panel)) {
    const m = /^(\d{4})\s*年?$/.exec(squash(leaf.textContent ?? ''));
    if (m) return Number(m[1]);
  }
  return null;
}

function yearButton(panel: Element, back: boolean): HTMLElement | null {
  const way = back ? 'prev' : 'next';
  const glyph = back ? /^[‹«<]$/ : /^[›»>]$/;
  const byClass = [`[class*=${way}-year]`, `[class*=${way}Year]`, `[class*=__${way}]`, `[class*=${way}]`];
  for (const css of byClass) {
    const found = [...panel.querySelectorAll<HTMLElement>(css)].find(
      (b) => isRendered(b) && !/month/i.test(b.getAttribute('class') ?? ''),
    );
    if (found) return found;
  }
  return (
    [...panel.querySelectorAll<HTMLElement>('[role=button],button,span')].find(
      (b) => isRendered(b) && glyph.test(squash(b.textContent ?? '')),
    ) ?? null
  );
}

function monthCell(panel: Element, month: number): Element | null {
  return (
    leaves(panel).find(
      (l) => Number(/^0?(\d{1,2})\s*月$/.exec(squash(l.textContent ?? ''))?.[1]) === month,
    ) ?? null
  );
}

function presentButton(panel: Element): Element | null {
  return leaves(panel).find((l) => PRESENT.test(squash(l.textContent ?? ''))) ?? null;
}

function openCalendars(doc: Document): Element[] {
  return [...doc.querySelectorAll('.phoenix-calendar')].filter(isRendered);
}

/** `2019-08`, `2019.08`, `2019年8月` → [2019, 8]. */
function yearMonth(text: string): [number, number] | null {
  const m = /(\d{4})\s*[-./年]\s*(\d{1,2})/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function showsDate(shown: string, value: string): boolean {
  const a = yearMonth(shown);
  const b = yearMonth(value);
  return a && b ? a[0] === b[0] && a[1] === b[1] : squash(shown) === squash(value);
}

async function shutCalendar(field: FieldDescription, panel: Element): Promise<void> {
  pressKey(field.el, 'Escape');
  const body = field.el.ownerDocument.body;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
    body.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  await waitFor(() => !panel.isConnected || !isRendered(panel), { timeout: 600 });
}

/** Steps the panel to `year`; false when it cannot get there. */
async function stepToYear(panel: Element, year: number): Promise<boolean> {
  for (let i = 0; i < MAX_YEAR_STEPS; i++) {
    const shown = panelYear(panel);
    if (shown === null) return false;
    if (shown === year) return true;
    const button = yearButton(panel, year < shown);
    if (!button) return false;
    pointerClick(button);
    const moved = await waitFor(() => !panel.isConnected || panelYear(panel) !== shown, {
      timeout: 600,
      root: panel,
    });
    if (!moved || !panel.isConnected) return false;
  }
  return false;
}

/** A month calendar: open it, step to the year, click the month (or 至今); it must then show the value. */
async function writeCalendar(field: FieldDescription, value: string): Promise<WriteResult> {
  const root = selectOf(field)!;
  const month = yearMonth(value);
  const present = PRESENT.test(squash(value));
  if (!month && !present) return { ok: false, shown: phoenixShown(root), reason: `not a month: ${value}` };
  const doc = field.el.ownerDocument;
  const before = new Set(openCalendars(doc));
  // A tenant's own calendar (a month picker, a two-panel range) is read by the generic panel reader.
  const watch = new PanelWatch(field.el, true);
  pointerClick(field.el);
  const opened = await waitFor(
    () => openCalendars(doc).find((c) => !before.has(c)) ?? (watch.find() ? true : null),
    { timeout: LIST_WAIT },
  );
  const found = opened === true ? watch.find() : opened;
  watch.stop();
  const own = found?.closest('.phoenix-calendar') ?? (found?.matches('.phoenix-calendar') ? found : null);
  if (found && !own) return writeOtherCalendar(field, found, value);
  const panel = own;
  if (!panel) return { ok: false, shown: phoenixShown(root), reason: 'the calendar did not open' };
  let target: Element | null = null;
  let clicked = false;
  if (present) target = presentButton(panel);
  else if (await stepToYear(panel, month![0])) target = monthCell(panel, month![1]);
  // A tenant whose calendar opens on a decade of years (no 'YYYY年' title to step): the generic panel
  // reader pages and picks it.
  else if (panel.isConnected && panelYear(panel) === null)
    clicked = await pickMonth(panel, { year: month![0], month: month![1] });
  if (target) {
    pointerClick(target);
    clicked = true;
  }
  const shown =
    clicked && (await waitFor(() => (showsDate(phoenixShown(root), value) ? phoenixShown(root) : null)));
  field.el.blur();
  if (shown) return { ok: true, shown };
  if (panel.isConnected) await shutCalendar(field, panel);
  if (!clicked && present) return noPresentChoice('calendar', phoenixShown(root));
  const reason = clicked
    ? 'the calendar did not show the chosen month'
    : `the calendar never showed ${value}`;
  return { ok: false, shown: phoenixShown(root), reason };
}

/** Another calendar than phoenix's: its months are picked by the generic reader, then read back. */
async function writeOtherCalendar(
  field: FieldDescription,
  panel: Element,
  value: string,
): Promise<WriteResult> {
  const root = selectOf(field)!;
  // An end picker's 至今 sits in its footer.
  if (PRESENT.test(squash(value))) {
    const shown =
      pickPresent(panel) &&
      (await waitFor(() => (showsDate(shownOf(field), value) ? shownOf(field) : null), {
        timeout: LIST_WAIT,
      }));
    field.el.blur();
    if (shown) return { ok: true, shown };
    if (panel.isConnected) await shutCalendar(field, panel);
    return noPresentChoice('calendar', phoenixShown(root));
  }
  const one = yearMonth(value);
  const period = periodPicks(value);
  const { picks, present } =
    period ??
    (one && !/[~～]/.test(value) ? { picks: [{ year: one[0], month: one[1] }], present: false } : {});
  if (picks && (await pickInPanel(field.el, panel, picks, undefined, present))) {
    const done = () => (sameDate(shownOf(field), value) ? shownOf(field) : null);
    const shown = await waitFor(done, { timeout: LIST_WAIT });
    // A period box's panel moves on to the end once the start is picked: shut, so the end (and the next
    // field) opens a panel of its own rather than finding this one still open.
    if (shown && panel.isConnected && isRendered(panel)) await shutCalendar(field, panel);
    field.el.blur();
    if (shown) return { ok: true, shown };
  }
  if (panel.isConnected) await shutCalendar(field, panel);
  return { ok: false, shown: phoenixShown(root), reason: `the calendar never showed ${value}` };
}

/** What the phoenix select of `field` shows for it (its own half of a period box). */
function shownOf(field: FieldDescription): string {
  const root = selectOf(field)!;
  const period = root.querySelectorAll('input:not([type=hidden])').length > 1;
  return phoenixShown(root, period && field.el instanceof HTMLInputElement ? field.el : undefined);
}

/** Read, save and restore of a phoenix select through the label it shows. */
function shownState(write: (field: FieldDescription, value: string) => Promise<WriteResult>) {
  return {
    read: shownOf,
    save: shownOf,
    async restore(field: FieldDescription, saved: unknown): Promise<boolean> {
      const root = selectOf(field)!;
      if (shownOf(field) === saved) return false;
      return typeof saved === 'string' && saved ? (await write(field, saved)).ok : clearSelect(root);
    },
    box: (field: FieldDescription) => selectOf(field)!,
  };
}

const searchSelect = shownState(writeSearchSelect);
const calendar = shownState(writeCalendar);

/** Text boxes, except the editable select's search input, which is chosen from its list. */
const text: Driver = {
  shows: 'text',
  read: (f) => (isSearchSelect(f) ? searchSelect.read(f) : genericText.read(f)),
  write: (f, v, o) => (isSearchSelect(f) ? writeSearchSelect(f, v) : genericText.write(f, v, o)),
  stager: (f) => (isSearchSelect(f) ? undefined : genericText.stager?.(f)),
  save: (f) => (isSearchSelect(f) ? searchSelect.save(f) : genericText.save(f)),
  restore: (f, s) => (isSearchSelect(f) ? searchSelect.restore(f, s) : genericText.restore(f, s as string)),
  box: (f) => (isSearchSelect(f) ? searchSelect.box(f) : f.el),
};

/** The editable phoenix select reads as a select that searches as you type: chosen from its list too. */
const typedSearch = (f: FieldDescription) => isSearchSelect(f) && !(f.el as HTMLInputElement).readOnly;
function combobox(generic: Driver): Driver {
  return {
    shows: 'option',
    read: (f) => (typedSearch(f) ? searchSelect.read(f) : generic.read(f)),
    write: (f, v, o) => (typedSearch(f) ? writeSearchSelect(f, v) : generic.write(f, v, o)),
    save: (f) => (typedSearch(f) ? searchSelect.save(f) : generic.save(f)),
    restore: (f, s) => (typedSearch(f) ? searchSelect.restore(f, s) : generic.restore(f, s)),
    box: (f) => (typedSearch(f) ? searchSelect.box(f) : (generic.box?.(f) ?? f.el)),
  };
}

/**
 * Date pickers: on this site every one is a phoenix calendar, read from the label it draws. Any other
 * picker is left alone rather than guessed at.
 */
const datePicker: Driver = {
  shows: 'text',
  read: (f) => (selectOf(f) ? calendar.read(f) : ''),
  write: async (f, v) =>
    selectOf(f) ? writeCalendar(f, v) : { ok: false, shown: '', reason: 'not a phoenix calendar' },
  save: (f) => (selectOf(f) ? calendar.save(f) : ''),
  restore: async (f, s) => (selectOf(f) ? calendar.restore(f, s) : false),
  box: (f) => selectOf(f) ?? f.el,
};

export const beisen: SiteAdapter<Dom> = {
  id: 'beisen',
  name: '北森 Beisen',
  matches: ['https://*.zhiye.com/*'], // tenants
  testUrls: [
    'https://example.zhiye.com/form?fromPage=job&jobAdId=1',
    // The application form is reached from a posting's 立即投递; it has no direct link of its own.
    'https://cxmt.zhiye.com/form?fromPage=job&jobAdId=5b1e7c2a-93d4-4f0e-8a61-0c2d9e7b4f35&userId=7f3c9a10',
    'https://cxmt.zhiye.com/campus/detail?jobAdId=5b1e7c2a-93d4-4f0e-8a61-0c2d9e7b4f35',
    'https://sokon.zhiye.com/campus/jobs',
  ],
  generations: {
    phoenix: {
      name: 'phoenix form (门户 2022: .form-item--phoenix rows)',
      detect: '.form-item.form-item--phoenix',
    },
  },
  fields: [],
  drivers: { text, combobox, 'date-picker': datePicker },
  own: {
    parsesResume:
      '北森 reads a résumé file uploaded at the top of the form and fills some fields itself; upload it before filling, and the fill keeps what the site wrote (check those values).',
  },
};
