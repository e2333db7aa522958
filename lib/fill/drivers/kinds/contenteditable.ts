// Rich-text editors (contenteditable): typed through editing commands, always one at a time.
import type { Driver } from '~/lib/fill/types';
import { contentEditableWriter } from '../contenteditable';
import { readText, restoreText, saveText } from './text-state';

export const contenteditable: Driver<string> = {
  shows: 'text',
  read: readText,
  write: contentEditableWriter.write,
  save: saveText,
  restore: restoreText,
};
