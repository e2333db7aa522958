// Component-library selects (antd, Element Plus, react-select, Moka/Beisen/Feishu look-alikes): open with a
// full click sequence, find the (portal) menu, match the wanted option exactly or by meaning — typing to
// filter or scrolling a virtual list when it is not rendered — click it, and confirm the widget shows it.
import type { WidgetWriter, FieldOption, MatchKind, WriteResult } from '~/lib/fill/types';
import { matchOption } from '~/lib/fill/values/match-option';
import { normalizeText, searchPrefix, withoutBrackets } from '~/lib/fill/values/normalize-text';
import { setNativeValue } from '~/lib/fill/write-text';
import { clearButton, comboInput, comboRoot, isSearchable, openTarget, readShown } from './combobox-parts';
import { isPresentValue, monthOf, noPresentChoice, sameDate } from './date-input';
import { closePanel, confirmPanel, PanelWatch, pickMonth, pickPresent } from './date-panel';
import { findMenu, optionPressTarget, readMenuOptions, visibleMenus } from './menu';
import { textWriter } from './text';
import { pointerClick, pointerPress, pressKey, withoutNavigation } from './pointer';
import { isOpenPopup, isRendered } from './visibility';
import { nextTask, waitFor } from './wait-for';
import { blur, focus, hasFocus } from './edit-events';

const MENU_WAIT = 1500;

/** A plain, editable text input that names no list it picks from: what it shows is what was typed. */
function freeTextBox(input: HTMLInputElement | null): input is HTMLInputElement {
  if (!input || !isSearchable(input) || input.id.startsWith('react-select-')) return false;
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  return ['text', 'email', 'tel', ''].includes(type) && input.getAttribute('aria-readonly') !== 'true';
}

function expanded(root: HTMLElement, input: HTMLInputElement | null): boolean {
  return [input, root, root.querySelector('[aria-expanded]')].some(
    (e) => e?.getAttribute('aria-expanded') === 'true',
  );
}

type Opener = (target: HTMLElement, input: HTMLInputElement | null) => void;

// Widgets differ: most open on the full click; some toggle on both mousedown and click (open, then shut),
// so a press alone or a click alone is tried next; the keyboard is the last resort.
const OPENERS: Opener[] = [
  (t) => pointerClick(t),
  (t) => pointerPress(t),
  (t) => withoutNavigation(t, () => t.click()),
  (_, input) => {
    if (input) focus(input);
    if (input) pressKey(input, 'ArrowDown');
  },
];

interface OpenedPanel {
  panel: Element;
}
type Opened = Element | 'open' | OpenedPanel;

async function openMenu(
  root: HTMLElement,
  input: HTMLInputElement | null,
  before: Set<Element>,
  panel?: () => Element | null,
): Promise<Opened | null> {
  const parts = input ? [input] : [];
  const menu = () => findMenu(root, parts, before);
  // A select-looking widget that opens a year/month panel instead of a list (a date field). A list
  // inside that panel is one of its columns (a year column beside a month column), not the menu.
  const shown = (): Opened | null => {
    const m = menu();
    const p = panel?.() ?? null;
    return p && (!m || p.contains(m)) ? { panel: p } : m;
  };
  const tellsState = [input, root].some((e) => e?.hasAttribute('aria-expanded'));
  for (const [i, open] of OPENERS.entries()) {
    open(openTarget(root), input);
    await nextTask();
    // A widget that reports aria-expanded and still says false did not open: try the next way soon.
    const shut = tellsState && !expanded(root, input);
    const seen = await waitFor(() => shown() ?? (expanded(root, input) ? 'open' : null), {
      timeout: i === 0 && !shut ? MENU_WAIT : 500,
    });
    if (seen === 'open') return (await waitFor(shown, { timeout: MENU_WAIT })) ?? 'open';
    if (seen) return seen;
  }
  return null;
}

/** A date written through the panel a select-looking widget opened; the widget must then show it. */
async function writeFromPanel(
  root: HTMLElement,
  input: HTMLInputElement | null,
  panel: Element,
  value: string,
): Promise<WriteResult> {
  const original = readShown(root);
  const month = monthOf(value);
  const picked = month ? await pickMonth(panel, month) : pickPresent(panel);
  // A panel that keeps the pick only on its 确定 (a press outside drops it) is confirmed.
  if (picked) confirmPanel(panel);
  const wanted = (s: string) => (month ? sameDate(s, value) : normalizeText(s) === normalizeText(value));
  const shown = picked && (await waitFor(() => (wanted(readShown(root)) ? readShown(root) : null)));
  if (shown) {
    if (input) blur(input);
    return { ok: true, shown };
  }
  await closePanel(input ?? root, panel);
  // Whatever the panel left that is not the wanted date goes: its clear control empties it.
  const clear = readShown(root) !== original && !original ? clearButton(root) : null;
  if (clear) pointerClick(clear);
  if (input) blur(input);
  if (!picked && !month) return noPresentChoice('panel', readShown(root));
  const reason = picked ? 'the widget did not show the chosen month' : `the panel never showed ${value}`;
  return { ok: false, shown: readShown(root), reason };
}

