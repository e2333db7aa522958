// Component-library date/month pickers (antd, Element Plus): their input parses typed text in the picker's
// own display format and commits on Enter or blur, then shows the date its way ('2021年03月'). Type the
// rendered value; if the picker shows another date, pick the month from its panel; then try the other
// common shapes. Success is judged by the date the input then shows, and a failed attempt is undone so
// no wrong date stays behind.
import { formatYearMonth } from '../../card/date-renderings';
import type { WidgetWriter, WriteResult } from '~/lib/fill/types';
import {
  clearPicker,
  dateParts,
  isPresentValue,
  isTypable,
  monthOf,
  noPresentChoice,
  periodPicks,
  samePeriod,
  settled,
  typeAndCommit,
} from './date-input';
import { closePanel, openPanel, pickFromPanel, pickPresent } from './date-panel';
import { hasInlineCalendar } from '../describe/dom';
import { inFormat, inlineCalendarFormat, writeInlineCalendar } from './inline-calendar';
import { pressKey } from './pointer';
import { waitFor } from './wait-for';
import { blur } from './edit-events';

// Callers reach the date helpers and the range writer through this module.
export { clearPicker, isPresentValue, sameDate } from './date-input';
export { writeDateRange } from './date-range';

function alternatives(value: string): string[] {
  const [y, m, d] = dateParts(value);
  if (!y || !m) return [];
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const shapes = d
    ? [`${y}-${mm}-${dd}`, `${y}/${mm}/${dd}`, `${y}年${mm}月${dd}日`]
    : [`${y}-${mm}`, `${y}.${mm}`, `${y}/${mm}`, `${y}年${mm}月`];
  return shapes.filter((s) => s !== value);
}

/** English month pickers' own formats ('Aug 2019', '08/2019'), which no year-first box takes. */
function englishMonths(value: string): string[] {
  const [y, m, d] = dateParts(value);
  if (!y || !m || d) return [];
  return [formatYearMonth({ year: y, month: m }, 'en'), `${String(m).padStart(2, '0')}/${y}`];
}

async function restore(input: HTMLInputElement, original: string): Promise<void> {
  if (input.value === original) return;
  if (original) await typeAndCommit(input, original);
  else await clearPicker(input);
}

function inputOf(el: HTMLElement): HTMLInputElement | null {
  return el instanceof HTMLInputElement ? el : el.querySelector<HTMLInputElement>('input:not([type=hidden])');
}

/** Chooses the panel's 至今 button; the input must then show it. Nothing else is touched when it has none. */
export async function writePresent(input: HTMLInputElement, value: string): Promise<WriteResult> {
  const panel = await openPanel(input);
  if (panel && pickPresent(panel)) {
    const shown = await waitFor(() => (input.value.trim() === value.trim() ? input.value : null), {
      timeout: 600,
    });
    blur(input);
    if (shown) return { ok: true, shown };
  }
  await closePanel(input, panel);
  blur(input);
  return noPresentChoice('picker', input.value);
}

export const datePickerDriver: WidgetWriter = {
  async write(field, value) {
    const input = inputOf(field.el);
    if (!input) return { ok: false, shown: '', reason: 'no date input found' };
    const original = input.value;
    if (isPresentValue(value)) {
      const r = await writePresent(input, value);
      if (!r.ok) await restore(input, original);
      return r;
    }
    const typable = isTypable(input);
    if (!typable && hasInlineCalendar(input)) {
      const text = inFormat(value, inlineCalendarFormat(input));
      if (!text)
        return {
          ok: false,
          shown: input.value,
          reason: 'the calendar asks for a day; the résumé gives only year and month',
          declined: true,
        };
      if (writeInlineCalendar(input, text)) return { ok: true, shown: input.value };
    }
    if (typable && (await typeAndCommit(input, value))) return { ok: true, shown: input.value };
    // An English month box ('Aug 2019'): typed in its own format before any panel, whose animations a
    // press may meet halfway. A year-first box refuses these and goes on to its panel as before.
    for (const text of typable ? englishMonths(value) : []) {
      if (await typeAndCommit(input, text)) return { ok: true, shown: input.value };
    }
    // A period in one box ('2019.08 - 2020.12'): a panel of two months side by side, or two steps.
    const period = typable ? null : periodPicks(value);
    if (period && (await pickFromPanel(input, period.picks, undefined, period.present))) {
      blur(input);
      const shown = await waitFor(() => (samePeriod(input.value, value) ? input.value : null), {
        timeout: 600,
      });
      if (shown) return { ok: true, shown };
    }
    const month = monthOf(value);
    let days = false;
    if (month && (await pickFromPanel(input, [month], () => (days = true)))) {
      blur(input);
      if (await settled([input], [value])) return { ok: true, shown: input.value };
    }
    if (days && !typable) {
      await restore(input, original);
      return {
        ok: false,
        shown: input.value,
        reason: 'the picker asks for a day; the résumé gives only year and month',
        declined: true,
      };
    }
    for (const text of typable ? alternatives(value) : []) {
      if (await typeAndCommit(input, text)) return { ok: true, shown: input.value };
    }
    pressKey(input, 'Escape');
    await restore(input, original);
    return { ok: false, shown: input.value, reason: `the date picker did not accept ${value}` };
  },
};
