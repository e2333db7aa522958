// Text boxes and textareas: the shared framework-safe text write.
import type { Driver, FieldDescription } from '~/lib/fill/types';
import { writeTextValue } from '~/lib/fill/write-text';

/** The editable element of a field whose `el` may be a wrapper around it. */
export function textTarget(field: FieldDescription): HTMLElement {
  const el = field.el;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el;
  return el.querySelector<HTMLElement>('input:not([type=hidden]), textarea, [contenteditable]') ?? el;
}

export const textDriver: Driver = {
  write: (field, value) => writeTextValue(textTarget(field), value),
};
