// ARIA comboboxes and component-library selects (antd, Element Plus, react-select). Undo picks the old
// option again; one that was empty can only be emptied through its clear control (or Backspace, which
// react-select and friends take as "drop the value"); without either it stays.
import type { Driver, FieldDescription } from '~/lib/fill/types';
import { comboboxDriver } from '../combobox';
import { clearButton, comboInput, comboRoot, dialNamed, isSearchable, readShown } from '../combobox-parts';
import { textWriter } from '../text';
import { pointerClick, pressKey } from '../pointer';
import { waitFor } from '../wait-for';
import { isSelect2Box } from '../../collect/recognise-control';
import { select2Driver } from '../select2';

/**
 * What the widget holds: the option it shows, or, for an autocomplete box (Element Plus el-autocomplete,
 * antd AutoComplete: suggestions for a text the user may type freely), the text in its box.
 */
function held(field: FieldDescription): string {
  const root = comboRoot(field.el);
  const shown = readShown(root);
  if (shown) return dialNamed(root.matches('[aria-label],[title]') ? root : field.el, shown);
  const input = comboInput(root);
  return input && isSearchable(input) && !expanded(input) ? input.value.trim() : '';
}

const expanded = (input: HTMLInputElement) => input.getAttribute('aria-expanded') === 'true';

async function clearCombobox(field: FieldDescription): Promise<boolean> {
  const root = comboRoot(field.el);
  // An autocomplete box holding a typed text is a text box: emptied as one, with the page's own events.
  const typed = comboInput(root);
  if (!readShown(root) && typed && isSearchable(typed) && typed.value)
    return (await textWriter.write({ ...field, el: typed }, '')).ok;
  const clear = clearButton(root);
  if (clear) pointerClick(clear);
  else {
    const input = comboInput(root);
    if (!input) return false;
    input.focus({ preventScroll: true });
    pressKey(input, 'Backspace');
  }
  const cleared = (await waitFor(() => readShown(root) === '', { timeout: 1000 })) === true;
  // A press on the clear icon can bubble to the trigger and open the list: shut it again.
  const input = comboInput(root);
  if (input?.getAttribute('aria-expanded') === 'true') pressKey(input, 'Escape');
  return cleared;
}

const generic: Driver<string> = {
  shows: 'option',
  read: (field) => readShown(comboRoot(field.el)),
  write: comboboxDriver.write,
  save: held,
  async restore(field, saved) {
    if (held(field) === saved) return false;
    if (!saved) return clearCombobox(field);
    if ((await comboboxDriver.write(field, saved)).ok) return true;
    // A country named with its code ('United Kingdom: +44'): picked back as a dial code, by the country.
    return /\+\s?\d/.test(saved) && (await comboboxDriver.write(field, saved, { match: 'country-code' })).ok;
  },
  box: (field) => comboRoot(field.el),
};

/** A select2 3 box over a hidden input has mechanics of its own (drivers/select2.ts). */
const pick = (field: FieldDescription): Driver<string> => (isSelect2Box(field.el) ? select2Driver : generic);

export const combobox: Driver<string> = {
  shows: 'option',
  read: (field) => pick(field).read(field),
  write: (field, value, opts) => pick(field).write(field, value, opts),
  save: (field) => pick(field).save(field),
  restore: (field, saved) => pick(field).restore(field, saved),
  box: (field) => pick(field).box!(field),
};
