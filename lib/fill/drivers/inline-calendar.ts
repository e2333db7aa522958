// Date boxes of server-rendered pages whose calendar is opened by an inline handler: My97 DatePicker's
// `onclick="WdatePicker({dateFmt:'yyyy-MM'})"` on government and university 报名 systems, laydate and the
// like. No framework holds their value: the form posts what the box holds, and the handler even names the
// format. My97 draws its calendar inside an iframe no panel reader reaches, so the box is written directly,
// in that format, without focus (a focus handler would open the calendar over the next fields).
import { handlerOf } from '../describe/dom';
import { setNativeValue } from './edit-events';
import { dateParts } from './date-input';
const FORMAT = /dateFmt\s*:\s*(['"])([^'"]+)\1|format\s*:\s*(['"])([^'"]+)\3/;
/** A format asking for a day or a time: the résumé gives year and month only. */
const FINER_THAN_MONTH = /d|H|h|m|s/;

/** The format the handler names ('yyyy-MM', 'yyyy年MM月'); My97's default is a full date. */
export function inlineCalendarFormat(input: HTMLInputElement): string {
  const m = FORMAT.exec(handlerOf(input));
  return m ? (m[2] ?? m[4])! : 'yyyy-MM-dd';
}

/** `value` ('2019-08', '2019.8') in `format`; null when the format asks for more than a month. */
export function inFormat(value: string, format: string): string | null {
  const [y, m] = dateParts(value);
  if (!y || !m) return null;
  const tokens = format.replace(/yyyy|yy|MM|M/g, '');
  if (FINER_THAN_MONTH.test(tokens)) return null;
  return format.replace(/yyyy|yy|MM|M/g, (t) =>
    t === 'yyyy'
      ? String(y)
      : t === 'yy'
        ? String(y).slice(2)
        : t === 'MM'
          ? String(m).padStart(2, '0')
          : String(m),
  );
}

/** Writes the box as the calendar would (value, then input and change); false when the page took none of it. */
export function writeInlineCalendar(input: HTMLInputElement, text: string): boolean {
  setNativeValue(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return input.value === text;
}
