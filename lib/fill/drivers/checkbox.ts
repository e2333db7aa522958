// Checkboxes (native or role=checkbox): clicked only when the state differs, since frameworks listen to
// click; then the state is verified.
import type { WidgetWriter, FieldDescription, WriteResult } from '~/lib/fill/types';
import { pointerClick } from './pointer';
import { checkedBy, settleAlone, type Staged } from './staged-write';

const TRUE = /^(true|1|yes|y|on|checked|是)$/i;

export function checkboxBox(field: FieldDescription): HTMLElement {
  const el = field.el;
  if (el instanceof HTMLInputElement || el.getAttribute('role') === 'checkbox') return el;
  return el.querySelector<HTMLElement>('input[type=checkbox], [role=checkbox]') ?? el;
}

export function isChecked(el: HTMLElement): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true' || /(^|[\s_-])(is-)?checked\b/.test(el.className);
}

function checkResult(el: HTMLElement, want: boolean): WriteResult {
  const now = isChecked(el);
  const shown = now ? 'checked' : 'unchecked';
  return now === want ? { ok: true, shown } : { ok: false, shown, reason: 'the page did not keep the check' };
}

/** Clicks now if needed; a custom box's synthetic click reads its position, a native one reads nothing. */
export function stageCheckbox(field: FieldDescription, value: string): Staged {
  const el = checkboxBox(field);
  const want = TRUE.test(value.trim());
  if (isChecked(el) === want) return checkResult(el, want);
  if (el instanceof HTMLInputElement) el.click();
  else pointerClick(el);
  return checkedBy(() => checkResult(el, want));
}

export const checkboxWriter: WidgetWriter = {
  write: (field, value) => settleAlone(stageCheckbox(field, value)),
};
