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