function typeSearch(input: HTMLInputElement, text: string): void {
  focus(input);
  setNativeValue(input, text);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
}

type Find = () => FieldOption | null;

/**
 * The text box a list carries for searching it: inside the list, or in the popup around it (a search row
 * above the options), never in the widget itself.
 */
function searchBoxIn(menu: Element, root: HTMLElement): HTMLInputElement | null {
  let scope: Element | null = menu;
  for (let i = 0; scope && i < 3 && !scope.contains(root); i++, scope = scope.parentElement) {
    const box = [...scope.querySelectorAll<HTMLInputElement>('input')].find(
      (b) => /^(text|search|)$/.test(b.type) && !b.readOnly && !b.disabled && isRendered(b),
    );
    if (box) return box;
    if (scope.parentElement === scope.ownerDocument.body) break;
  }
  return null;
}

function matcher(
  root: HTMLElement,
  input: HTMLInputElement | null,
  before: Set<Element>,
  value: string,
  kind: MatchKind,
): Find {
  return () => {
    const menu = findMenu(root, input ? [input] : [], before);
    return menu ? matchOption(readMenuOptions(menu), value, kind) : null;
  };
}

/** Results that have stopped changing for this long, none matching, are the final answer. */
const RESULTS_SETTLE = 500;

/**
 * After typing: the matching option, or null once the list has shown results that stayed the same for a
 * moment without one (no need to sit out the whole wait). An empty list may still be loading: that one
 * is waited for to the end.
 */
async function waitForTyped(find: Find, menu: () => Element | null): Promise<FieldOption | null> {
  let shown = '';
  let since = performance.now();
  const gaveUp = Symbol('no match');
  const found = await waitFor<FieldOption | typeof gaveUp>(
    () => {
      const hit = find();
      if (hit) return hit;
      const m = menu();
      const labels = m ? readMenuOptions(m).map((o) => o.label) : [];
      const now = labels.join('\n');
      if (now !== shown) {
        shown = now;
        since = performance.now();
        return null;
      }
      return labels.length > 0 && performance.now() - since >= RESULTS_SETTLE ? gaveUp : null;
    },
    { timeout: MENU_WAIT },
  );
  return found === gaveUp ? null : found;
}

function scrollable(menu: Element): HTMLElement | null {
  const all = [menu, ...menu.querySelectorAll('*')] as HTMLElement[];
  return all.find((e) => e.scrollHeight > e.clientHeight + 2) ?? null;
}

/** Virtual lists render only what is in view: scroll page by page looking for the option. */
async function scrollSearch(menu: Element, find: Find): Promise<FieldOption | null> {
  const box = scrollable(menu);
  if (!box) return null;
  for (let step = 0; step < 60; step++) {
    const top = box.scrollTop;
    box.scrollTop = top + Math.max(24, box.clientHeight * 0.8);
    if (box.scrollTop === top) return null;
    box.dispatchEvent(new Event('scroll'));
    const found = await waitFor(find, { timeout: 300, root: menu });
    if (found) return found;
  }
  return null;
}

async function closeMenu(root: HTMLElement, input: HTMLInputElement | null, typed: boolean): Promise<void> {
  if (input && typed) typeSearch(input, '');
  pressKey(input ?? root, 'Escape');
  await nextTask();
  const body = root.ownerDocument.body;
  for (const type of ['mousedown', 'mouseup', 'click'])
    body.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  if (input) blur(input);
}

/**
 * The widget's text once it names the option (tags and cascaders add text around it, but must change).
 * Some show the option without its note: '+86 （中国大陆）' chosen, '+86' shown.
 */
function shows(root: HTMLElement, label: string, before: string): string | null {
  const shown = readShown(root);
  const a = normalizeText(shown);
  const b = normalizeText(label);
  const bare = normalizeText(withoutBrackets(label));
  if (!a || !b) return null;
  const changed = shown !== before;
  // …or a part of it: '中国大陆 +86' chosen, '+86' shown.
  const part = changed && label.normalize('NFKC').split(/\s+/).map(normalizeText).includes(a);
  return a === b || (a.includes(b) && changed) || (a === bare && changed) || part ? shown : null;
}

