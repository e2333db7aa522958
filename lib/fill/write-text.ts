// The one framework-safe way to put text into a box, shared by the fill's text driver and the highlight
// picker. React, Vue and Angular each watch a different event, and React ignores a value set through the
// element's own (tracked) property, so the value goes in through the prototype setter with the whole key
// and input event sequence; then it is read back, and if the page reverted it, typed with execCommand.
import type { WriteResult } from '~/lib/fill/types';
import {
  blur,
  execInsert,
  focus,
  inputEvent,
  keyEvent,
  setNativeValue,
} from '~/lib/fill/drivers/edit-events';
import { nextTask } from '~/lib/fill/drivers/wait-for';
import { writeEditable } from '~/lib/fill/drivers/write-editable';

export { setNativeValue } from '~/lib/fill/drivers/edit-events';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface WriteTextOptions {
  /** Replace the selection / insert at the caret, keeping the rest of the text (highlight picker). */
  insertAtCursor?: boolean;
}

function isTextControl(el: Element): el is TextControl {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
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
  keyEvent(el, 'keydown');
  setNativeValue(el, next);
  inputEvent(el, value);
  keyEvent(el, 'keyup');
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
