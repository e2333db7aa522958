// A CSS selector that finds a field again (for the report and for debugging), short when the page gives
// unique ids or names.

function esc(s: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`);
}

function unique(doc: Document | ShadowRoot, selector: string): boolean {
  try {
    return doc.querySelectorAll(selector).length === 1;
  } catch {
    return false;
  }
}

function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = [...parent.children].filter((c) => c.tagName === el.tagName);
  return same.length === 1 ? tag : `${tag}:nth-of-type(${same.indexOf(el) + 1})`;
}

function uniqueId(root: Document | ShadowRoot, el: Element): boolean {
  return 'getElementsByName' in root ? root.getElementById(el.id) === el : unique(root, `#${esc(el.id)}`);
}

function uniqueName(root: Document | ShadowRoot, name: string, selector: string): boolean {
  // getElementsByName is fast; querySelectorAll only for shadow roots, which lack it.
  return 'getElementsByName' in root ? root.getElementsByName(name).length === 1 : unique(root, selector);
}

export function cssPath(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (el.id && !/^\d/.test(el.id) && uniqueId(root, el)) return `#${esc(el.id)}`;
  const name = el.getAttribute('name');
  if (name) {
    const byName = `${el.tagName.toLowerCase()}[name="${name.replace(/["\\]/g, '\\$&')}"]`;
    if (uniqueName(root, name, byName)) return byName;
  }
  const parts: string[] = [];
  for (let node: Element | null = el; node && node.tagName !== 'HTML'; node = node.parentElement) {
    if (node !== el && node.id && !/^\d/.test(node.id) && uniqueId(root, node)) {
      parts.unshift(`#${esc(node.id)}`);
      break;
    }
    parts.unshift(step(node));
  }
  return parts.join(' > ');
}
