// button[aria-haspopup=listbox]: the chosen value is the button's text. Such a button has no empty
// choice to go back to, so undo restores only a value it showed before.
import type { Driver } from '~/lib/fill/types';
import { isPlaceholderOption } from '~/lib/fill/values/match-option';
import { buttonText, listboxButtonDriver } from '../listbox-button';

export const listboxButton: Driver<string> = {
  shows: 'option',
  read(field) {
    const text = buttonText(field.el);
    return isPlaceholderOption({ label: text, value: text }) ? '' : text;
  },
  write: listboxButtonDriver.write,
  save: (field) => buttonText(field.el),
  async restore(field, saved) {
    if (!saved || buttonText(field.el) === saved) return false;
    return (await listboxButtonDriver.write(field, saved)).ok;
  },
};
