// One driver per widget kind (kinds/), the only way the fill, the report and undo reach a widget. A site
// adapter may replace the driver of a kind for its site; `driverTable` merges those in.
import type { Driver, DriverTable, FieldDescription, Stager, WidgetKind } from '~/lib/fill/types';
import { checkbox } from './kinds/checkbox';
import { combobox } from './kinds/combobox';
import { contenteditable } from './kinds/contenteditable';
import { datePicker } from './kinds/date-picker';
import { file } from './kinds/file';
import { listboxButton } from './kinds/listbox-button';
import { nativeDate } from './kinds/native-date';
import { nativeSelect } from './kinds/native-select';
import { radioGroup } from './kinds/radio-group';
import { text } from './kinds/text';

export const GENERIC_DRIVERS: Readonly<DriverTable> = {
  text,
  textarea: text,
  contenteditable,
  'native-date': nativeDate,
  select: nativeSelect,
  checkbox,
  'radio-group': radioGroup,
  combobox,
  'listbox-button': listboxButton,
  'date-picker': datePicker,
  file,
};

/**
 * The generic drivers with a site's own in place of the kinds it overrides; an override given as a
 * function receives the generic driver of its kind (to hand ordinary controls back to it).
 */
export function driverTable(
  overrides: Partial<Record<WidgetKind, Driver | ((generic: Driver) => Driver)>> = {},
): DriverTable {
  const table: DriverTable = { ...GENERIC_DRIVERS };
  for (const [kind, d] of Object.entries(overrides) as [WidgetKind, Driver | ((g: Driver) => Driver)][])
    table[kind] = typeof d === 'function' ? d(GENERIC_DRIVERS[kind]) : d;
  return table;
}

export function driverFor(field: FieldDescription, table: Readonly<DriverTable> = GENERIC_DRIVERS): Driver {
  return table[field.widget];
}

/**
 * How to write the field without a wait of its own, for native controls only; undefined for custom
 * widgets (menus, panels, rich editors), which are written and waited for one at a time.
 */
export function stagerFor(
  field: FieldDescription,
  table: Readonly<DriverTable> = GENERIC_DRIVERS,
): Stager | undefined {
  return driverFor(field, table).stager?.(field);
}
