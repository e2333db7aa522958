// Rich-text boxes (contenteditable): the text goes in through the browser's editing command at the
// selection, so editors with their own model (Quill, Slate, ProseMirror) see genuine input.
import type { WriteResult } from '~/lib/fill/types';
import { execInsert, focus, inputEvent } from './edit-events';
import { nextTask } from './wait-for';

export interface EditableOptions {
  insertAtCursor?: boolean;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

export async function writeEditable(
  el: HTMLElement,
  value: string,
  opts: EditableOptions,
): Promise<WriteResult> {
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
