// input[type=date|month]: a text box in the browser's own format, written in the fill's batches.
import type { Driver } from '~/lib/fill/types';
import { nativeDateWriter, stageNativeDate } from '../native-date';
import { readText, restoreText, saveText } from './text-state';

export const nativeDate: Driver<string> = {
  shows: 'text',
  read: readText,
  write: nativeDateWriter.write,
  stager: () => stageNativeDate,
  save: saveText,
  restore: restoreText,
};
