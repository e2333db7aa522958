// button[aria-haspopup=listbox]: the chosen value is the button's text. Undo picks back the item that
// read the same before the fill, the list's prompt included where the list offers it.
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
    // The list's own prompt ('Select One') is an item too where the page lists it: picked back exactly.
    return (await listboxButtonDriver.write(field, saved, { exactLabel: true })).ok;
  },
};
