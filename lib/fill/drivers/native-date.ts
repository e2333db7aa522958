// input[type=date|month]: the browser drops any value not in its own format, so the read-back tells
// whether the rendered value (2024-09 / 2024-09-01) was accepted.
import type { Driver } from '~/lib/fill/types';
import { writeTextValue } from '~/lib/fill/write-text';

export const nativeDateDriver: Driver = {
  async write(field, value) {
    const el = field.el instanceof HTMLInputElement ? field.el : field.el.querySelector('input');
    if (!el) return { ok: false, shown: '', reason: 'no date input found' };
    const result = await writeTextValue(el, value);
    if (el.value !== value)
      return { ok: false, shown: el.value, reason: `the date box did not take ${value}` };
    return result;
  },
};
