// Is a control really on screen, as a person would judge it? In a browser the layout answers: the box's
// own style and size, then every ancestor (a transparent, clipped or collapsed wrapper hides everything
// inside it), then — see hit-test.ts — whether the box is what a click at its place would reach. happy-dom
// has no layout, so there the same questions are asked of attributes and computed styles instead. All
// reads, no writes: one style/layout flush for the whole collection, and each ancestor is judged once.
import { composedParent } from '~/lib/fill/describe/dom';

export type Visibility = (el: Element) => boolean;

const OFFSCREEN = -1000;
const CLIPPED = /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/;
const CLIP_PATH_HIDDEN = /inset\(\s*(50|100)%|circle\(\s*0(px|%)?\s*[)a]|polygon\(\s*0(px)?\s+0(px)?\s*\)/;
/** Below this opacity (own times every ancestor's) a person sees nothing. */
const FAINT = 0.1;

/** A document that has been laid out: its root has a width. happy-dom reports 0 for everything. */
export function hasLayout(doc: Document): boolean {
  return doc.documentElement.getBoundingClientRect().width > 0 || (doc.body?.offsetWidth ?? 0) > 0;
}

function px(value: string): number {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : NaN;
}

/** The alpha of a computed colour: rgba(…, a), color(… / a), transparent; opaque otherwise. */
export function colorAlpha(color: string): number {
  if (!color || color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return parseFloat(slash[1]!) / (slash[2] ? 100 : 1);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\s*\)$/.exec(color);
  return rgba ? parseFloat(rgba[1]!) : 1;
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
  return parseFloat(style.opacity) < FAINT && (width <= 2 || height <= 2);
}

function rectSaysHidden(rect: DOMRect, win: Window): boolean {
  if (rect.width <= 1 || rect.height <= 1) return true;
  return rect.right + win.scrollX <= OFFSCREEN || rect.bottom + win.scrollY <= OFFSCREEN;
}

/**
 * Text in a see-through box: transparent ink, and no background, border or shadow to show where the box
 * is. Inputs whose text is drawn by an overlay keep a visible box, so they stay.
 */
function transparentInk(style: CSSStyleDeclaration): boolean {
  const ink = style.getPropertyValue('-webkit-text-fill-color') || style.color;
  if (colorAlpha(ink) > 0.05 || style.textShadow !== 'none') return false;
  if (colorAlpha(style.backgroundColor) > 0.05 || style.backgroundImage !== 'none') return false;
  if (style.boxShadow !== 'none') return false;
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  return !sides.some(
    (s) =>
      px(style.getPropertyValue(`border-${s.toLowerCase()}-width`)) > 0 &&
      style.getPropertyValue(`border-${s.toLowerCase()}-style`) !== 'none' &&
      colorAlpha(style.getPropertyValue(`border-${s.toLowerCase()}-color`)) > 0.05,
  );
}

interface AncestorVerdict {
  /** The product of the opacities from this element up. */
  opacity: number;
  /** Something from here up hides everything inside (clip-path, collapsed clipping box). */
  hides: boolean;
  /** Something from here up is fading in (see `entering`): its opacity now is not what a person sees. */
  entering?: boolean;
}

// Enter-transition classes (Vue `x-enter-from` / `x-enter-active`, rc-motion `x-appear-start`,
// react-transition-group `x-enter`): the popup or dialog is on its way in.
const OPENING_CLASS = /-(enter|appear)(-(active|from|start|prepare))?$/;

/**
 * A dialog fading in, by an enter transition or a finite CSS animation: its opacity is where the fade
 * starts (0), and stays there in a tab that gets no animation frames, though a person looking at the tab
 * sees it whole a moment later.
 */
function entering(el: Element, style: CSSStyleDeclaration): boolean {
  if ([...el.classList].some((c) => OPENING_CLASS.test(c))) return true;
  if (style.animationName === 'none' || !style.animationName) return false;
  return (el.getAnimations?.() ?? []).some(
    (a) => a.playState !== 'finished' && a.effect?.getTiming().iterations !== Infinity,
  );
}

/**
 * What the ancestors of an element do to it, each ancestor computed once: a wrapper's opacity multiplies
 * into everything inside; a clip-path that shows nothing, or a box of no height or width that clips its
 * overflow (a collapsed accordion, a 1px honeypot box), hides everything inside.
 */
function createAncestorVerdicts(win: Window): (el: Element) => AncestorVerdict {
  const memo = new Map<Element, AncestorVerdict>();
  const verdict = (el: Element): AncestorVerdict => {
    const known = memo.get(el);
    if (known) return known;
    const parent = composedParent(el);
    const above = parent ? verdict(parent) : { opacity: 1, hides: false };
    const style = win.getComputedStyle(el);
    let hides = above.hides || CLIP_PATH_HIDDEN.test(style.clipPath ?? '') || CLIPPED.test(style.clip);
    if (!hides && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const rect = el.getBoundingClientRect();
      hides =
        (rect.width <= 1 && style.overflowX !== 'visible') ||
        (rect.height <= 1 && style.overflowY !== 'visible');
    }
    // Only the fading element's own opacity is set aside: a box at opacity 0 inside it is still unseen.
    const fading = entering(el, style);
    const own = fading ? 1 : parseFloat(style.opacity);
    const result = {
      opacity: above.opacity * (Number.isFinite(own) ? own : 1),
      hides,
      entering: !!above.entering || fading,
    };
    memo.set(el, result);
    return result;
  };
  return verdict;
}

type CheckVisibility = (o: object) => boolean;

/** A per-element judge for one collection (ancestor verdicts are shared between its calls). */
export function createVisibility(doc: Document): Visibility {
  const layout = hasLayout(doc);
  const win = doc.defaultView ?? window;
  if (layout) {
    const ancestorsOf = createAncestorVerdicts(win);
    return (el) => {
      // A rect of zero covers display:none on any ancestor; visibility is inherited into the style;
      // opacity is not, so the ancestors' product is taken.
      const style = win.getComputedStyle(el);
      if (style.visibility !== 'visible' || styleSaysHidden(style, true)) return false;
      if (rectSaysHidden(el.getBoundingClientRect(), win)) return false;
      const check = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
      const parent = composedParent(el);
      const above = parent ? ancestorsOf(parent) : { opacity: 1, hides: false };
      if (above.hides || above.opacity < FAINT) return false;
      // A native select at opacity 0 stretched over the flag and dial code it stands for (a styled
      // country picker): a person sees that display and opens the select by clicking it.
      const faint = parseFloat(style.opacity) * above.opacity < FAINT;
      if (faint && el.tagName === 'SELECT' && check?.call(el, { visibilityProperty: true }) !== false)
        return drawnByTwin(el);
      const opacityProperty = !above.entering;
      if (check && !check.call(el, { opacityProperty, visibilityProperty: true })) return false;
      if (faint) return false;
      return !(isTypedBox(el) && transparentInk(style) && !drawnByTwin(el));
    };
  }
  return (el) => {
    // Some DOMs without layout do not compute `clip`; an inline one is still readable.
    if (hiddenAttributeAbove(el) || CLIPPED.test(el.getAttribute('style') ?? '')) return false;
    const check = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
    if (check && !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true })) return false;
    const style = win.getComputedStyle(el);
    return style.visibility !== 'hidden' && !styleSaysHidden(style, false);
  };
}

/**
 * A see-through box whose value a twin beside it draws (Workday's date parts: a `…-display` element under
 * the transparent input shows MM / YYYY or the value). A person sees the twin's text where the box is.
 */
function drawnByTwin(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const area = box.width * box.height;
  if (!el.parentElement || area <= 0) return false;
  return [...el.parentElement.children].some((twin) => {
    if (twin === el || !(twin.textContent ?? '').trim()) return false;
    const r = twin.getBoundingClientRect();
    const w = Math.min(r.right, box.right) - Math.max(r.left, box.left);
    const h = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
    return w > 0 && h > 0 && w * h >= 0.5 * Math.min(area, r.width * r.height);
  });
}

const NOT_TYPED = new Set(['checkbox', 'radio', 'file', 'range', 'color', 'image']);

/** A box a person types into, whose ink is the only sign of its value. */
function isTypedBox(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && !NOT_TYPED.has((el as HTMLInputElement).type);
}
