// Outlines on the page after a fill: a data attribute on each field plus one stylesheet per document (or
// shadow root) holding only selectors and colours, never résumé text.
import type { FieldStatus } from '~/lib/fill/types';

export const MARK_ATTR = 'data-resume-autofill';
const STYLE_ATTR = 'data-resume-autofill-style';

export type MarkStatus = Extract<FieldStatus, 'filled' | 'uncertain' | 'required-empty'>;

const CSS = `
[${MARK_ATTR}="filled"] { outline: 2px solid #16a34a !important; outline-offset: 1px !important; }
[${MARK_ATTR}="uncertain"] { outline: 2px solid #f59e0b !important; outline-offset: 1px !important; }
[${MARK_ATTR}="required-empty"] { outline: 2px dashed #dc2626 !important; outline-offset: 1px !important; }
`;

const styled = new Set<Document | ShadowRoot>();

const isDocument = (n: Node): n is Document => n.nodeType === Node.DOCUMENT_NODE;

function ensureStyle(root: Document | ShadowRoot): void {
  if (styled.has(root) && root.querySelector(`style[${STYLE_ATTR}]`)) return;
  const doc = isDocument(root) ? root : root.ownerDocument;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = CSS;
  (isDocument(root) ? (root.head ?? root.documentElement) : root).appendChild(style);
  styled.add(root);
}

export function markField(el: Element, status: MarkStatus): void {
  const root = el.getRootNode();
  // Inside an open shadow root the page's stylesheet cannot reach the field: style that root.
  ensureStyle(root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot) : el.ownerDocument);
  el.setAttribute(MARK_ATTR, status);
}

/** Removes every outline and the stylesheets that drew them. */
export function clearMarks(doc: Document = document): void {
  for (const root of [doc, ...styled]) {
    root.querySelectorAll(`[${MARK_ATTR}]`).forEach((el) => el.removeAttribute(MARK_ATTR));
    root.querySelectorAll(`style[${STYLE_ATTR}]`).forEach((el) => el.remove());
  }
  styled.clear();
}
