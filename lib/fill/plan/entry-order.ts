// The order a form asks its entries in. Résumés list the newest first, and so do most forms; a 报名表
// that says 从高中起按时间先后顺序填写 ("from high school on, in order of time") wants the oldest first,
// and filling it in résumé order puts the master's school in the first (earliest) row.
import type { DateRange } from '~/lib/resume/types';

/** Words that ask for the oldest entry first. */
const OLDEST_FIRST =
  /[从自](高中|初中|中学|大学|本科)(阶段)?(开始)?(填|写)?(起|开始|填写)|按(照)?时间(先后|顺序|正序)|时间先后|由远及近|从早到晚|chronological order|oldest first|earliest first/i;
/** Words that ask for the newest first (the résumé's own order, said outright). */
const NEWEST_FIRST =
  /从(最高|最近|最新)|由近及远|倒序|时间倒|reverse chronological|most recent first|newest first|latest first/i;

export type EntryOrder = 'oldest-first' | 'newest-first';

/** Words naming each entry section, so a note about one ('学习经历从高中起…') does not order another. */
const SECTION_WORDS: Record<string, RegExp> = {
  education: /学习|教育|学历|求学|education|school/i,
  experience: /工作|实习|任职|employment|work|job/i,
  projects: /项目|project/i,
};

/**
 * The order the texts (section headings, the form's notes on the section) ask for, if any. With `section`,
 * a clause that asks an order of another section by name is not this one's ('3. 学习经历从高中起按时间先后
 * 顺序填写' in a form's instructions orders the education table, not the work one).
 */
export function orderAsked(texts: Array<string | undefined>, section?: string): EntryOrder | undefined {
  // A title cell broken by <br>s ('学<br>习<br>经<br>历（从高中<br>填起）') reads whole again.
  const text = texts
    .filter(Boolean)
    .join(' ')
    .replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '');
  const others = Object.entries(SECTION_WORDS).filter(([s]) => section && s !== section);
  const own = SECTION_WORDS[section ?? ''];
  const clauses = text
    .split(/[；;。\n]|\s\d+[.、]/)
    .filter((c) => !others.some(([, words]) => words.test(c)) || (own?.test(c) ?? false));
  const kept = clauses.join(' ');
  if (NEWEST_FIRST.test(kept)) return 'newest-first';
  return OLDEST_FIRST.test(kept) ? 'oldest-first' : undefined;
}

const CONTROLS = 'input:not([type=hidden]),select,textarea,[contenteditable=true],[role=combobox]';

/**
 * The notes stated above an entry ('教育经历  请从本科阶段开始，按入学时间先后填写' in the section's title row, an
 * alert above the first card, the form's own instructions): the short, control-free elements before each
 * ancestor of `el`. A sibling holding controls is another section, and ends the look at that level.
 */
export function sectionNotes(el: Element): string {
  const notes: string[] = [];
  for (let node: Element | null = el, up = 0; node && up < 12; node = node.parentElement, up++) {
    let sibling = node.previousElementSibling;
    for (let n = 0; sibling && n < 3; sibling = sibling.previousElementSibling, n++) {
      if (sibling.querySelector(CONTROLS)) break;
      const text = (sibling.textContent ?? '').trim();
      if (text && text.length <= 160) notes.push(text);
    }
  }
  return notes.join(' ');
}

function startOf(dates: DateRange): number {
  return dates.start ? dates.start.year * 12 + (dates.start.month ?? 1) : Number.POSITIVE_INFINITY;
}

/**
 * Résumé entry indices in the order the form asks: position i on the page takes entry result[i]. Entries
 * with no start date keep their place after the dated ones; ties keep the résumé's order.
 */
export function entriesInOrder(
  entries: Array<{ dates: DateRange }>,
  order: EntryOrder | undefined,
): number[] {
  const indices = entries.map((_, i) => i);
  if (!order) return indices;
  const sign = order === 'oldest-first' ? 1 : -1;
  return indices.sort((a, b) => {
    const sa = startOf(entries[a]!.dates);
    const sb = startOf(entries[b]!.dates);
    if (!Number.isFinite(sa) || !Number.isFinite(sb))
      return Number(!Number.isFinite(sa)) - Number(!Number.isFinite(sb)) || a - b;
    return sign * (sa - sb) || a - b;
  });
}

/** Where pages put their instructions: an alert, a notice, a 填表说明 box. */
const INSTRUCTIONS =
  '[role=alert],[role=note],[class*=alert],[class*=notice],[class*=instruction],[class*=explain],[class*=guide]';

/**
 * A form's instructions stated once at its top ('填表说明：…；学习经历从高中填起；…' in an el-alert) rather
 * than beside the section: short control-free boxes before `el`. orderAsked keeps only the clauses that
 * name no other section.
 */
export function formNotes(el: Element): string {
  const notes: string[] = [];
  for (const box of el.ownerDocument.querySelectorAll(INSTRUCTIONS)) {
    if (notes.length >= 4) break;
    if (!(box.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (box.contains(el) || box.querySelector(CONTROLS)) continue;
    const text = (box.textContent ?? '').trim();
    if (text && text.length <= 300 && !notes.some((n) => n.includes(text))) notes.push(text);
  }
  return notes.join('\n');
}
