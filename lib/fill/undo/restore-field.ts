// Putting one field back as it was before the fill, through the same drivers and native setters the fill
// used. A custom select that was empty can only be emptied through its clear control; without one it stays.
import type { FieldDescription } from '~/lib/fill/types';
import { checkboxBox, checkboxDriver, isChecked } from '~/lib/fill/drivers/checkbox';
import { clearButton, comboInput, comboRoot, readShown } from '~/lib/fill/drivers/combobox-parts';
import { comboboxDriver } from '~/lib/fill/drivers/combobox';
import { clearPicker, datePickerDriver } from '~/lib/fill/drivers/date-picker';
import { buttonText, listboxButtonDriver } from '~/lib/fill/drivers/listbox-button';
import { chooseOption } from '~/lib/fill/drivers/native-select';
import { pointerClick, pressKey } from '~/lib/fill/drivers/pointer';
import { clickOption, isOptionChecked, radioOptions } from '~/lib/fill/drivers/radio-group';
import { textTarget } from '~/lib/fill/drivers/text';
import { waitFor } from '~/lib/fill/drivers/wait-for';
import { writeTextValue } from '~/lib/fill/write-text';

export interface Saved {
  field: FieldDescription;
  text?: string;
  checked?: boolean;
  selectedIndex?: number;
  /** The radio that was checked (null: none). */
  radio?: Element | null;
}

export function selectOf(field: FieldDescription): HTMLSelectElement | null {
  return field.el instanceof HTMLSelectElement ? field.el : field.el.querySelector('select');
}

export function textOf(el: HTMLElement): string {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
    ? el.value
    : (el.innerText ?? el.textContent ?? '');
}

async function clearCombobox(field: FieldDescription): Promise<boolean> {
  const root = comboRoot(field.el);
  const clear = clearButton(root);
  if (clear) pointerClick(clear);
  else {
    // react-select and friends drop the value on Backspace in an empty search box.
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

/** A select that showed no option at all before the fill (selectedIndex -1). */
function unselect(el: HTMLSelectElement): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'selectedIndex')?.set;
  if (setter) setter.call(el, -1);
  else el.selectedIndex = -1;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Pickers ignore a typed empty string; their clear icon empties them the way a user would. */
async function restorePicker(field: FieldDescription, text: string): Promise<boolean> {
  const input = textTarget(field) as HTMLInputElement;
  if (input.value === text) return false;
  if (text) return (await datePickerDriver.write(field, text)).ok;
  return clearPicker(input);
}

function uncheckRadio(field: FieldDescription): boolean {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set;
  for (const o of radioOptions(field)) {
    if (!(o.el instanceof HTMLInputElement) || !o.el.checked || !setter) continue;
    setter.call(o.el, false);
    o.el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    o.el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return radioOptions(field).every((o) => !o.el || !isOptionChecked(o.el));
}

/** Puts one field back; true when it now shows what it showed before the fill. */
export async function restoreField(s: Saved): Promise<boolean> {
  const { field } = s;
  switch (field.widget) {
    case 'select': {
      const el = selectOf(field);
      if (!el || s.selectedIndex === undefined || el.selectedIndex === s.selectedIndex) return false;
      if (s.selectedIndex >= 0) chooseOption(el, el.options[s.selectedIndex]);
      else unselect(el);
      return el.selectedIndex === s.selectedIndex;
    }
    case 'checkbox': {
      if (s.checked === undefined || isChecked(checkboxBox(field)) === s.checked) return false;
      return (await checkboxDriver.write(field, String(s.checked))).ok;
    }
    case 'radio-group':
      if (s.radio === undefined) return false;
      if (s.radio === null) return uncheckRadio(field);
      if (!isOptionChecked(s.radio)) clickOption(s.radio);
      return isOptionChecked(s.radio);
    case 'combobox': {
      const root = comboRoot(field.el);
      if (readShown(root) === s.text) return false;
      return s.text ? (await comboboxDriver.write(field, s.text)).ok : clearCombobox(field);
    }
    case 'date-picker':
      return restorePicker(field, s.text ?? '');
    case 'listbox-button':
      return (
        !!s.text && buttonText(field.el) !== s.text && (await listboxButtonDriver.write(field, s.text)).ok
      );
    default: {
      const el = textTarget(field);
      if (s.text === undefined || textOf(el) === s.text) return false;
      return (await writeTextValue(el, s.text)).ok;
    }
  }
}
