// `el.labels` makes Chromium search the whole tree scope on every call; a 400-field form asks 400 times.
// One pass over label[for] per document or shadow root answers all of them.

const LABELABLE = 'input:not([type=hidden]),select,textarea,button,meter,output,progress';

export type LabelIndex = (el: Element) => Element[];

export function createLabelIndex(): LabelIndex {
  const byScope = new Map<Node, Map<string, Element[]>>();
  const forScope = (el: Element): Map<string, Element[]> => {
    const root = el.getRootNode() as Document | ShadowRoot;
    let map = byScope.get(root);
    if (map) return map;
    map = new Map();
    for (const label of Array.from(root.querySelectorAll?.('label[for]') ?? [])) {
      const id = label.getAttribute('for')!;
      const list = map.get(id);
      if (list) list.push(label);
      else map.set(id, [label]);
    }
    byScope.set(root, map);
    return map;
  };
  // label[for] names the first element with that id, as the browser resolves it: a template that
  // stamps one id on every box ('input-desktop') labels only the first.
  const ownsId = (el: Element): boolean => {
    const root = el.getRootNode() as Document | ShadowRoot;
    return typeof root.getElementById !== 'function' || root.getElementById(el.id) === el;
  };
  return (el) => {
    const out = el.id && ownsId(el) ? [...(forScope(el).get(el.id) ?? [])] : [];
    const wrapping = el.parentElement?.closest('label');
    if (wrapping && !wrapping.hasAttribute('for') && wrapping.querySelector(LABELABLE) === el)
      out.push(wrapping);
    return out;
  };
}
