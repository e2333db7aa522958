// Text boxes and textareas; native ones are written in the fill's batches.
import type { Driver } from '~/lib/fill/types';
import { isTextBox, stageText, textWriter } from '../text';
import { readText, restoreText, saveText } from './text-state';

export const text: Driver<string> = {
  shows: 'text',
  read: readText,
  write: textWriter.write,
  stager: (field) => (isTextBox(field) ? stageText : undefined),
  save: saveText,
  restore: restoreText,
};
