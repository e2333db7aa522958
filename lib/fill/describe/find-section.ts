// The heading of the section a field sits in (教育经历, Work Experience, 紧急联系人…): walk up from the
// field and back through earlier siblings to the nearest heading. Headings are found once per document
// (or shadow root) and every ancestor remembers the last heading inside it, so scanning a container's
// children is a map lookup per child and each container is scanned once.
//
// The nearest heading governs, with one exception: an untitled or entry-level heading ('联系人一',
// 'Contact 2', '基本情况') inside a section about another person (紧急联系人, References) does not hide that
// section — the fields are still the other person's.
import { OTHER_PEOPLE, sectionContext } from '~/lib/fill/classify/section-context';
import { byIdNear, classOf, containsControl } from './dom';
import { cleanLabel, visibleText } from './text';

const TAG_HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,caption,[role=heading]';
/** A table row's only cell: '二、教育经历' spanning a GBK-era table form. */
const CELL_HEADINGS = 'tr>td:only-child,tr>th:only-child';
/** A first cell spanning several rows: '家庭主要成员' beside the rows of a 报名表's family grid. */
const SPAN_HEADINGS = 'tr>td[rowspan]:first-child,tr>th[rowspan]:first-child';
const CLASS_HEADINGS = '[class*=title],[class*=Title],[class*=header],[class*=Header],[class*=heading]';
/** Bold text standing alone before the fields: <b>紧急联系人</b>, <div style="font-weight:600">. */
const BOLD_HEADINGS = 'b,strong,[style*=font-weight]';
/** The label of a question that holds several controls: antd's Form.Item around a Form.List. */
const GROUP_LABELS = 'label,[class*=form-item-label],[class*=form-item__label],[class*=field-label]';
const HEADING_CLASS = /title|header|heading/i;
const INLINE = new Set(['B', 'STRONG', 'SPAN', 'FONT', 'EM', 'I']);
const BOLD_STYLE = /font-weight\s*:\s*(bold|bolder|[6-9]00)/i;
/** Inside a form item a 'title' element is the field's own label (Moka's title-xxx), not a section. */
const FIELD_CONTAINER = /form-?item(?!s)|field(?!s|set)|question|formily-item|form-group/i;
const MAX_HEADING = 40;
/** Containers whose accessible name is a section heading. */
const NAMED_GROUP = /^(group|region)$/;

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

/**
 * tag: h1–h6, legend, caption, role=heading. cell: a spanning table cell. class: a title / header element.
 * bold and group: weaker signs, which count only when the text names a section.
 */
type Kind = 'tag' | 'cell' | 'span' | 'class' | 'bold' | 'group';

function isBold(el: Element): boolean {
  if (el.tagName !== 'B' && el.tagName !== 'STRONG' && !BOLD_STYLE.test(el.getAttribute('style') ?? ''))
    return false;
  if (el.closest('label') || insideFieldItem(el)) return false;
  // Bold words inside a sentence are emphasis: inline bold text must be its whole line.
  if (!INLINE.has(el.tagName)) return true;
  const parent = el.parentElement;
  return !parent || parent.tagName === 'BODY' || visibleText(parent, 60) === visibleText(el, 60);
}

/** A label whose question holds two or more controls (the label's next sibling, or its form item). */
function labelsGroup(el: Element): boolean {
  const next = el.nextElementSibling;
  const item = next ?? el.parentElement;
  return !!item && item.querySelectorAll('input:not([type=hidden]),select,textarea').length >= 2;
}

function rowSpan(el: Element): number {
  return Number(el.getAttribute('rowspan')) || 1;
}

/**
 * A table's column headers ('称谓 | 姓名 | 工作单位及职务', Element Plus's `el-table__header-wrapper`,
 * antd's `ant-table-thead`) name its columns, not the section the table is in.
 */
function isColumnHeads(el: Element): boolean {
  return !!el.closest('thead,th,[role=columnheader]') || !!el.querySelector('th,[role=columnheader]');
}

function headingText(el: Element, kind: Kind): string {
  if (
    kind === 'class' &&
    (el.tagName === 'LABEL' || !HEADING_CLASS.test(classOf(el)) || insideFieldItem(el) || isColumnHeads(el))
  ) {
    return '';
  }
  if (kind === 'bold' && !isBold(el)) return '';
  if (kind === 'group' && !labelsGroup(el)) return '';
  if (kind === 'span' && (rowSpan(el) < 2 || !el.nextElementSibling)) return '';
  const raw = visibleText(el, 60);
  if (!raw || raw.length > MAX_HEADING || (kind !== 'tag' && containsControl(el))) return '';
  const text = cleanLabel(raw);
  if (!text || isEntryTitle(text)) return '';
  if ((kind === 'bold' || kind === 'group') && !sectionContext(text)) return '';
  if (kind === 'tag' && legendOfQuestion(el) && !sectionContext(text)) return '';
  return text;
}

/**
 * The legend of a fieldset around one question's few controls ('Start date' over a month and a year
 * select, 'Name' over First and Last) labels that question; the section is the heading further out.
 */
function legendOfQuestion(el: Element): boolean {
  if (el.tagName !== 'LEGEND' || el.parentElement?.tagName !== 'FIELDSET') return false;
  const controls = el.parentElement.querySelectorAll('input:not([type=hidden]),select,textarea').length;
  return controls >= 1 && controls <= 4;
}

