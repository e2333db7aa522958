// Every element under a root in document order, open shadow roots included at their host's position.
// Our own UI is pruned whole. Same-origin iframes are not entered: the background injects the content
// script into every frame, and each frame fills itself.
// One native querySelectorAll('*') beats a TreeWalker with a JS filter by an order of magnitude.
import { OWN_UI_ATTR } from '~/lib/fill/describe/dom';

export function walkElements(root: Document | ShadowRoot, visit: (el: Element) => void): void {
  const ours = Array.from(root.querySelectorAll(`[${OWN_UI_ATTR}]`));
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (ours.length && ours.some((ui) => ui.contains(el))) continue;
    visit(el);
    if (el.shadowRoot) walkElements(el.shadowRoot, visit);
  }
}
