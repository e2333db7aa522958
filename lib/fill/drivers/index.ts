// One driver per widget kind.
import type { Driver, FieldDescription, WidgetKind } from '~/lib/fill/types';
import { checkboxDriver } from './checkbox';
import { comboboxDriver } from './combobox';
import { contentEditableDriver } from './contenteditable';
import { datePickerDriver } from './date-picker';
import { fileDriver } from './file';
import { listboxButtonDriver } from './listbox-button';
import { nativeDateDriver } from './native-date';
import { nativeSelectDriver } from './native-select';
import { radioGroupDriver } from './radio-group';
import { textDriver } from './text';

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

/** Widgets that open menus and wait for the page: written strictly one at a time. */
export function isCustomWidget(field: FieldDescription): boolean {
  return field.widget === 'combobox' || field.widget === 'listbox-button';
}
