// Whether the user can see an element. Layout-less DOMs (unit tests) have no sizes, so there only the
// style-based part of the check applies.

function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0;
}

function styleHidden(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden')) return true;
    const s = n.ownerDocument.defaultView?.getComputedStyle(n);
    if (s && (s.display === 'none' || (n === el && s.visibility === 'hidden'))) return true;
  }
  return false;
}

export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check ? !check.call(el, { visibilityProperty: true }) : styleHidden(el)) return false;
  if (!hasLayout(el.ownerDocument)) return !styleHidden(el);
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/**
 * Laid out and not hidden by style, whatever its transform or opacity: a popup whose enter transition
 * waits for an animation frame (none come in a background tab) sits scaled to 0 and transparent, yet its
 * options are there and take clicks. Offset sizes are layout sizes, untouched by transforms.
 */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check ? !check.call(el, { visibilityProperty: true }) : styleHidden(el)) return false;
  if (!hasLayout(el.ownerDocument)) return !styleHidden(el);
  if (el instanceof HTMLElement) return el.offsetWidth > 0 && el.offsetHeight > 0;
  return el.getClientRects().length > 0;
}

// Leave/exit transition classes (Vue `x-leave-active`, rc-motion `x-leave-start`, react-transition-group
// `x-exit-active`) and antd's `x-dropdown-hidden`: the popup is on its way out, though still displayed.
const CLOSING_CLASS =
  /-(leave|exit)(-(active|from|to|start|prepare))?$|-(dropdown|popup|menu|picker)-hidden$/;
// Headless UI marks both ends of a transition data-closed; with data-enter it is the opening one.
const CLOSING_ATTR = '[data-state=closed],[data-closed]:not([data-enter]),[data-leave],[data-exiting]';

/** Whether the popup or an ancestor says it is closing (a leave transition that may never end). */
export function isClosing(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.matches(CLOSING_ATTR)) return true;
    if ([...n.classList].some((c) => CLOSING_CLASS.test(c))) return true;
  }
  return false;
}

/** A popup that is open or opening: rendered (see isRendered) and not on its way out. */
export function isOpenPopup(el: Element): boolean {
  return isRendered(el) && !isClosing(el);
}

/** A box no user could see or type into (1×1 px, fully transparent): a trap for bots, never filled. */
export function isInvisibleBox(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let n: Element | null = el, depth = 0; n && depth < 4; n = n.parentElement, depth++) {
    const opacity = parseFloat(view?.getComputedStyle(n).opacity ?? '');
    if (!Number.isNaN(opacity) && opacity <= 0.05) return true;
  }
  if (!hasLayout(el.ownerDocument)) return false;
  const r = el.getBoundingClientRect();
  return r.width <= 2 || r.height <= 2;
}
