// Finding the option menu a select-like widget opened (often a body-level portal mounted late) and
// reading its options. Tied to the trigger through aria-controls / aria-owns when possible, else the
// newest open menu that was not there before opening. Menus count from the moment they are displayed,
// even scaled to 0 by an enter transition still waiting for a frame, and stop counting once a leave
// transition starts: a closing menu may stay displayed for a long while (for ever in a background tab).
import type { FieldOption } from '~/lib/fill/types';
import { isOpenPopup, isRendered } from './visibility';

export const MENU_SELECTOR = [
  '[role=listbox]',
  '[role=menu]',
  '.ant-select-dropdown',
  '.el-select-dropdown',
  '.el-popper',
  '[class*=menu]',
  '[class*=Menu]',
  '[class*=dropdown]',
  '[class*=Dropdown]',
  '[class*=popper]',
  '[class*=selectList]',
  '[data-automation-widget=wd-popup]',
].join(',');

const OPTION_SELECTOR = [
  '[role=option]',
  '.ant-select-item-option',
  '.el-select-dropdown__item',
  '[class*=option]',
  '[class*=Option]',
  '[class*=listItem]',
  '[class*=list__item]',
  '[class*=list-item]',
  '[class*=menu-item]',
  '[class*=Menu-content-item]',
  '[data-automation-id=promptOption]',
].join(',');

const DISABLED = /(^|[\s_-])(is-)?disabled\b|--disabled\b/;

/** Menus open right now around `root` (taken before opening, to tell the new one apart). */
export function visibleMenus(root: Element): Set<Element> {
  return new Set([
    ...scopes(root).flatMap((s) => [...s.querySelectorAll(MENU_SELECTOR)].filter(isOpenPopup)),
    ...[...root.querySelectorAll(OWN_LIST)].filter(isOpenPopup),
  ]);
}

/**
 * A hand-written select (jQuery era: a readonly box, a hidden input, a `ul` it shows on click) keeps its
 * options in a plain list inside itself, named by nothing: a list there that shows only once opened.
 */
const OWN_LIST = 'ul, ol';

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

const BLOCK = /^(block|flex|grid|list-item|table)$/;

/**
 * What an option says. An option of two lines (the school's name, then its English name and country in
 * grey) reads as its first line with the rest as a note in brackets, and names itself by that first
 * line (`name`), so the name alone still matches it; run together they would read as one long name no
 * value matches.
 */
function optionText(el: Element): { label: string; name?: string } {
  // A name followed by its badges ('新加坡国立大学' + 海外 / 985 / 211) names itself in its title.
  const title = squash(el.getAttribute('title') ?? '');
  const all = squash(el.textContent);
  if (title && all !== title && all.startsWith(title)) return { label: title };
  const lines = [...el.children].filter((c) => squash(c.textContent));
  const loose = [...el.childNodes].some((n) => n.nodeType !== 1 && squash(n.textContent));
  if (lines.length >= 2 && !loose) {
    const win = el.ownerDocument.defaultView;
    if (win && lines.every((c) => BLOCK.test(win.getComputedStyle(c).display))) {
      const [first, ...rest] = lines.map((c) => squash(c.textContent));
      return { label: `${first} (${rest.join(' · ')})`, name: first };
    }
  }
  return { label: all };
}

/** Option elements: role=option when the menu uses it visibly, else class-named items minus wrappers. */
export function menuOptionElements(menu: Element): Element[] {
  const byRole = [...menu.querySelectorAll('[role=option]')].filter(isRendered);
  if (byRole.length) return byRole;
  const matches = [...menu.querySelectorAll(OPTION_SELECTOR)].filter(isRendered);
  if (!matches.length && /^(UL|OL)$/.test(menu.tagName))
    return [...menu.children].filter((li) => li.tagName === 'LI' && isRendered(li));
  const items = matches.filter((el) => matches.filter((m) => m !== el && el.contains(m)).length < 2);
  return items.filter((el) => !items.some((other) => other !== el && other.contains(el)));
}

/**
 * Where a press on an option lands: down its chain of single wrappers to the element holding the text
 * ('li[role=option] > div' with the click handler on the div, as Workday draws prompt options). A press
 * there still bubbles to a handler on the option itself.
 */
