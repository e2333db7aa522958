// Small DOM helpers shared by collect and describe. Everything walks the composed tree (a shadow root's
// parent is its host) because open shadow roots are collected like the light DOM.

/** Anything a user types into or picks from. Buttons only count when they open a listbox. */
export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]),' +
  'select,textarea,[contenteditable=""],[contenteditable=true],[role=combobox],button[aria-haspopup=listbox]';

const FORM_ITEM_WORD =
  /(^|[-_])(form(?:-|__)?item|formily-item|form-?field|field|question|form-group|form-row|form-cell)$/i;
/** `--modifier`, a hashed CSS-module suffix with a digit or capital (apply-field-1WaF0), `-wrapper`. */
const TOKEN_TAIL = /--[\w-]+$|-(?=[a-z]*[0-9A-Z])[A-Za-z0-9]{4,8}$|[-_](wrapper|wrap|container|box|row)$/;

/**
 * The wrapper a component library puts around one question: ant-form-item, el-form-item, form-item--phoenix,
 * apply-field-1WaF0 (Moka), application-question (Lever), field-wrapper (Greenhouse), Workday's
 * data-automation-id="formField-…". Its parts (el-form-item__content, ant-form-item-control) are not.
 */
export function isFormItem(el: Element): boolean {
  if ((el.getAttribute('data-automation-id') ?? '').startsWith('formField')) return true;
  const cls = el.getAttribute('class');
  if (!cls || !/item|field|question|form/i.test(cls)) return false;
  return cls.split(/\s+/).some((token) => FORM_ITEM_WORD.test(token.replace(TOKEN_TAIL, '')));
}

/** Marks the extension's own in-page UI; nothing inside it is ever collected. */
export const OWN_UI_ATTR = 'data-resume-autofill-ui';

/** Parent in the composed tree: a shadow root's host stands in for the root. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && 'host' in parent ? (parent as ShadowRoot).host : null;
}

/** Ancestors from the nearest outwards, crossing shadow boundaries, at most `max` of them. */
export function ancestors(el: Element, max = 64): Element[] {
  const out: Element[] = [];
  for (let p = composedParent(el); p && out.length < max; p = composedParent(p)) out.push(p);
  return out;
}

export function isControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR);
}

export function containsControl(el: Element): boolean {
  return isControl(el) || el.querySelector(CONTROL_SELECTOR) !== null;
}

/** The class attribute as a string (SVG elements have an SVGAnimatedString className). */
export function classOf(el: Element): string {
  return el.getAttribute('class') ?? '';
}

/** Finds an element by id in the same tree scope as `el` (document or shadow root). */
export function byIdNear(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

/** `outer` is `el` or holds it, counting what sits in the open shadow roots under it. */
export function containsComposed(outer: Element, el: Element): boolean {
  for (let n: Element | null = el; n; n = composedParent(n)) if (n === outer) return true;
  return false;
}

/** Every element matching `css` under `root`, in open shadow roots too (web-component forms). */
export function queryAllComposed<T extends Element = Element>(
  root: Document | Element | ShadowRoot,
  css: string,
): T[] {
  const out: T[] = [...root.querySelectorAll<T>(css)];
  for (const host of root.querySelectorAll('*'))
    if (host.shadowRoot) out.push(...queryAllComposed<T>(host.shadowRoot, css));
  return out;
}

/** Lowest common ancestor of two elements (composed tree), or null. */
export function commonAncestor(a: Element, b: Element): Element | null {
  const chain = new Set<Element>([a, ...ancestors(a)]);
  if (chain.has(b)) return b;
  for (const p of ancestors(b)) if (chain.has(p)) return p;
  return null;
}

/** An inline handler opening a calendar: My97's WdatePicker({…}) on government 报名 systems, laydate. */
const CALENDAR_HANDLER = /\b(WdatePicker|laydate|datepicker|calendar)\s*[.(]/i;

/** The box's inline click and focus handlers, as written in the page's markup. */
export function handlerOf(input: HTMLInputElement): string {
  return `${input.getAttribute('onclick') ?? ''} ${input.getAttribute('onfocus') ?? ''}`;
}

/** Whether a calendar is opened by the box's own inline handler. */
export function hasInlineCalendar(input: HTMLInputElement): boolean {
  return CALENDAR_HANDLER.test(handlerOf(input));
}
