// Is the box what a person would reach by clicking where it is drawn? A field covered by another element,
// or clipped away by a wrapper, is drawn for no one: the hit test at its place answers with something
// else. Hit tests only work inside the viewport, so the window is scrolled band by band (one scroll per
// screenful of fields, never per field) and put back where it was. Reads only, between the scrolls.
import { colorAlpha, hasLayout } from './is-visible';

/** Where a box counts as reached: its middle, and a quarter in from each side on the middle line. */
const POINTS: Array<[number, number]> = [
  [0.5, 0.5],
  [0.25, 0.5],
  [0.75, 0.5],
];

type Verdict = 'reached' | 'covered' | 'unknown';

function isFixedLayer(el: Element, win: Window): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    const p = win.getComputedStyle(n).position;
    if (p === 'fixed' || p === 'sticky') return true;
  }
  return false;
}

/** Every element at (x, y), topmost first, seen from `el`'s tree (shadow roots answer for themselves). */
function hitsAt(el: Element, x: number, y: number): Element[] {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.elementsFromPoint === 'function'
    ? root.elementsFromPoint(x, y)
    : el.ownerDocument.elementsFromPoint(x, y);
}

/** Elements that paint a picture or a control wherever they lie. */
const PAINTS = /^(IMG|VIDEO|CANVAS|IFRAME|EMBED|OBJECT|svg|INPUT|SELECT|TEXTAREA|BUTTON)$/;

/** A fill a person cannot see through. A faint veil (a loading tint at 30 %) leaves the field in sight. */
function paintsFill(style: CSSStyleDeclaration): boolean {
  return (
    colorAlpha(style.backgroundColor) >= 0.5 || style.backgroundImage !== 'none' || style.boxShadow !== 'none'
  );
}

/** The field sits below its ancestor's own painting (a negative z-index on the way up to it). */
function sunkBelow(el: Element, ancestor: Element, win: Window): boolean {
  for (let n: Element | null = el; n && n !== ancestor; n = n.parentElement) {
    const style = win.getComputedStyle(n);
    if (style.position !== 'static' && parseInt(style.zIndex, 10) < 0) return true;
  }
  return false;
}

/**
 * A layer that hides nothing where it lies: no fill, no picture, no text of its own (a transparent wrapper
 * stretched over a form, an invisible click catcher, a pseudo-element shield with no colour or a faint
 * tint). The field under it is still in plain sight, so it does not hide the field from the person,
 * whatever it does to a click. An image that has not loaded draws nothing either.
 */
function seeThrough(hit: Element, el: Element, win: Window): boolean {
  // An element at opacity 0 (an invisible checkbox stretched over the page) draws nothing at all.
  const check = (hit as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check && !check.call(hit, { opacityProperty: true })) return true;
  if (hit.tagName === 'IMG') {
    const img = hit as HTMLImageElement;
    return img.complete && img.naturalWidth === 0;
  }
  if (PAINTS.test(hit.tagName)) return false;
  for (const pseudo of ['::before', '::after']) {
    const p = win.getComputedStyle(hit, pseudo);
    if (p.content !== 'none' && p.content !== 'normal' && (paintsFill(p) || p.content.length > 2))
      return false;
  }
  // An ancestor answers for its pseudo-elements: its own fill and text lie beneath the field, unless the
  // field was sunk below them.
  if (hit.contains(el)) return !sunkBelow(el, hit, win);
  if (paintsFill(win.getComputedStyle(hit))) return false;
  for (const node of hit.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return false;
  }
  return true;
}

const CONTROLS = 'input:not([type=hidden]),select,textarea,[contenteditable],[role=combobox]';

/** A sheet laid over the whole box hides it; a floating label or an icon covers only part of it. */
function coversWhole(hit: Element, el: Element): boolean {
  const h = hit.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return h.left <= r.left + 1 && h.top <= r.top + 1 && h.right >= r.right - 1 && h.bottom >= r.bottom - 1;
}

