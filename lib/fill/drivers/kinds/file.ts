// File inputs: never written by a fill (the report asks the user to attach the file), so nothing to undo.
import type { Driver } from '~/lib/fill/types';
import { fileWriter } from '../file';

export const file: Driver<null> = {
  shows: 'text',
  read: (field) =>
    field.el instanceof HTMLInputElement && field.el.files?.length ? field.el.files[0].name : '',
  write: fileWriter.write,
  save: () => null,
  restore: async () => false,
};