export function optionPressTarget(option: Element): Element {
  let el = option;
  const text = squash(option.textContent);
  for (;;) {
    const filled = [...el.children].filter((c) => squash(c.textContent));
    const loose = [...el.childNodes].some((n) => n.nodeType !== 1 && squash(n.textContent));
    if (filled.length !== 1 || loose || squash(filled[0]!.textContent) !== text) return el;
    el = filled[0]!;
  }
}

export function readMenuOptions(menu: Element): FieldOption[] {
  return menuOptionElements(menu)
    .filter(
      (el) => el.getAttribute('aria-disabled') !== 'true' && !DISABLED.test(el.className?.toString() ?? ''),
    )
    .map((el) => {
      const { label, name } = optionText(el);
      return { label, value: el.getAttribute('data-value') ?? label, el, ...(name ? { name } : {}) };
    })
    .filter((o) => o.label);
}

type Scope = Document | ShadowRoot;

/** Where menus may be: the widget's own shadow root (if any), then the document (portals). */
function scopes(root: Element): Scope[] {
  const own = root.getRootNode() as Scope;
  return own === root.ownerDocument ? [own] : [own, root.ownerDocument];
}

function byIdRef(trigger: Element[], where: Scope[]): Element | null {
  for (const el of trigger) {
    // Always-mounted menus (Element Plus) stay linked while shut: the trigger's own word decides.
    if (el.getAttribute('aria-expanded') === 'false') continue;
    for (const attr of ['aria-controls', 'aria-owns']) {
      for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
        const target = where.map((s) => s.getElementById(id)).find(Boolean);
        if (!target) continue;
        if (isOpenPopup(target)) return target;
        // A hidden accessibility list (antd) sits inside the open popup that holds the real items.
        const popup = target.parentElement?.closest(MENU_SELECTOR);
        if (popup && isOpenPopup(popup)) return popup;
      }
    }
  }
  return null;
}

/**
 * A menu another widget's aria-controls / aria-owns points at belongs to that widget; one our own trigger
 * points at while saying aria-expanded=false is shut, whatever its styles say.
 */
function notOurs(menu: Element, mine: Element[]): boolean {
  const ids = [menu, ...menu.querySelectorAll('[role=listbox][id]')].map((e) => e.id).filter(Boolean);
  for (const id of ids) {
    for (const owner of (menu.getRootNode() as Scope).querySelectorAll(
      `[aria-controls~="${CSS.escape(id)}"], [aria-owns~="${CSS.escape(id)}"]`,
    )) {
      if (!mine.some((m) => m === owner || m.contains(owner))) return true;
      if (owner.getAttribute('aria-expanded') === 'false') return true;
    }
  }
  return false;
}

/** The menu the trigger opened, if it is open and shows options (or is an empty listbox). */
export function findMenu(root: Element, parts: Element[], before: Set<Element>): Element | null {
  const where = scopes(root);
  const linked = byIdRef([...parts, root, ...root.querySelectorAll('[aria-controls],[aria-owns]')], where);
  if (linked && menuOptionElements(linked).length) return linked;
  // A list inside the widget that was there before it opened (the chosen items of a multi-select) is
  // not its menu.
  const inside = [...root.querySelectorAll(`${MENU_SELECTOR},${OWN_LIST}`)].find(
    (m) => !before.has(m) && isOpenPopup(m) && menuOptionElements(m).length,
  );
  if (inside) return inside;
  const options = new Map<Element, number>();
  for (const m of where.flatMap((s) => [...s.querySelectorAll(MENU_SELECTOR)])) {
    if (before.has(m) || m.contains(root) || !isOpenPopup(m)) continue;
    const count = menuOptionElements(m).length;
    if (count && !notOurs(m, [root, ...parts])) options.set(m, count);
  }
  // A wrapper around each option may read as a menu too (`sd-Menu-container-*` per item): the menu is a
  // candidate that no candidate around it outnumbers in options.
  const whole = [...options.keys()].filter((m) => {
    for (let p = m.parentElement; p; p = p.parentElement)
      if ((options.get(p) ?? 0) > options.get(m)!) return false;
    return true;
  });
  return whole.at(-1) ?? linked;
}
