// Read, save and restore for every widget whose value is the text of a box (text, textarea, rich
// editor, native and component-library date inputs): they differ only in how they write.
import type { FieldDescription } from '~/lib/fill/types';
import { writeTextValue } from '../../write-text';
import { textTarget } from '../text';

export function boxText(el: HTMLElement): string {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
    ? el.value
    : (el.innerText ?? el.textContent ?? '');
}

export function readText(field: FieldDescription): string {
  return boxText(textTarget(field)).trim();
}

export function saveText(field: FieldDescription): string {
  return boxText(textTarget(field));
}

export async function restoreText(field: FieldDescription, saved: string): Promise<boolean> {
  const el = textTarget(field);
  if (boxText(el) === saved) return false;
  return (await writeTextValue(el, saved)).ok;
}
