// Is a control really on screen? In a browser the layout answers (checkVisibility, rects); happy-dom has
// no layout, so there the same questions are asked of attributes and computed styles instead. All reads,
// no writes: one style/layout flush for the whole collection.

type Visibility = (el: Element) => boolean;

const OFFSCREEN = -1000;
const CLIPPED = /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/;
const CLIP_PATH_HIDDEN = /inset\(\s*(50|100)%|circle\(\s*0/;

/** A document that has been laid out: its root has a width. happy-dom reports 0 for everything. */
export function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0 || (doc.body?.offsetWidth ?? 0) > 0;
}

function px(value: string): number {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : NaN;
}

const OFFSCREEN_INLINE = /(^|;)\s*(left|top)\s*:\s*-\d{4,}(\.\d+)?px/;

/** Without layout, a hidden or far off-screen ancestor is only visible in its attributes. */
function hiddenAttributeAbove(el: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (n.hasAttribute('hidden') || OFFSCREEN_INLINE.test(n.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** Honeypot tricks a layout-less DOM can still see in styles. */
function styleSaysHidden(style: CSSStyleDeclaration, layout: boolean): boolean {
  if (CLIPPED.test(style.clip) || CLIP_PATH_HIDDEN.test(style.clipPath ?? '')) return true;
  if (layout) return false;
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return true;
  const positioned = style.position === 'absolute' || style.position === 'fixed';
  if (positioned && (px(style.left) <= OFFSCREEN || px(style.top) <= OFFSCREEN)) return true;
  const width = px(style.width);
  const height = px(style.height);
  if (width <= 1 || height <= 1) return true;
  return parseFloat(style.opacity) < 0.1 && (width <= 2 || height <= 2);
}

function rectSaysHidden(el: Element, style: CSSStyleDeclaration, win: Window): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return true;
  if (rect.right + win.scrollX <= OFFSCREEN || rect.bottom + win.scrollY <= OFFSCREEN) return true;
  return parseFloat(style.opacity) < 0.1 && (rect.width <= 10 || rect.height <= 10);
}

/** A full-size input inside a 1px box with overflow hidden shows nothing. */
function clippedByTinyParent(el: Element, win: Window): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  const rect = parent.getBoundingClientRect();
  if (rect.width > 2 && rect.height > 2) return false;
  return win.getComputedStyle(parent).overflow !== 'visible';
}

export function createVisibility(doc: Document): Visibility {
  const layout = hasLayout(doc);
  const win = doc.defaultView ?? window;
  return (el) => {
    if (layout) {
      // A rect of zero covers display:none on any ancestor; visibility is inherited into the style;
      // opacity is not, so a transparent wrapper (a 1px honeypot box) needs checkVisibility.
      const style = win.getComputedStyle(el);
      if (style.visibility !== 'visible' || styleSaysHidden(style, true) || rectSaysHidden(el, style, win)) {
        return false;
      }
      const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
      if (check && !check.call(el, { opacityProperty: true, checkOpacity: true })) return false;
      return !clippedByTinyParent(el, win);
    }
    // Some DOMs without layout do not compute `clip`; an inline one is still readable.
    if (hiddenAttributeAbove(el) || CLIPPED.test(el.getAttribute('style') ?? '')) return false;
    const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (check && !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
    const style = win.getComputedStyle(el);
    return style.visibility !== 'hidden' && !styleSaysHidden(style, false);
  };
}
