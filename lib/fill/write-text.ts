// The one framework-safe way to put text into a box, shared by the fill's text driver and the highlight
// picker. React, Vue and Angular each watch a different event, and React ignores a value set through the
// element's own (tracked) property, so the value goes in through the prototype setter with the whole key
// and input event sequence; then it is read back, and if the page reverted it, typed with execCommand.
import type { WriteResult } from '~/lib/fill/types';
import { nextTask } from '~/lib/fill/drivers/wait-for';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface WriteTextOptions {
  /** Replace the selection / insert at the caret, keeping the rest of the text (highlight picker). */
  insertAtCursor?: boolean;
}

function isTextControl(el: Element): el is TextControl {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
}

export function setNativeValue(el: TextControl | HTMLSelectElement, value: string): void {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function key(el: Element, type: 'keydown' | 'keyup'): void {
  el.dispatchEvent(
    new KeyboardEvent(type, { key: 'Unidentified', bubbles: true, cancelable: true, composed: true }),
  );
}

function inputEvent(el: Element, data: string): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
}

function focus(el: HTMLElement): void {
  el.scrollIntoView?.({ block: 'nearest' });
  el.focus({ preventScroll: true });
  // A window without focus gives no focus events; validators listening for them still need them.
  if (el.ownerDocument.activeElement !== el) {
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  }
}

function blur(el: HTMLElement): void {
  if (el.ownerDocument.activeElement === el) el.blur();
  else {
    el.dispatchEvent(new FocusEvent('blur'));
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
}

function execInsert(el: HTMLElement, value: string): boolean {
  const doc = el.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return value === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, value);
  } catch {
    return false;
  }
}

function overMax(el: TextControl, next: string): string | undefined {
  const max = el.maxLength;
  return max > 0 && next.length > max
    ? `too long for this box (${next.length} > ${max} characters)`
    : undefined;
}

async function writeControl(el: TextControl, value: string, opts: WriteTextOptions): Promise<WriteResult> {
  const before = el.value;
  let start = before.length;
  let end = before.length;
  if (opts.insertAtCursor) {
    try {
      start = el.selectionStart ?? before.length;
      end = el.selectionEnd ?? start;
    } catch {
      // Inputs like type=email have no selection API: append.
    }
  }
  const next = opts.insertAtCursor ? before.slice(0, start) + value + before.slice(end) : value;
  const tooLong = overMax(el, next);
  if (tooLong) return { ok: false, shown: before, reason: tooLong };

  focus(el);
  key(el, 'keydown');
  setNativeValue(el, next);
  inputEvent(el, value);
  key(el, 'keyup');
  const caret = start + value.length;
  if (opts.insertAtCursor) trySelect(el, caret, caret);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  if (!opts.insertAtCursor) blur(el);
  await nextTask();
  if (el.value === next) return { ok: true, shown: el.value };

  // The page put its old value back: type it as a user would, through the browser's editing commands.
  focus(el);
  if (opts.insertAtCursor) trySelect(el, start, end);
  else el.select();
  execInsert(el, value);
  if (!opts.insertAtCursor) blur(el);
  await nextTask();
  return el.value === next
    ? { ok: true, shown: el.value }
    : { ok: false, shown: el.value, reason: 'the page did not keep the value' };
}

function trySelect(el: TextControl, start: number, end: number): void {
  try {
    el.setSelectionRange(start, end);
  } catch {
    // Not a text-selectable input type.
  }
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function writeEditable(el: HTMLElement, value: string, opts: WriteTextOptions): Promise<WriteResult> {
  const doc = el.ownerDocument;
  const before = el.innerText ?? el.textContent ?? '';
  focus(el);
  const sel = doc.getSelection();
  const keepCaret =
    opts.insertAtCursor &&
    sel &&
    sel.rangeCount > 0 &&
    el.contains(sel.getRangeAt(0).commonAncestorContainer);
  if (sel && !keepCaret) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    if (opts.insertAtCursor) range.collapse(false);
    sel.removeAllRanges();
    sel.addRange(range);
  }
  if (!execInsert(el, value)) {
    // No editing commands (or refused): edit the DOM directly and announce it.
    const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
    if (opts.insertAtCursor && range) {
      range.deleteContents();
      range.insertNode(doc.createTextNode(value));
    } else el.textContent = value;
    inputEvent(el, value);
  }
  await nextTask();
  const shown = el.innerText || el.textContent || '';
  const okText = opts.insertAtCursor ? flat(shown).includes(flat(value)) : flat(shown) === flat(value);
  return okText
    ? { ok: true, shown }
    : { ok: false, shown: shown || before, reason: 'the editor did not keep the text' };
}

/** Writes `value` (or inserts it at the caret) and reports what the page shows afterwards. */
export async function writeTextValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLElement,
  value: string,
  opts: WriteTextOptions = {},
): Promise<WriteResult> {
  if (isTextControl(el)) return writeControl(el, value, opts);
  if (el.isContentEditable || el.getAttribute('contenteditable') !== null)
    return writeEditable(el, value, opts);
  return { ok: false, shown: el.textContent ?? '', reason: 'not a text box' };
}
