// Rich-text editors (contenteditable): typed through the browser's editing commands so editors that keep
// their own model (Quill, Slate, ProseMirror) see genuine input.
import type { WidgetWriter } from '~/lib/fill/types';
import { writeTextValue } from '~/lib/fill/write-text';

export const contentEditableWriter: WidgetWriter = {
  write(field, value) {
    const el = field.el.isContentEditable
      ? field.el
      : (field.el.querySelector<HTMLElement>('[contenteditable]') ?? field.el);
    return writeTextValue(el, value);
  },
};
