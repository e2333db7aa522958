// The heading of the section a field sits in (教育经历, Work Experience, 紧急联系人…): walk up from the
// field and back through earlier siblings to the nearest heading. Headings are found once per document
// (or shadow root) and every ancestor remembers the last heading inside it, so scanning a container's
// children is a map lookup per child and each container is scanned once.
import { classOf, containsControl } from './dom';
import { cleanLabel, visibleText } from './text';

const TAG_HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';
/** A table row's only cell: '二、教育经历' spanning a GBK-era table form. */
const CELL_HEADINGS = 'tr>td:only-child,tr>th:only-child';
const CLASS_HEADINGS = '[class*=title],[class*=Title],[class*=header],[class*=Header],[class*=heading]';
const HEADING_CLASS = /title|header|heading/i;
/** Inside a form item a 'title' element is the field's own label (Moka's title-xxx), not a section. */
const FIELD_CONTAINER = /form-?item(?!s)|field(?!s|set)|question|formily-item|form-group/i;
const MAX_HEADING = 40;

/** 'Entry 2', '第一段', '#3': a block's title; the section heading is further out. */
function isEntryTitle(text: string): boolean {
  return !text.replace(/第|[0-9一二三四五六七八九十]+|[段条个项#.:：、()（）\s]|\b(entry|item|no)\b/gi, '');
}

function insideFieldItem(el: Element): boolean {
  let p = el.parentElement;
  for (let level = 0; p && level < 3; level++, p = p.parentElement) {
    if (p.tagName === 'LABEL' || FIELD_CONTAINER.test(classOf(p))) return true;
  }
  return false;
}

type Kind = 'tag' | 'cell' | 'class';

function headingText(el: Element, kind: Kind): string {
  if (
    kind === 'class' &&
    (el.tagName === 'LABEL' || !HEADING_CLASS.test(classOf(el)) || insideFieldItem(el))
  ) {
    return '';
  }
  const raw = visibleText(el, 60);
  if (!raw || raw.length > MAX_HEADING || (kind !== 'tag' && containsControl(el))) return '';
  const text = cleanLabel(raw);
  return text && !isEntryTitle(text) ? text : '';
}

type Scope = Document | ShadowRoot;

interface ScopeHeadings {
  /** Element → the last heading at or inside it, in document order. */
  last: Map<Element, string>;
  own: Set<Element>;
}

function indexHeadings(scope: Scope): ScopeHeadings {
  const last = new Map<Element, string>();
  const own = new Set<Element>();
  const tagged = new Set(Array.from(scope.querySelectorAll(TAG_HEADINGS)));
  const cells = new Set(Array.from(scope.querySelectorAll(CELL_HEADINGS)));
  for (const el of Array.from(scope.querySelectorAll(`${TAG_HEADINGS},${CELL_HEADINGS},${CLASS_HEADINGS}`))) {
    const text = headingText(el, tagged.has(el) ? 'tag' : cells.has(el) ? 'cell' : 'class');
    if (!text) continue;
    own.add(el);
    for (let n: Element | null = el; n; n = n.parentElement) last.set(n, text);
  }
  return { last, own };
}

export type SectionFinder = (target: Element, label: string) => string | undefined;

export function createSectionFinder(): SectionFinder {
  // Not `'host' in parent`: a form answers `form.host` with its control named "host", and the walk
  // would climb back down into the form forever.
  const SHADOW_ROOT = 11;
  const scopes = new Map<Scope, ScopeHeadings>();
  const before = new Map<ParentNode, Map<Element, string>>();

  const scan = (parent: ParentNode): Map<Element, string> => {
    let map = before.get(parent);
    if (map) return map;
    const root = (parent as Node).getRootNode() as Scope;
    let headings = scopes.get(root);
    if (!headings) scopes.set(root, (headings = indexHeadings(root)));
    map = new Map();
    // Most wrappers hold no heading at all: nothing inside can be preceded by one.
    if (parent.nodeType !== SHADOW_ROOT && !headings.last.has(parent as Element)) {
      before.set(parent, map);
      return map;
    }
    let current = '';
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (current) map.set(child, current);
      const inside = headings.last.get(child);
      // A child holding controls is a section of its own: its heading does not cover later siblings.
      if (inside && (headings.own.has(child) || !containsControl(child))) current = inside;
    }
    before.set(parent, map);
    return map;
  };

  return (target, label) => {
    let node: Element = target;
    for (;;) {
      const parent = node.parentNode;
      if (!parent || parent.nodeType === 9) return undefined;
      const heading = scan(parent).get(node);
      if (heading && heading !== label) return heading;
      node = parent.nodeType === SHADOW_ROOT ? (parent as ShadowRoot).host : (parent as Element);
    }
  };
}
