// Component-library date and month pickers. Undo types the old date back; an empty picker ignores a typed
// empty string, so its clear icon empties it the way a user would.
import type { Driver } from '~/lib/fill/types';
import { clearPicker, datePickerDriver } from '../date-picker';
import { textTarget } from '../text';
import { readText, saveText } from './text-state';

export const datePicker: Driver<string> = {
  shows: 'text',
  read: readText,
  write: datePickerDriver.write,
  save: saveText,
  async restore(field, saved) {
    const input = textTarget(field) as HTMLInputElement;
    if (input.value === saved) return false;
    if (saved) return (await datePickerDriver.write(field, saved)).ok;
    return clearPicker(input);
  },
  box: (field) => field.el.parentElement?.closest('[class*=picker], [class*=date-editor]') ?? field.el,
};
