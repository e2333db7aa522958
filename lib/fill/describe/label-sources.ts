// The individual places a label can come from (field-heuristics.md, Chromium's order); container-label.ts
// and table-label.ts hold steps 5 and 6. find-label.ts chains them; each returns raw text or ''.
import { byIdNear, classOf, containsControl } from './dom';
import { countControls } from './control-count';
import type { LabelIndex } from './label-index';
import { collapse, isAnnouncement, visibleText } from './text';

const INLINE = new Set([
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'FONT',
  'A',
  'SMALL',
  'ABBR',
  'SUP',
  'SUB',
  'U',
  'LABEL',
]);
/** Climbing past these would take another question's text. */
const CLIMB_STOP = new Set([
  'FORM',
  'FIELDSET',
  'BODY',
  'TD',
  'TH',
  'DD',
  'LI',
  'TABLE',
  'TBODY',
  'TR',
  'UL',
  'OL',
]);
const MARKS_ONLY = /^[\s*＊✱:：]+$/;
/**
 * What an input group puts beside the box: antd .ant-input-group-addon / .ant-input-prefix, Element Plus
 * .el-input-group__prepend, bootstrap .input-group-text, MUI's InputAdornment. A '+86' or '@' there
 * describes the value, never the question; the form item's label is the label.
 */
const ADORNMENT_CLASS = /addon|add-on|prefix|suffix|prepend|append|adornment|input-group-text/i;
const ADORNMENT_TEXT = /^(\+\s?\d{1,4}|\(\+\d{1,4}\)|[$€£¥￥₹₩@#%]|https?:\/\/|www\.)$/i;

/** An input group's prefix or suffix ('+86', '@', 'https://'), not a label. */
export function isAdornment(el: Element, text: string): boolean {
  return ADORNMENT_TEXT.test(text) || ADORNMENT_CLASS.test(classOf(el));
}
/**
 * 1: `el.labels`, or `label[for=id]` for a non-labelable group (antd points it at the radiogroup div).
 * With an index (one per collection) the lookup is a map hit instead of a tree search.
 */
export function explicitLabel(el: Element, index?: LabelIndex): string {
  const labels = index ? index(el) : labelsOf(el);
  for (const l of labels) {
    const t = visibleText(l);
    if (t) return t;
  }
  return '';
}

function labelsOf(el: Element): Element[] {
  const own = (el as HTMLInputElement).labels;
  if (own) return Array.from(own);
  if (!el.id) return [];
  const root = el.getRootNode() as Document | ShadowRoot;
  const label = root.querySelector?.(`label[for="${CSS.escape(el.id)}"]`);
  return label ? [label] : [];
}

/** 2: for checkbox/radio, the text right after the control or after its small styling wrapper. */
export function textAfter(el: Element): string {
  let node: Element | null = el;
  for (let level = 0; node && level < 2; level++) {
    const pieces: string[] = [];
    for (let s = node.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3) pieces.push(s.nodeValue ?? '');
      else if (s.nodeType === 1) {
        if (containsControl(s as Element)) break;
        pieces.push(visibleText(s as Element));
      }
    }
    const text = collapse(pieces.join(' '));
    if (text) return text;
    node = node.parentElement;
    if (!node || node.tagName === 'LABEL' || countControls(node) > 1) return '';
  }
  return '';
}

/** Text of the siblings before `node`: inline pieces merged, a block element taken whole. */
export function previousText(node: Element): string {
  const pieces: string[] = [];
  for (let s = node.previousSibling; s; s = s.previousSibling) {
    if (s.nodeType === 3) {
      const t = collapse(s.nodeValue ?? '');
      if (t && !MARKS_ONLY.test(t) && !ADORNMENT_TEXT.test(t)) pieces.unshift(t);
      continue;
    }
    if (s.nodeType !== 1) continue;
    const e = s as Element;
    if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || e.hasAttribute('hidden') || isAnnouncement(e))
      continue;
    if (containsControl(e)) break;
    if (e.tagName === 'BR' || e.tagName === 'HR') {
      if (pieces.length) break;
      continue;
    }
    const t = visibleText(e);
    // A lone '*' between the label and the box is a required marker, not the label; a '+86' addon is
    // the value's prefix.
    if (!t || MARKS_ONLY.test(t) || isAdornment(e, t)) continue;
    if (INLINE.has(e.tagName)) {
      pieces.unshift(t);
      continue;
    }
    if (!pieces.length) pieces.unshift(t);
    break;
  }
  return pieces.join(' ');
}

/**
 * 3: previous siblings' text, climbing a few wrappers that hold nothing but this control. Five levels
 * reach a question line written above a label-less form item around a component-library input
 * (input → el-input__wrapper → el-input → el-form-item__content → el-form-item, then its sibling).
 */
export function precedingText(target: Element): string {
  const own = countControls(target);
  let node: Element = target;
  for (let level = 0; level < 5; level++) {
    const text = previousText(node);
    if (text) return text;
    const parent = node.parentElement;
    if (!parent || CLIMB_STOP.has(parent.tagName) || countControls(parent) > own) return '';
    node = parent;
  }
  return '';
}

/**
 * 5: a floating label (Material, bootstrap form-floating): a <label> after the box inside a wrapper that
 * holds this box alone (so it is never the next question's label), naming no other control.
 */
export function floatingLabel(target: Element): string {
  const own = countControls(target);
  let node: Element = target;
  for (let level = 0; level < 3; level++) {
    const parent = node.parentElement;
    if (!parent || CLIMB_STOP.has(parent.tagName) || countControls(parent) > own) return '';
    for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
      if (containsControl(s)) break;
      const isLabel = s.tagName === 'LABEL' || /(^|[-_\s])(floating-)?label($|[-_\s])/i.test(classOf(s));
      if (!isLabel) continue;
      const forId = s.getAttribute('for');
      if (forId && forId !== (target as HTMLElement).id) break;
      const t = visibleText(s);
      if (t) return t;
    }
    node = parent;
  }
  return '';
}

/** The visible text of the elements an id-list attribute names (aria-labelledby, aria-describedby). */
export function referencedText(
  el: Element,
  attr: 'aria-labelledby' | 'aria-describedby',
  limit?: number,
): string {
  const ids = el.getAttribute(attr);
  if (!ids) return '';
  return collapse(
    ids
      .split(/\s+/)
      .map((id) => byIdNear(el, id))
      .filter((n): n is Element => !!n && n !== el)
      .map((n) => visibleText(n, limit))
      .join(' '),
  );
}

/**
 * What a component library puts in aria-label when the page gave none (Element Plus' el-radio-group and
 * el-checkbox-group say 'radio-group' / 'checkbox-group'): the widget's kind, no label.
 */
const KIND_ONLY = /^(radio|checkbox)[-\s]?group$/i;

/** An element's own aria-label, unless it names only the widget's kind. */
export function ownAriaLabel(el: Element): string {
  const label = collapse(el.getAttribute('aria-label') ?? '');
  return KIND_ONLY.test(label) ? '' : label;
}

/** 4: aria-labelledby (joined), then aria-label. */
export function ariaLabel(el: Element): string {
  return referencedText(el, 'aria-labelledby') || ownAriaLabel(el);
}
