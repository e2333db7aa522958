// input[type=date|month]: the browser drops any value not in its own format, so the read-back tells
// whether the rendered value (2024-09 / 2024-09-01) was accepted.
import type { WidgetWriter, FieldDescription, WriteResult } from '~/lib/fill/types';
import { stageTextControl } from '~/lib/fill/write-text';
import { isStagedWrite, settleAlone, type Staged } from './staged-write';

function dateInput(field: FieldDescription): HTMLInputElement | null {
  return field.el instanceof HTMLInputElement ? field.el : field.el.querySelector('input');
}

export function stageNativeDate(field: FieldDescription, value: string): Staged {
  const el = dateInput(field);
  if (!el) return { ok: false, shown: '', reason: 'no date input found' };
  const judge = (r: WriteResult): WriteResult =>
    el.value !== value ? { ok: false, shown: el.value, reason: `the date box did not take ${value}` } : r;
  const staged = stageTextControl(el, value, { quietFocus: true });
  if (!isStagedWrite(staged)) return judge(staged);
  return {
    settle: () => {
      const r = staged.settle();
      return r && judge(r);
    },
    result: () => judge(staged.result()),
  };
}

export const nativeDateWriter: WidgetWriter = {
  write: (field, value) => settleAlone(stageNativeDate(field, value)),
};