async function pick(
  root: HTMLElement,
  input: HTMLInputElement | null,
  option: FieldOption,
): Promise<WriteResult> {
  const before = readShown(root);
  pointerClick(optionPressTarget(option.el!));
  // A select that searches in its own box (TDesign's filterable t-select) shows the choice there, once
  // the search is over (the box left).
  // An autocomplete (Element Plus el-autocomplete) keeps the focus in its box after the pick: there its
  // list closing says the pick was taken, since the box showed the typed words before it.
  const listGone = () => {
    const menu = findMenu(root, input ? [input] : [], new Set());
    return !menu || !isOpenPopup(menu);
  };
  const inBox = () =>
    input && isSearchable(input) && (!hasFocus(input) || listGone()) && shows(input, option.label, '')
      ? input.value
      : null;
  const shown = await waitFor(() => shows(root, option.label, before) ?? inBox(), { timeout: MENU_WAIT });
  const menuLeftOpen = findMenu(root, input ? [input] : [], new Set());
  if (menuLeftOpen && isOpenPopup(menuLeftOpen)) pressKey(input ?? root, 'Escape');
  if (shown) return { ok: true, shown };
  return { ok: false, shown: readShown(root), reason: 'the widget did not show the chosen option' };
}

export const comboboxDriver: WidgetWriter = {
  async write(field, value, opts) {
    const kind = opts?.match ?? 'text';
    const root = comboRoot(field.el);
    const input = comboInput(root);
    const before = visibleMenus(root);
    const watch = monthOf(value) || isPresentValue(value) ? new PanelWatch(root) : null;
    const opened = await openMenu(root, input, before, watch ? () => watch.find() : undefined);
    watch?.stop();
    if (!opened) {
      // No list until something is typed: a select that searches as you type (TDesign's filterable
      // t-select opens a popup holding only a hint) takes one of the answers; an autocomplete text box
      // (a downshift root around a plain input: suggestions, not choices) takes what is typed.
      if (kind === 'text' && input && isSearchable(input)) {
        typeSearch(input, value);
        const option = await waitForTyped(matcher(root, input, before, value, kind), () =>
          findMenu(root, [input], before),
        );
        if (option?.el) return pick(root, input, option);
        if (freeTextBox(input)) return textWriter.write(field, value, opts);
        await closeMenu(root, input, true);
        return { ok: false, shown: readShown(root), reason: 'no matching option' };
      }
      return { ok: false, shown: readShown(root), reason: 'the list did not open' };
    }
    if (typeof opened === 'object' && 'panel' in opened)
      return writeFromPanel(root, input, opened.panel, value);
    // A select may render its search box only once open (UXCore's kuma-select2, select2's inline search).
    const box = input ?? comboInput(root);
    const find = matcher(root, box, before, value, kind);
    // A menu may fill its items a moment after it appears. A searchable one still empty (a lookup that
    // loads on opening or on typing) is typed into at once, for a plain name: waiting first only adds to
    // the page's own delay. Degrees, months and yes/no are matched by meaning, which typing could filter out.
    const searchable = !!box && isSearchable(box);
    const emptyMenu = opened !== 'open' && readMenuOptions(opened).length === 0;
    let option = searchable && emptyMenu && kind === 'text' ? null : await waitFor(find, { timeout: 250 });
    let typed = false;
    if (!option && box && searchable) {
      typeSearch(box, value);
      typed = true;
      option = await waitForTyped(find, () => findMenu(root, [box], before));
      // The list spells the name its own way ('Science & Technology'): search by its first words.
      const prefix = !option && kind === 'text' ? searchPrefix(value) : null;
      if (prefix) {
        typeSearch(box, prefix);
        option = await waitForTyped(find, () => findMenu(root, [box], before));
      }
    }
    // A select whose search box is inside its list (a read-only trigger; the list shows a few popular
    // choices until something is typed there).
    const listSearch = !option && !typed && opened !== 'open' ? searchBoxIn(opened, root) : null;
    if (listSearch) {
      typeSearch(listSearch, value);
      typed = true;
      option = await waitForTyped(find, () => findMenu(root, [listSearch], before));
    }
    if (!option && opened !== 'open' && !typed) option = await scrollSearch(opened, find);
    if (!option?.el) {
      if (listSearch) typeSearch(listSearch, '');
      await closeMenu(root, box, typed && !listSearch);
      if (isPresentValue(value)) return noPresentChoice('list', readShown(root));
      return { ok: false, shown: readShown(root), reason: 'no matching option' };
    }
    return pick(root, box, option);
  },
};