type Scope = Document | ShadowRoot;

interface ScopeHeadings {
  /** Element → the last heading at or inside it, in document order. */
  last: Map<Element, string>;
  own: Set<Element>;
  /** Table row → the heading of a first cell spanning it and the rows below (and how many). */
  spans: Map<Element, { text: string; rows: number }>;
  /** Ancestors of spanning cells: scanned like holders of a heading, though the text covers no later sibling. */
  spanHolders: Set<Element>;
}

function kindOf(el: Element, sets: Record<Exclude<Kind, 'class'>, Set<Element>>): Kind {
  for (const kind of ['tag', 'cell', 'span', 'bold', 'group'] as const) if (sets[kind].has(el)) return kind;
  return 'class';
}

function indexHeadings(scope: Scope): ScopeHeadings {
  const last = new Map<Element, string>();
  const own = new Set<Element>();
  const spans = new Map<Element, { text: string; rows: number }>();
  const spanHolders = new Set<Element>();
  const spanCells = new Set<Element>();
  const all = (selector: string) => new Set(Array.from(scope.querySelectorAll(selector)));
  const sets = {
    tag: all(TAG_HEADINGS),
    cell: all(CELL_HEADINGS),
    span: all(SPAN_HEADINGS),
    bold: all(BOLD_HEADINGS),
    group: all(GROUP_LABELS),
  };
  const selector = [TAG_HEADINGS, CELL_HEADINGS, SPAN_HEADINGS, CLASS_HEADINGS, BOLD_HEADINGS, GROUP_LABELS];
  for (const el of Array.from(scope.querySelectorAll(selector.join(',')))) {
    const kind = kindOf(el, sets);
    // Bold or title text inside a spanning cell is that cell's heading, bounded like it.
    if (kind !== 'span' && spanCells.size && spanCells.has(el.closest('td,th')!)) continue;
    const text = headingText(el, kind);
    if (!text) continue;
    if (kind === 'span') {
      spanCells.add(el);
      // It heads the rows it spans, not every row after them: recorded on its row only.
      spans.set(el.parentElement!, { text, rows: rowSpan(el) });
      own.add(el);
      last.set(el, text);
      for (let n = el.parentElement; n; n = n.parentElement) spanHolders.add(n);
      continue;
    }
    own.add(el);
    for (let n: Element | null = el; n; n = n.parentElement) last.set(n, text);
  }
  return { last, own, spans, spanHolders };
}

/** The accessible name of a role=group / region (or fieldset, section) that names itself. */
function groupName(el: Element): string {
  const role = el.getAttribute('role') ?? '';
  if (!NAMED_GROUP.test(role) && el.tagName !== 'FIELDSET' && el.tagName !== 'SECTION') return '';
  const ids = el.getAttribute('aria-labelledby');
  const raw = ids
    ? ids
        .split(/\s+/)
        .map((id) => {
          const ref = id && byIdNear(el, id);
          return ref ? visibleText(ref, 60) : '';
        })
        .join(' ')
    : (el.getAttribute('aria-label') ?? '');
  if (!raw || raw.length > MAX_HEADING) return '';
  const text = cleanLabel(raw);
  return text && !isEntryTitle(text) ? text : '';
}

/** `label` and `groupLabel` are the field's own question: a heading with that text is not its section. */
export type SectionFinder = (target: Element, label: string, groupLabel?: string) => string | undefined;

function isOtherPeople(heading: string): boolean {
  const ctx = sectionContext(heading);
  return !!ctx && OTHER_PEOPLE.has(ctx);
}

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
    if (
      parent.nodeType !== SHADOW_ROOT &&
      !headings.last.has(parent as Element) &&
      !headings.spanHolders.has(parent as Element)
    ) {
      before.set(parent, map);
      return map;
    }
    let current = '';
    let span = { text: '', rows: 0 };
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const spanned = headings.spans.get(child);
      if (spanned) span = { ...spanned };
      const heading = span.rows > 0 ? span.text : current;
      if (heading && !spanned) map.set(child, heading);
      else if (spanned && current) map.set(child, current);
      if (span.rows > 0) span.rows--;
      if (spanned) continue;
      const inside = headings.last.get(child);
      // A child holding controls is a section of its own: its heading does not cover later siblings.
      if (inside && (headings.own.has(child) || !containsControl(child))) current = inside;
    }
    before.set(parent, map);
    return map;
  };

  return (target, label, groupLabel) => {
    let nearest: string | undefined;
    let node: Element = target;
    const consider = (heading: string | undefined): string | undefined => {
      if (!heading || heading === label || heading === groupLabel) return undefined;
      if (nearest === undefined) {
        nearest = heading;
        // A heading that says what it is governs; an unknown one may sit inside another person's section.
        return sectionContext(heading) ? heading : undefined;
      }
      return isOtherPeople(heading) ? heading : undefined;
    };
    for (;;) {
      const parent = node.parentNode;
      if (!parent || parent.nodeType === 9) return nearest;
      const found = consider(scan(parent).get(node));
      if (found) return found;
      node = parent.nodeType === SHADOW_ROOT ? (parent as ShadowRoot).host : (parent as Element);
      const named = consider(groupName(node));
      if (named) return named;
    }
  };
}
