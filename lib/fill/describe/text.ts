// Text helpers for labels: what a person reads next to a field, cleaned the same way everywhere.

/** Longer "labels" are nearly always a whole container's text, not a label. */
export const MAX_LABEL_LENGTH = 80;

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'svg',
]);

/**
 * Text a sighted user reads inside `el`: no script/style, no option lists of a nested select, nothing
 * hidden or aria-hidden (Greenhouse hides its decorative '*' that way), nothing `skip` rejects. Stops
 * early past `limit` chars, since callers reject long texts anyway.
 */
export function visibleText(el: Element, limit = 200, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    if (length > limit) return;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      length += t.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (SKIP_TAGS.has(child.tagName) || child.hasAttribute('hidden')) return;
    if (child.getAttribute('aria-hidden') === 'true' || child.tagName === 'INPUT' || isAnnouncement(child))
      return;
    if (skip?.(child)) return;
    visitRendered(child, visit);
    parts.push(' ');
  };
  visitRendered(el, visit);
  return collapse(parts.join(''));
}

/**
 * The children a user sees: an open shadow root's content instead of the light DOM (a design system's
 * <spl-form-label> keeps its text there), a slot's assigned nodes instead of its fallback.
 */
function visitRendered(el: Element, visit: (node: Node) => void): void {
  const slotted =
    el.tagName === 'SLOT' ? (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) : undefined;
  if (slotted?.length) {
    slotted.forEach(visit);
    return;
  }
  const from: ParentNode = el.shadowRoot ?? el;
  for (let c = from.firstChild; c; c = c.nextSibling) visit(c);
}

/** Screen-reader announcements (react-select's live region: 'option X, selected.') are never labels. */
export function isAnnouncement(el: Element): boolean {
  const role = el.getAttribute('role');
  return el.hasAttribute('aria-live') || role === 'log' || role === 'status' || role === 'alert';
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u3000]+/g, ' ').trim();
}

const REQUIRED_NOTE = /[(（]\s*(required|必填|必选|必填项)\s*[)）]|\s(required)$|必填项?$/i;
const EDGE_MARKS = /^[\s*＊✱:：\-–—·•|]+|[\s*＊✱:：\-–—·•|]+$/g;
const ONLY_MARKS = /^[\s*＊✱:：\-–—()（）[\]【】.·•|/\\]*$/;

/** Strips required markers and trailing colons; '' when nothing meaningful is left or it is too long. */
export function cleanLabel(raw: string): string {
  let text = leadingQuestion(collapse(raw));
  for (let i = 0; i < 3; i++) text = text.replace(REQUIRED_NOTE, '').replace(EDGE_MARKS, '').trim();
  if (ONLY_MARKS.test(text) || text.length > MAX_LABEL_LENGTH) return '';
  return BARE_PLACEHOLDER.test(text) ? '' : text;
}

/**
 * A long label that opens with a question ('Which university did you attend most recently? If yours is
 * not listed, choose Other') is that question; the help after it is no part of what is asked.
 */
function leadingQuestion(text: string): string {
  if (text.length <= MAX_LABEL_LENGTH) return text;
  const end = text.search(/[?？]/);
  return end >= 3 && end < MAX_LABEL_LENGTH ? text.slice(0, end + 1) : text;
}

export function hasRequiredMarker(raw: string): boolean {
  return /[*＊✱]|必填|\(required\)/i.test(raw);
}

const BARE_PLACEHOLDER =
  /^(请选择|请输入|请填写|select(\s+(one|an?\s+option))?(\.{3}|…)?|choose(\s+(one|an?\s+option))?(\.{3}|…)?|please\s+(select|choose)(\s+one)?(\.{3}|…)?|--+.*--+|-+|—+|none selected|未选择)$/i;
const PROMPT = /^(请(选择|输入|填写)|please\s+(select|choose|enter)|select\s+(a|an|your)\b)/i;

/** 'Select...', '请选择学历', '-- choose --': what an empty widget shows; never a value. */
export function isPlaceholderText(text: string): boolean {
  const t = collapse(text);
  return BARE_PLACEHOLDER.test(t) || (PROMPT.test(t) && t.length <= 24);
}

// One definition of Chinese text for the whole extension: the language kernel's.
export { hasCjk } from '../../i18n/lang';

/** 'job_application[firstName]' → 'job application first name'. */
export function splitWords(attr: string): string {
  return collapse(
    attr
      .replace(/([a-z\d])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/[_\-[\].:#/]+/g, ' ')
      .toLowerCase(),
  );
}

/** Lower case, full-width ASCII folded to half-width, spaces collapsed: the form rules match against. */
export function foldForMatch(text: string): string {
  return (
    collapse(
      text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase(),
    )
      // Table forms pad labels to one width with ideographic spaces: '姓  名' is 姓名.
      .replace(/([\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '$1')
  );
}

/**
 * Labels that only name a part of a question: the 'Month' box of a date, the '至' between two dates, the
 * 'First' / 'Last' sub-label under a form builder's Name question (Gravity Forms, Jotform, Wufoo).
 */
export function isFragmentLabel(label: string): boolean {
  const text = collapse(label);
  return (
    /^(年|月|日|年份|月份|日期|year|month|day|yyyy|yy|mm|dd|至|到|to|from|until|-|~|—|–)$/i.test(text) ||
    !!namePartWord(text)
  );
}

/** 'First', 'Last', 'Middle'…: the part of a name a sub-label names, read with the question above it. */
export function namePartWord(label: string): string | undefined {
  return /^(first|last|middle|given|family)$/i.exec(collapse(label))?.[1]?.toLowerCase();
}
