import { writeTextValue } from '~/lib/fill/write-text';
import { countChars } from './count-chars';
import { restoreCaret, snapshotField, type FieldSnapshot } from './picker-target';

/** Why an insert failed, in a form the picker words in its own language. */
export type InsertFailure = { kind: 'too-long'; length: number; max: number } | { kind: 'not-accepted' };

export interface InsertOutcome {
  ok: boolean;
  failure?: InsertFailure;
  /** Puts back exactly what the field held before; true when the page accepted it. */
  undo: () => Promise<boolean>;
}

/** A list or a header line must start on a line of its own; a paragraph may continue the sentence. */
export function withLineBreaks(text: string, before: string, after: string, block: boolean): string {
  if (!block || text === '') return text;
  const lead = before !== '' && !before.endsWith('\n') ? '\n' : '';
  const trail = after !== '' && !after.startsWith('\n') ? '\n' : '';
  return lead + text + trail;
}

function surroundings(el: HTMLElement, snap: FieldSnapshot): { before: string; after: string } | null {
  // Single-line inputs cannot hold line breaks; rich editors make their own paragraphs.
  if (!(el instanceof HTMLTextAreaElement)) return null;
  const start = snap.selectionStart ?? snap.value.length;
  const end = snap.selectionEnd ?? start;
  return { before: snap.value.slice(0, start), after: snap.value.slice(end) };
}

/**
 * Inserts at the caret (replacing a selection) through the framework-safe writer, so the site's own
 * counter and validation see the change. `opened` is the snapshot taken when the picker opened: it holds
 * the contenteditable caret, which focus moving into the picker would otherwise lose. `block` text (a list
 * or header) gets line breaks around it in a textarea, unless they would break the field's maxlength.
 */
export async function insertIntoField(
  el: HTMLElement,
  text: string,
  opened: FieldSnapshot,
  opts: { block?: boolean } = {},
): Promise<InsertOutcome> {
  const before = snapshotField(el);
  const around = surroundings(el, before);
  let value = around ? withLineBreaks(text, around.before, around.after, opts.block ?? false) : text;
  const max = el instanceof HTMLTextAreaElement ? el.maxLength : -1;
  if (around && max > 0 && countChars(around.before + value + around.after) > max) value = text;
  restoreCaret(el, { ...before, range: opened.range });
  const tooLong = overLimit(el, before, value);
  if (tooLong) return { ok: false, failure: tooLong, undo: async () => true };
  const result = await writeTextValue(el, value, { insertAtCursor: true });
  const undo = async () => {
    const restored = await writeTextValue(el, before.value);
    if (restored.ok) restoreCaret(el, { ...before, range: null });
    return restored.ok;
  };
  return result.ok ? { ok: true, undo } : { ok: false, failure: { kind: 'not-accepted' }, undo };
}

/** The box's maxlength would cut the text: say so before writing, as the writer would refuse it. */
function overLimit(el: HTMLElement, snap: FieldSnapshot, value: string): InsertFailure | undefined {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || el.maxLength <= 0) return;
  const start = snap.selectionStart ?? snap.value.length;
  const end = snap.selectionEnd ?? start;
  const length = snap.value.slice(0, start).length + value.length + snap.value.slice(end).length;
  return length > el.maxLength ? { kind: 'too-long', length, max: el.maxLength } : undefined;
}
