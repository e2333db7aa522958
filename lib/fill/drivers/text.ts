// Text boxes and textareas: the shared framework-safe text write.
import type { WidgetWriter, FieldDescription } from '~/lib/fill/types';
import { isTextControl, stageTextControl, writeTextValue } from '../write-text';
import { settleAlone, type Staged } from './staged-write';

/** The editable element of a field whose `el` may be a wrapper around it. */
export function textTarget(field: FieldDescription): HTMLElement {
  const el = field.el;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el;
  return el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, [contenteditable]') ?? el;
}

/** Whether the field is a plain input/textarea, whose write needs no wait of its own. */
export function isTextBox(field: FieldDescription): boolean {
  return isTextControl(textTarget(field));
}

/** Writes a plain input/textarea with quiet focus events (see announceFocus). */
export function stageText(field: FieldDescription, value: string): Staged {
  const el = textTarget(field);
  if (!isTextControl(el)) return { ok: false, shown: '', reason: 'not a text box' };
  return stageTextControl(el, value, { quietFocus: true });
}

export const textWriter: WidgetWriter = {
  write: (field, value) =>
    isTextBox(field) ? settleAlone(stageText(field, value)) : writeTextValue(textTarget(field), value),
};
