import { parseCounterText, type CounterKind } from './parse-counter';

export interface CharLimit {
  max: number;
  source: 'maxlength' | CounterKind;
  /** The text the limit was read from (for the picker's tooltip). */
  text?: string;
}

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const MAX_LEVELS = 6;

function fieldLength(el: HTMLElement): number {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.length;
  return (el.textContent ?? '').length;
}

function isShown(el: Element): boolean {
  if (el.closest('[hidden]')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

function fromText(text: string | null | undefined, current: number): CharLimit | null {
  if (!text) return null;
  const parsed = parseCounterText(text, current);
  return parsed ? { max: parsed.max, source: parsed.kind, text: text.trim() } : null;
}

/** Text the field itself carries: its placeholder ('不超过500字') and what aria-describedby points to. */
function ownHints(el: HTMLElement, current: number): CharLimit | null {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const described = ids.map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '');
  for (const text of [...described, el.getAttribute('placeholder'), el.getAttribute('title')]) {
    const hit = fromText(text, current);
    if (hit) return hit;
  }
  return null;
}

/** Short texts in `container` outside the field: counters are leaves like <span>0 / 500</span>. */
function counterIn(container: Element, field: HTMLElement, current: number): CharLimit | null {
  // antd 4 draws its counter from a data-count attribute with ::after, so there is no text node.
  const attr = fromText(container.getAttribute('data-count'), current);
  if (attr) return attr;
  const hits: CharLimit[] = [];
  for (const el of container.querySelectorAll('*')) {
    if (el === field || field.contains(el) || el.contains(field)) continue;
    const text = el.getAttribute('data-count') ?? el.textContent ?? '';
    if (text.trim().length > 80 || !isShown(el)) continue;
    const hit = fromText(text, current);
    if (hit) hits.push(hit);
  }
  return hits[hits.length - 1] ?? null;
}

/**
 * The most characters the field accepts: its maxlength, else a counter or hint in its own form-item.
 * Climbs from the field until a container also holds another field, so a neighbour's counter never counts.
 */
export function findCharLimit(field: HTMLElement): CharLimit | null {
  if ((field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) && field.maxLength > 0) {
    return { max: field.maxLength, source: 'maxlength' };
  }
  const current = fieldLength(field);
  const own = ownHints(field, current);
  if (own) return own;
  let node: Element | null = field.parentElement;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) {
    if (node === field.ownerDocument.body || node.tagName === 'FORM') break;
    const others = [...node.querySelectorAll(EDITABLE)].filter((e) => e !== field && !field.contains(e));
    if (others.some((e) => !(e instanceof HTMLInputElement && e.type === 'hidden'))) break;
    const hit = counterIn(node, field, current);
    if (hit) return hit;
  }
  return null;
}
