// Every element that may be a control under a root, in document order, open shadow roots included at their
// host's position. Our own UI is pruned whole. Same-origin iframes are not entered: the background injects
// the content script into every frame, and each frame fills itself.
// Native querySelectorAll beats a TreeWalker with a JS filter by an order of magnitude; only pages that
// actually have shadow hosts pay for visiting every element.
import { OWN_UI_ATTR } from '~/lib/fill/describe/dom';

// Radio-group components that draw their own radios carry no role: their class names them; so does a
// select2 3 box over a hidden input.
const MAYBE_CONTROL =
  'input,select,textarea,button,[role],[contenteditable],[class*=radio-group],[class*=radioGroup],[class*=RadioGroup],div.select2-container';

/** `extra`: a selector for more elements to visit (a site adapter's own controls). */
export function walkElements(
  root: Document | ShadowRoot,
  visit: (el: Element) => void,
  extra?: string,
): void {
  const ours = Array.from(root.querySelectorAll(`[${OWN_UI_ATTR}]`));
  const mine = (el: Element) => ours.length > 0 && ours.some((ui) => ui.contains(el));
  const all = root.querySelectorAll('*');
  let hosts = false;
  for (let i = 0; i < all.length && !hosts; i++) hosts = !!all[i]!.shadowRoot;
  const list = hosts ? all : root.querySelectorAll(extra ? `${MAYBE_CONTROL},${extra}` : MAYBE_CONTROL);
  for (let i = 0; i < list.length; i++) {
    const el = list[i]!;
    if (mine(el)) continue;
    visit(el);
    if (el.shadowRoot) walkElements(el.shadowRoot, visit, extra);
  }
}
