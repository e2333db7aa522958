// The one framework-safe way to put text into a box, shared by the fill's text driver and the highlight
// picker. React, Vue and Angular each watch a different event, and React ignores a value set through the
// element's own (tracked) property, so the value goes in through the prototype setter with the whole key
// and input event sequence; then it is read back, and if the page reverted it, typed with execCommand.
// The write is split in two so the fill can put many boxes in back to back and read them all back after a
// single yield: reading a box between writes would make the browser lay the page out again each time.
import type { WriteResult } from '~/lib/fill/types';
import {
  announceBlur,
  announceFocus,
  blur,
  execInsert,
  focus,
  hasFocus,
  inputEvent,
  keyEvent,
  setNativeValue,
} from './drivers/edit-events';
import { settleAlone, type Staged } from './drivers/staged-write';
import { writeEditable } from './drivers/write-editable';

export { setNativeValue } from './drivers/edit-events';

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface WriteTextOptions {
  /** Replace the selection / insert at the caret, keeping the rest of the text (highlight picker). */
  insertAtCursor?: boolean;
  /**
   * Fire the focus and blur events without moving focus (see announceFocus): for the fill's batches.
   * A box that already has focus, and the typed fallback, still use real focus.
   */
  quietFocus?: boolean;
}

/** A text write already applied, waiting for its read-back. */
interface TextEdit {
  el: TextControl;
  /** What was inserted. */
  value: string;
  /** The whole text the box should now hold. */
  next: string;
  /** The range `value` replaced. */
  start: number;
  end: number;
  insertAtCursor: boolean;
}

export function isTextControl(el: Element): el is TextControl {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
}

function overMax(el: TextControl, next: string): string | undefined {
  const max = el.maxLength;
  return max > 0 && next.length > max
    ? `too long for this box (${next.length} > ${max} characters)`
    : undefined;
}

function trySelect(el: TextControl, start: number, end: number): void {
  try {
    el.setSelectionRange(start, end);
  } catch {
    // Not a text-selectable input type.
  }
}

/**
 * Puts the text in now, synchronously, with the whole event sequence (focus, keydown, native setter,
 * input, keyup, change, blur); a finished result when the box cannot take it. Reads nothing that needs
 * layout, so many of these in a row cost no reflow.
 */
function applyText(el: TextControl, value: string, opts: WriteTextOptions = {}): TextEdit | WriteResult {
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

  const quiet = !!opts.quietFocus && !opts.insertAtCursor && !hasFocus(el);
  if (quiet) announceFocus(el);
  else focus(el);
  keyEvent(el, 'keydown');
  setNativeValue(el, next);
  inputEvent(el, value);
  keyEvent(el, 'keyup');
  const caret = start + value.length;
  if (opts.insertAtCursor) trySelect(el, caret, caret);
  el.dispatchEvent(new Event('change', { bubbles: true }));
  if (quiet) announceBlur(el);
  else if (!opts.insertAtCursor) blur(el);
  return { el, value, next, start, end, insertAtCursor: !!opts.insertAtCursor };
}

/** Spaces, dashes and brackets a page groups a number with as it is typed. */
const GROUPING = /[\s\-()]/g;

/**
 * The same number, grouped by the page as it was typed ('137 1234 5678', '(415) 555-0100' for what was
 * written bare): the page kept it. Only for numbers, where grouping changes nothing.
 */
export function sameGroupedNumber(shown: string, written: string): boolean {
  const bare = written.replace(GROUPING, '');
  return /^\+?\d{5,}$/.test(bare) && shown.replace(GROUPING, '') === bare;
}

function keptText(edit: TextEdit): boolean {
  const shown = edit.el.value;
  return shown === edit.next || (!edit.insertAtCursor && sameGroupedNumber(shown, edit.next));
}

/** The page put its old value back: type it as a user would, through the browser's editing commands. */
function retypeText(edit: TextEdit): void {
  const { el } = edit;
  focus(el);
  if (edit.insertAtCursor) trySelect(el, edit.start, edit.end);
  else el.select();
  execInsert(el, edit.value);
  if (!edit.insertAtCursor) blur(el);
}

/** The outcome as the box shows it now. */
function textResult(edit: TextEdit): WriteResult {
  return keptText(edit)
    ? { ok: true, shown: edit.el.value }
    : { ok: false, shown: edit.el.value, reason: 'the page did not keep the value' };
}

/** A text write as a staged write: one read-back, and the typed fallback when the page reverted it. */
export function stageTextControl(el: TextControl, value: string, opts: WriteTextOptions = {}): Staged {
  const edit = applyText(el, value, opts);
  if (!('next' in edit)) return edit;
  return {
    settle() {
      if (keptText(edit)) return textResult(edit);
      retypeText(edit);
      return null;
    },
    result: () => textResult(edit),
  };
}

/** Writes `value` (or inserts it at the caret) and reports what the page shows afterwards. */
export async function writeTextValue(
  el: HTMLInputElement | HTMLTextAreaElement | HTMLElement,
  value: string,
  opts: WriteTextOptions = {},
): Promise<WriteResult> {
  if (isTextControl(el)) return settleAlone(stageTextControl(el, value, opts));
  if (el.isContentEditable || el.getAttribute('contenteditable') !== null)
    return writeEditable(el, value, opts);
  return { ok: false, shown: el.textContent ?? '', reason: 'not a text box' };
}
