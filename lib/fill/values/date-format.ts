// Date shapes a text box asks for, read from its placeholder ('YYYY-MM', '2024.09', '2024年9月', 'MM/YYYY'),
// and rendering a résumé date into that shape without ever inventing a missing day or month.
import type { DateValue } from './facts';

/** A template made of YYYY, MM (zero-padded), M, DD, D and literal separators. */
export type DateTemplate = string;

const TOKEN_RUN =
  /[yY]{4}(?:\s*[^\s\w]?\s*[mM]{1,2}(?:\s*[^\s\w]?\s*[dD]{1,2})?)?[月日]?|[mM]{2}[/.-][dD]{2}[/.-][yY]{4}|[dD]{2}[/.-][mM]{2}[/.-][yY]{4}|[mM]{2}\s*[/.-]\s*[yY]{4}/;

function fromTokens(text: string): DateTemplate | undefined {
  const m = TOKEN_RUN.exec(text);
  if (!m) return undefined;
  return m[0]
    .replace(/\s+/g, '')
    .replace(/y{4}/i, 'YYYY')
    .replace(/m{1,2}/i, (t) => t.toUpperCase())
    .replace(/d{1,2}/i, (t) => t.toUpperCase());
}

const CJK_EXAMPLE = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/;
const YMD_EXAMPLE = /(\d{4})([-./])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)/;
const MY_EXAMPLE = /(?<!\d)(\d{1,2})([/.-])(\d{4})(?!\d)/;

function monthToken(sample: string): string {
  return sample.length === 2 ? 'MM' : 'M';
}

function fromExample(text: string): DateTemplate | undefined {
  const cjk = CJK_EXAMPLE.exec(text);
  if (cjk) return `YYYY年${monthToken(cjk[2])}月${cjk[3] ? (cjk[3].length === 2 ? 'DD' : 'D') + '日' : ''}`;
  const ymd = YMD_EXAMPLE.exec(text);
  if (ymd)
    return `YYYY${ymd[2]}${monthToken(ymd[3])}${ymd[4] ? ymd[2] + (ymd[4].length === 2 ? 'DD' : 'D') : ''}`;
  const my = MY_EXAMPLE.exec(text);
  if (my) return `${monthToken(my[1])}${my[2]}YYYY`;
  return undefined;
}

/** The date shape a placeholder (or other hint text) shows, if it shows one. */
export function detectDateTemplate(...texts: (string | undefined)[]): DateTemplate | undefined {
  for (const t of texts) {
    if (!t) continue;
    const found = fromTokens(t) ?? fromExample(t);
    if (found) return found;
  }
  return undefined;
}

/**
 * A month format the page states once for all its date boxes, in its instructions ('出生年月、参加工作时间按
 * “1990.01”格式填写', '日期格式：YYYY-MM').
 */
const SAMPLE = String.raw`(?:19|20)\d{2}\s*[.\-/年]\s*\d{1,2}月?|YYYY\s*[.\-/年]\s*MM月?`;
const PAGE_FORMAT = new RegExp(
  String.raw`(?:格式|形式|样式|format)[^。；;！!\n]{0,24}?[“"'「（(]?(${SAMPLE})|[按如以用][“"'「]?(${SAMPLE})[”"'」]?\s*的?(?:格式|形式|样式)`,
  'i',
);

/** Read at each use: a page's instructions change as it steps (one document, many forms). */
export function pageDateTemplate(doc: Document): DateTemplate | undefined {
  const m = PAGE_FORMAT.exec(doc.body?.textContent ?? '');
  const sample = m?.[1] ?? m?.[2];
  return sample ? detectDateTemplate(sample) : undefined;
}

export function templateNeedsDay(t: DateTemplate): boolean {
  return /D/.test(t);
}

/** '2024-09' style for a template; undefined when the template wants a part the résumé lacks. */
export function formatDate(date: DateValue, template: DateTemplate): string | undefined {
  if (/M/.test(template) && !date.month) return undefined;
  if (templateNeedsDay(template) && !date.day) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return template.replace(/YYYY|MM|M|DD|D/g, (tok) => {
    if (tok === 'YYYY') return String(date.year);
    if (tok === 'MM') return pad(date.month!);
    if (tok === 'M') return String(date.month);
    if (tok === 'DD') return pad(date.day!);
    return String(date.day);
  });
}

const RANGE_SEPARATOR = /\s*(?:~|～|至|到|–|—|-|to)\s*/i;

/** For a range box: the separator its placeholder uses between two dates ('2020.09 - 2024.06' → ' - '). */
export function detectRangeSeparator(placeholder: string | undefined): string | undefined {
  if (!placeholder) return undefined;
  const date = String.raw`(?:\d{4}[-./年]\d{1,2}月?|[yY]{4}[-./年]?[mM]{1,2}月?|\d{1,2}/\d{4}|[mM]{2}/[yY]{4}|(?:开始|起始|结束|截止)[^\s~～至到–—-]*|start\w*|end\w*)`;
  const m = new RegExp(`${date}(${RANGE_SEPARATOR.source})${date}`, 'i').exec(placeholder);
  return m ? m[1] : undefined;
}
