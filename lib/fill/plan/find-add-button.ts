// The "Add" control of a repeated section (添加教育经历, + 新增, Add another, aria-label 'Add Work
// Experience'): inside or right after the section's fields, never a submit / next / save control, never
// one that names or sits in a different section.
import type { Classification, FieldDescription, Section } from '~/lib/fill/types';
import { isVisible } from '~/lib/fill/drivers/visibility';
import { sectionContext } from '~/lib/fill/classify/section-context';
import { createSectionFinder } from '~/lib/fill/describe/find-section';
import { sectionOf } from './assign-blocks';

const ADD = /^[[【(（]?\s*[+＋]?\s*(添加|新增|增加|新建|继续添加|再添加|add\b|add another|add more)|^[+＋]$/i;
const NOT_ADD =
  /提交|下一步|保存|投递|申请|确认|完成|登录|注册|删除|移除|submit|next|save|continue|apply|review|finish|confirm|sign|login|delete|remove/i;
const SECTION_WORDS: [Section, RegExp][] = [
  ['projects', /项目|project/i],
  ['education', /教育|学历|学校|education|school|degree/i],
  ['experience', /工作|实习|任职|职业|employment|work|experience|job|internship/i],
];
const CLICKABLE = 'button, [role=button], a, input[type=button]';

function textOf(el: Element): string {
  const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return (
    own || el.getAttribute('aria-label') || el.getAttribute('title') || (el as HTMLInputElement).value || ''
  );
}

function mentioned(text: string): Section | undefined {
  return SECTION_WORDS.find(([, re]) => re.test(text))?.[0];
}

function isSafe(el: Element): boolean {
  if (el.closest('[data-resume-autofill-ui]')) return false;
  if (el.getAttribute('type') === 'submit' || (el instanceof HTMLInputElement && el.type === 'submit'))
    return false;
  if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return false;
  return !NOT_ADD.test(`${textOf(el)} ${el.getAttribute('aria-label') ?? ''}`) && isVisible(el);
}

/**
 * A design system's button element (`<x-button aria-label="Add experience entry">Add</x-button>`) draws
 * its <button> in its own shadow root: the host is the control the page listens on.
 */
function isButtonHost(el: Element): boolean {
  return el.localName.includes('-') && !!el.shadowRoot?.querySelector(CLICKABLE);
}

function addControls(doc: Document): Element[] {
  const hits = new Set<Element>();
  for (const el of doc.body.querySelectorAll(`${CLICKABLE}, span, div, i, em, label, [aria-label]`)) {
    const host = isButtonHost(el);
    if (!host && !el.matches(`${CLICKABLE}, span, div, i, em, label`)) continue;
    // Plain containers qualify only when small: a section wrapper also "says" 添加 somewhere inside.
    if (!host && !el.matches(CLICKABLE) && el.childElementCount > 2) continue;
    const text = textOf(el);
    const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`.trim();
    if (!(text.length <= 30 && ADD.test(text)) && !(label && ADD.test(label))) continue;
    hits.add(el.closest(CLICKABLE) ?? el);
  }
  // Keep the innermost: a wrapper div around the real button says the same words.
  const list = [...hits];
  return list.filter((el) => !list.some((o) => o !== el && el.contains(o))).filter(isSafe);
}

const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

export interface AddButtonContext {
  fields: FieldDescription[];
  classes: Map<number, Classification>;
  bar: number;
}

/** Where the section's fields end and the neighbours' begin, in document order. */
function sectionBounds(section: Section, ctx: AddButtonContext) {
  const secOf = (f: FieldDescription) => {
    const c = ctx.classes.get(f.id);
    return c && c.confidence >= ctx.bar ? sectionOf(c.key) : undefined;
  };
  const own = ctx.fields.filter((f) => secOf(f) === section);
  if (own.length === 0) return null;
  const headings = new Set(own.map((f) => f.sectionHeading));
  const foreign = (f: FieldDescription) => {
    const s = secOf(f);
    return s ? s !== section : !headings.has(f.sectionHeading);
  };
  const first = own[0].el;
  const last = own[own.length - 1].el;
  const prev = ctx.fields.filter((f) => foreign(f) && before(f.el, first)).at(-1)?.el;
  const next = ctx.fields.find((f) => foreign(f) && before(last, f.el))?.el;
  return { first, last, prev, next };
}

function otherSectionBlocks(section: Section, ctx: AddButtonContext): Element[] {
  return ctx.fields
    .filter((f) => {
      const c = ctx.classes.get(f.id);
      const s = c && c.confidence >= ctx.bar ? sectionOf(c.key) : undefined;
      return s && s !== section && f.block;
    })
    .map((f) => f.block!);
}

/**
 * The section a control's own title row names ('Education  [+ Add]': the button inside the title): the
 * heading finder reads the headings before a control, not the one around it.
 */
function titleRowSays(el: Element): Section | undefined {
  const own = textOf(el);
  let row = el.parentElement;
  for (let up = 0; row && up < 2; row = row.parentElement, up++) {
    if (row.querySelector('input:not([type=hidden]),select,textarea')) return undefined;
    const text = (row.textContent ?? '').replace(own, '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    return text.length <= 40 ? mentioned(text) : undefined;
  }
  return undefined;
}

/** The section's Add control, or null when none is clearly this section's. */
export function findAddButton(doc: Document, section: Section, ctx: AddButtonContext): HTMLElement | null {
  const bounds = sectionBounds(section, ctx);
  const otherBlocks = otherSectionBlocks(section, ctx);
  const headingOf = createSectionFinder();
  let best: { el: Element; score: number } | null = null;
  for (const el of addControls(doc)) {
    const says = mentioned(textOf(el) + ' ' + (el.getAttribute('aria-label') ?? ''));
    if (says && says !== section) continue;
    if (otherBlocks.some((b) => b.contains(el))) continue;
    // The heading the control sits under (a card header's 添加, 'Add another' beside 'Education').
    const under = titleRowSays(el) ?? sectionContext(headingOf(el, ''));
    if (!says && under && under !== section && under !== 'personal' && under !== 'posting') continue;
    let score = says === section ? 4 : 0;
    if (under === section) score += 4;
    if (bounds) {
      const inRange = (!bounds.prev || before(bounds.prev, el)) && (!bounds.next || before(el, bounds.next));
      if (inRange) score += 2;
      if (inRange && !before(el, bounds.last)) score += 1;
    }
    if (score < 2) continue;
    if (!best || score > best.score) best = { el, score };
  }
  return (best?.el as HTMLElement | undefined) ?? null;
}