/**
 * Whether a click on `hit` reaches `el`: it is the box, inside it, a label that forwards to it, or part of
 * the field's own wrapper (a floating label or an icon drawn over part of the box), never an ancestor of the box:
 * a box pushed behind its own wrapper's background is covered.
 */
function reaches(hit: Element, el: Element): boolean {
  if (hit === el || el.contains(hit)) return true;
  const label = hit.closest('label');
  if (label && (label as HTMLLabelElement).control === el) return true;
  if (hit.contains(el)) return false;
  let wrapper = el.parentElement;
  for (let level = 0; wrapper && level < 3; level++, wrapper = wrapper.parentElement) {
    if (wrapper.querySelectorAll(CONTROLS).length > 1) return false;
    if (wrapper.contains(hit)) return !coversWhole(hit, el);
  }
  return false;
}

/**
 * A scrolling box between the element and the page (a long modal, an inner pane) may have the element
 * scrolled out of its view: a person would scroll it, so the hit test cannot judge.
 */
function insideScrolledBox(el: Element, win: Window): boolean {
  const r = el.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  for (let n = el.parentElement; n && n !== el.ownerDocument.documentElement; n = n.parentElement) {
    const s = win.getComputedStyle(n);
    const scrolls = /auto|scroll/.test(s.overflowX + s.overflowY);
    if (!scrolls) continue;
    const b = n.getBoundingClientRect();
    if (cx < b.left || cx > b.right || cy < b.top || cy > b.bottom) return true;
  }
  return false;
}

function judge(el: Element, win: Window): Verdict {
  const r = el.getBoundingClientRect();
  let unknown = 0;
  for (const [fx, fy] of POINTS) {
    const x = r.left + r.width * fx;
    const y = r.top + r.height * fy;
    if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) {
      unknown++;
      continue;
    }
    const stack = hitsAt(el, x, y);
    // The first layer that draws something there (or the field itself) is what the person sees.
    const hit = stack.find((h) => h === el || el.contains(h) || !seeThrough(h, el, win)) ?? stack[0];
    if (!hit) unknown++;
    else if (reaches(hit, el)) return 'reached';
    // A cookie bar or a sticky header lies over the page only until the person scrolls or closes it.
    else if (isFixedLayer(hit, win)) unknown++;
  }
  if (unknown === POINTS.length) return 'unknown';
  return insideScrolledBox(el, win) ? 'unknown' : 'covered';
}

/**
 * The boxes of `els` that are covered or clipped where they are drawn. Boxes the hit test cannot judge
 * (outside any scroll of the window, inside a scrolled pane, under a fixed layer) are not in the set.
 */
export function coveredBoxes(els: Element[], doc: Document): Set<Element> {
  const covered = new Set<Element>();
  const win = doc.defaultView;
  if (!win || els.length === 0 || !hasLayout(doc)) return covered;
  const startX = win.scrollX;
  const startY = win.scrollY;
  const height = win.innerHeight;
  const pending = els
    .map((el) => ({ el, top: el.getBoundingClientRect().top + startY }))
    .sort((a, b) => a.top - b.top);
  const maxY = Math.max(0, doc.documentElement.scrollHeight - height);
  let scrolledTo = startY;
  try {
    for (let i = 0; i < pending.length;) {
      // Put the band's first box a third of the way down, clear of headers above and bars below.
      const target = Math.min(maxY, Math.max(0, pending[i]!.top - height / 3));
      if (pending[i]!.top - scrolledTo < 0 || pending[i]!.top - scrolledTo > height * 0.75) {
        win.scrollTo({ left: startX, top: target, behavior: 'instant' });
        scrolledTo = win.scrollY;
      }
      const bandEnd = scrolledTo + height * 0.75;
      let j = i;
      for (; j < pending.length && (j === i || pending[j]!.top <= bandEnd); j++) {
        if (judge(pending[j]!.el, win) === 'covered') covered.add(pending[j]!.el);
      }
      i = j;
    }
  } finally {
    if (win.scrollX !== startX || win.scrollY !== startY)
      win.scrollTo({ left: startX, top: startY, behavior: 'instant' });
  }
  return covered;
}
