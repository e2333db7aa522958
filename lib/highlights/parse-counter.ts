// Sites show limits as text rather than maxlength: '0/500', '0 / 2000', '还可输入500字', '最多500字',
// '500 characters remaining'. Returns the field's total limit, or null when the text is no counter.

const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+)';
const CHARS = '(?:个)?(?:字|字符|汉字)';

const USED_OF_MAX = new RegExp(`^${NUM}\\s*[/／]\\s*${NUM}\\s*(?:${CHARS}|characters?|chars?)?$`, 'i');
const REMAINING = [
  new RegExp(`(?:还可(?:以)?|还能|剩余|剩下|尚可|可)(?:输入|填写|录入)?\\s*${NUM}\\s*${CHARS}`),
  new RegExp(`${NUM}\\s*(?:characters?|chars?)\\s*(?:remaining|left)`, 'i'),
];
const MAXIMUM = [
  new RegExp(
    `(?:最多|不超过|不能超过|不得超过|限|上限|至多|最长)\\s*(?:可以?)?(?:输入|填写)?\\s*${NUM}\\s*${CHARS}`,
  ),
  new RegExp(`${NUM}\\s*${CHARS}(?:以内|之内|以下)`),
  new RegExp(
    `(?:max(?:imum)?|up to|limit(?:ed to)?|no more than)\\s*:?\\s*${NUM}\\s*(?:characters?|chars?)`,
    'i',
  ),
  new RegExp(`${NUM}\\s*(?:characters?|chars?)\\s*(?:max(?:imum)?|or (?:less|fewer))`, 'i'),
];

function toInt(s: string | undefined): number | null {
  if (!s) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) && n > 0 ? n : null;
}

export type CounterKind = 'used-of-max' | 'remaining' | 'maximum';

export interface ParsedCounter {
  kind: CounterKind;
  /** The field's total limit. */
  max: number;
  /** For 'used-of-max': the number the site says is used now. */
  used?: number;
}

/** `currentLength` turns a 'remaining' counter into a total: remaining + what is already typed. */
export function parseCounterText(text: string, currentLength: number): ParsedCounter | null {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (t === '' || t.length > 80) return null;
  const used = USED_OF_MAX.exec(t);
  if (used) {
    const max = toInt(used[2]);
    const n = Number(used[1]!.replace(/,/g, ''));
    // '3/2' is a page number, not a counter; an over-long text still shows its limit as the second number.
    if (max && max >= 10 && n <= max * 2) return { kind: 'used-of-max', max, used: n };
    return null;
  }
  // '最多可输入500字' states the total; test it before the 'remaining' wording it contains.
  for (const re of MAXIMUM) {
    const max = toInt(re.exec(t)?.[1]);
    if (max) return { kind: 'maximum', max };
  }
  for (const re of REMAINING) {
    const m = re.exec(t);
    const left = m ? Number(m[1]!.replace(/,/g, '')) : NaN;
    if (m && Number.isFinite(left)) return { kind: 'remaining', max: left + currentLength };
  }
  return null;
}
