// Checkboxes (native or role=checkbox): clicked only when the state differs, since frameworks listen to
// click; then the state is verified.
import type { Driver } from '~/lib/fill/types';
import { pointerClick } from './pointer';
import { nextTask } from './wait-for';

const TRUE = /^(true|1|yes|y|on|checked|是)$/i;

function box(el: HTMLElement): HTMLElement {
  if (el instanceof HTMLInputElement || el.getAttribute('role') === 'checkbox') return el;
  return el.querySelector<HTMLElement>('input[type=checkbox], [role=checkbox]') ?? el;
}

export function isChecked(el: HTMLElement): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true' || /(^|[\s_-])(is-)?checked\b/.test(el.className);
}

export const checkboxDriver: Driver = {
  async write(field, value) {
    const el = box(field.el);
    const want = TRUE.test(value.trim());
    if (isChecked(el) !== want) {
      if (el instanceof HTMLInputElement) el.click();
      else pointerClick(el);
      await nextTask();
    }
    const now = isChecked(el);
    const shown = now ? 'checked' : 'unchecked';
    return now === want
      ? { ok: true, shown }
      : { ok: false, shown, reason: 'the page did not keep the check' };
  },
};
