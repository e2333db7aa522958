// What a field shows right now, through its driver: the test for "empty" (fill it), "same value" (nothing
// to do) and "the user's own value" (keep it unless overwrite is on).
import type { DriverTable, FieldDescription, MatchKind } from '~/lib/fill/types';
import { driverFor, GENERIC_DRIVERS } from '~/lib/fill/drivers';
import { matchOption } from '~/lib/fill/values/match-option';
import { normalizeText } from '~/lib/fill/values/normalize-text';

/** The displayed value; '' when empty or showing only a placeholder. Checkboxes: 'true' / 'false'. */
export function currentShown(
  field: FieldDescription,
  drivers: Readonly<DriverTable> = GENERIC_DRIVERS,
): string {
  return driverFor(field, drivers).read(field);
}

export function isEmptyValue(
  field: FieldDescription,
  shown: string,
  drivers: Readonly<DriverTable> = GENERIC_DRIVERS,
): boolean {
  return driverFor(field, drivers).shows === 'boolean' ? shown !== 'true' : shown === '';
}

/** Whether what the field shows already means the wanted value. */
export function showsValue(
  field: FieldDescription,
  shown: string,
  value: string,
  match: MatchKind,
  drivers: Readonly<DriverTable> = GENERIC_DRIVERS,
): boolean {
  switch (driverFor(field, drivers).shows) {
    case 'boolean':
      return shown === String(/^(true|1|yes|on)$/i.test(value));
    case 'option':
      return matchOption([{ label: shown, value: shown }], value, match) !== null;
    default:
      return normalizeText(shown) === normalizeText(value);
  }
}
