// What a field shows right now, per widget kind: the test for "empty" (fill it), "same value" (nothing to
// do) and "the user's own value" (keep it unless overwrite is on).
import type { FieldDescription, MatchKind } from '~/lib/fill/types';
import { checkboxBox, isChecked } from '~/lib/fill/drivers/checkbox';
import { comboRoot, readShown } from '~/lib/fill/drivers/combobox-parts';
import { buttonText } from '~/lib/fill/drivers/listbox-button';
import { selectedText } from '~/lib/fill/drivers/native-select';
import { checkedLabel, radioOptions } from '~/lib/fill/drivers/radio-group';
import { textTarget } from '~/lib/fill/drivers/text';
import { isPlaceholderOption, matchOption } from '~/lib/fill/values/match-option';
import { normalizeText } from '~/lib/fill/values/normalize-text';

/** The displayed value; '' when empty or showing only a placeholder. Checkboxes: 'true' / 'false'. */
export function currentShown(field: FieldDescription): string {
  switch (field.widget) {
    case 'select': {
      const el = field.el instanceof HTMLSelectElement ? field.el : field.el.querySelector('select');
      return el ? selectedText(el) : '';
    }
    case 'checkbox':
      return String(isChecked(checkboxBox(field)));
    case 'radio-group':
      return checkedLabel(radioOptions(field));
    case 'combobox':
      return readShown(comboRoot(field.el));
    case 'listbox-button': {
      const text = buttonText(field.el);
      return isPlaceholderOption({ label: text, value: text }) ? '' : text;
    }
    case 'file':
      return field.el instanceof HTMLInputElement && field.el.files?.length ? field.el.files[0].name : '';
    default: {
      const el = textTarget(field);
      const v =
        el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
          ? el.value
          : (el.innerText ?? el.textContent ?? '');
      return v.trim();
    }
  }
}

export function isEmptyValue(field: FieldDescription, shown: string): boolean {
  return field.widget === 'checkbox' ? shown !== 'true' : shown === '';
}

const OPTION_WIDGETS = new Set(['select', 'combobox', 'listbox-button', 'radio-group']);

/** Whether what the field shows already means the wanted value. */
export function showsValue(field: FieldDescription, shown: string, value: string, match: MatchKind): boolean {
  if (field.widget === 'checkbox') return shown === String(/^(true|1|yes|on)$/i.test(value));
  if (OPTION_WIDGETS.has(field.widget))
    return matchOption([{ label: shown, value: shown }], value, match) !== null;
  return normalizeText(shown) === normalizeText(value);
}
