// One driver per widget kind.
import type { Driver, FieldDescription, WidgetKind } from '~/lib/fill/types';
import { checkboxBox, checkboxDriver, stageCheckbox } from './checkbox';
import { comboboxDriver } from './combobox';
import { contentEditableDriver } from './contenteditable';
import { datePickerDriver } from './date-picker';
import { fileDriver } from './file';
import { listboxButtonDriver } from './listbox-button';
import { nativeDateDriver, stageNativeDate } from './native-date';
import { nativeSelectDriver, stageSelect } from './native-select';
import { isNativeGroup, radioGroupDriver, stageRadio } from './radio-group';
import type { Stager } from './staged-write';
import { isTextBox, stageText, textDriver } from './text';

const DRIVERS: Record<WidgetKind, Driver> = {
  text: textDriver,
  textarea: textDriver,
  contenteditable: contentEditableDriver,
  'native-date': nativeDateDriver,
  select: nativeSelectDriver,
  checkbox: checkboxDriver,
  'radio-group': radioGroupDriver,
  combobox: comboboxDriver,
  'listbox-button': listboxButtonDriver,
  'date-picker': datePickerDriver,
  file: fileDriver,
};

export function driverFor(field: FieldDescription): Driver {
  return DRIVERS[field.widget];
}

/**
 * How to write the field without a wait of its own, for native controls only; undefined for custom
 * widgets (menus, panels, rich editors), which are written and waited for one at a time.
 */
export function stagerFor(field: FieldDescription): Stager | undefined {
  switch (field.widget) {
    case 'text':
    case 'textarea':
      return isTextBox(field) ? stageText : undefined;
    case 'native-date':
      return stageNativeDate;
    case 'select':
      return stageSelect;
    case 'checkbox':
      return checkboxBox(field) instanceof HTMLInputElement ? stageCheckbox : undefined;
    case 'radio-group':
      return isNativeGroup(field) ? stageRadio : undefined;
    default:
      return undefined;
  }
}
