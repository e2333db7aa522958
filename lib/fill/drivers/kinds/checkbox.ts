// Checkboxes, native or role=checkbox; native ones are written in the fill's batches.
import type { Driver } from '~/lib/fill/types';
import { checkboxBox, checkboxWriter, isChecked, stageCheckbox } from '../checkbox';

export const checkbox: Driver<boolean> = {
  shows: 'boolean',
  read: (field) => String(isChecked(checkboxBox(field))),
  write: checkboxWriter.write,
  stager: (field) => (checkboxBox(field) instanceof HTMLInputElement ? stageCheckbox : undefined),
  save: (field) => isChecked(checkboxBox(field)),
  async restore(field, saved) {
    if (isChecked(checkboxBox(field)) === saved) return false;
    return (await checkboxWriter.write(field, String(saved))).ok;
  },
};
