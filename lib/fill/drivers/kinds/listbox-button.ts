// button[aria-haspopup=listbox]: the chosen value is the button's text. Undo picks back the item that
// read the same before the fill, the list's prompt included where the list offers it.
import type { Driver } from '~/lib/fill/types';
import { isPlaceholderOption } from '~/lib/fill/values/match-option';
import { buttonText, listboxButtonDriver } from '../listbox-button';
import { dialNamed } from '../combobox-parts';

const DIAL_SHOWN = /\+\s?\d{1,4}(?!\d)/;

export const listboxButton: Driver<string> = {
  shows: 'option',
  read(field) {
    const text = buttonText(field.el);
    return isPlaceholderOption({ label: text, value: text }) ? '' : text;
  },
  write: listboxButtonDriver.write,
  save: (field) => dialNamed(field.el, buttonText(field.el)),
  async restore(field, saved) {
    if (!saved || dialNamed(field.el, buttonText(field.el)) === saved) return false;
    // The list's own prompt ('Select One') is an item too where the page lists it: picked back exactly.
    if ((await listboxButtonDriver.write(field, saved, { exactLabel: true })).ok) return true;
    // A dial-code button shows its choice in short ('SG +65' for 'Singapore +65'): the one option with that
    // code, where only one has it ('+1' names a dozen countries, and is not guessed).
    return (
      DIAL_SHOWN.test(saved) && (await listboxButtonDriver.write(field, saved, { match: 'country-code' })).ok
    );
  },
};
