// Picks the one option that means the wanted value, or none. Stages go from strict to lenient and stop at
// the first that finds anything; two candidates at one stage mean "ambiguous" and give null, because a
// wrong choice in a dropdown is worse than an empty one.
import type { FieldOption } from '~/lib/fill/types';
import type { Fact } from './facts';
import { broaderConcept, conceptOf, type ConceptKind, type MatchKind } from './option-concepts';
import { pickByDiscipline } from './degree-words';
import { normalizeText, withoutBrackets } from './normalize-text';

export type { MatchKind } from './option-concepts';

const PLACEHOLDER = [
  /^请选择/,
  /^(please\s+)?(select|choose|pick)\b/i,
  /^[-—–_.·\s]+$/,
  /^--.*--$/,
  /^(none selected|no selection|未选择|请输入.*)$/i,
];

/** A prompt row such as '请选择' or 'Select...', or an option with an empty value: never a real answer. */
export function isPlaceholderOption(o: FieldOption): boolean {
  const label = o.label.normalize('NFKC').trim();
  if (!label) return true;
  if (o.el instanceof HTMLOptionElement && o.el.value === '') return true;
  return PLACEHOLDER.some((p) => p.test(label));
}

function isDisabled(o: FieldOption): boolean {
  const el = o.el;
  if (!el) return false;
  return (
    el.hasAttribute('disabled') ||
    el.getAttribute('aria-disabled') === 'true' ||
    /\bdisabled\b/i.test(el.className?.toString?.() ?? '')
  );
}

interface Wanted {
  text: string;
  kind: ConceptKind;
  /** Meaning known directly from a fact (a degree level, a month number). */
  concept?: string;
  /** A degree's major, which picks between 'Master of Science' and 'Master of Arts'. */
  major?: string;
}

function fromFact(fact: Fact, kind: ConceptKind): Wanted {
  switch (fact.type) {
    case 'degree':
      return { text: fact.value, kind: 'degree', concept: fact.value, major: fact.major };
    case 'boolean':
      return { text: fact.value ? 'yes' : 'no', kind: 'boolean', concept: fact.value ? 'yes' : 'no' };
    case 'date':
      if (fact.current && !fact.value) return { text: 'present', kind: 'text', concept: 'present' };
      if (fact.value && kind === 'month' && fact.value.month)
        return { text: String(fact.value.month), kind, concept: String(fact.value.month) };
      if (fact.value && kind === 'year')
        return { text: String(fact.value.year), kind, concept: String(fact.value.year) };
      return { text: '', kind };
    case 'phone':
      return kind === 'country-code'
        ? { text: `+${fact.value.countryCode}`, kind, concept: fact.value.countryCode }
        : { text: fact.value.national, kind };
    case 'text':
      return { text: fact.value, kind };
    case 'lines':
      return { text: fact.value.join('\n'), kind };
    case 'range':
      return { text: fact.value.raw, kind };
    case 'answer':
      return { text: fact.zh ?? fact.en ?? '', kind: `answer:${fact.concept}` };
  }
}

const RANGE = /^(\d{1,2})\s*(?:年|years?)?\s*(?:[-–—~～至到]|to)\s*(\d{1,2})\s*(?:年|years?)?$/i;
const AT_LEAST =
  /^(\d{1,2})\s*(?:年|years?)?\s*(?:以上|及以上|或以上|\+|or more|and above)$|^(?:more than|over)\s*(\d{1,2})\s*years?$/i;
const BELOW = /^(\d{1,2})\s*(?:年|years?)?\s*(?:以下|以内)$|^(?:less than|under)\s*(\d{1,2})\s*years?$/i;

/**
 * Whether an option naming a range of years ('5-7年', '10年以上', 'Less than 1 year') holds `n`. `n` is
 * whole years rounded down, so `short` leaves out a range that ends at `n` ('3-5年' for 5 years and 9
 * months, beside '5-10年'); where the ranges do not meet ('3-5年', '6-10年') it is asked again with it in.
 */
function rangeHolds(label: string, n: number, short = false): boolean {
  const t = label.normalize('NFKC').trim();
  const range = RANGE.exec(t);
  if (range) return n >= Number(range[1]) && (short ? n < Number(range[2]) : n <= Number(range[2]));
  const least = AT_LEAST.exec(t);
  if (least) {
    const from = Number(least[1] ?? least[2]);
    // 'more than 5 years' leaves 5 out; '5年以上' takes it in, as forms mean it.
    return least[2] ? n > from : n >= from;
  }
  const below = BELOW.exec(t);
  if (below) return n < Number(below[1] ?? below[2]);
  return false;
}

/** Whether `label` is `value` up to an 'and' that joins a second half ('Computer Science' of '… and Technology'). */
function isFirstHalf(label: string, value: string): boolean {
  const l = label.normalize('NFKC').trim().toLowerCase();
  const v = value.normalize('NFKC').trim().toLowerCase();
  if (!l || l.length >= v.length || !v.startsWith(l)) return false;
  return /^(\s+(and|&)\s+|\s*[&与及和]\s*)\S/.test(v.slice(l.length));
}

/** A rendered degree's kind carries the entry's major ('degree:Computer Science'): split once here. */
export function splitKind(kind: MatchKind): { kind: ConceptKind; major?: string } {
  return kind.startsWith('degree:')
    ? { kind: 'degree', major: kind.slice('degree:'.length) }
    : { kind: kind as ConceptKind };
}

/** No word in it: a dialling code, a number. */
const isCode = (s: string) => !/\p{L}/u.test(s);

/** What a label holds in brackets: '中国 (+86)' → '+86'. */
function bracketed(label: string): string {
  return [...label.normalize('NFKC').matchAll(/\(([^)]*)\)|\[([^\]]*)\]|【([^】]*)】|「([^」]*)」/g)]
    .map((m) => m.slice(1).join(''))
    .join(' ');
}

/** The single candidate, or null when there are none or several different ones. */
function single(found: FieldOption[], sameIsOne = false): FieldOption | null | undefined {
  if (found.length === 0) return undefined;
  if (found.length === 1) return found[0];
  // A list grouped as 常用 / 全部 lists a dialling code twice: one meaning, one choice. Two '其他' under
  // two groups may mean two things, so plain text stays ambiguous.
  const same = (o: FieldOption) => o.label === found[0]!.label && o.value === found[0]!.value;
  return sameIsOne && found.every(same) ? found[0] : null;
}

/**
 * The option meaning `wanted`: exact label → exact value → normalised label → same meaning for `kind`
 * (degree synonyms, month forms, years, +86 / 中国大陆, yes / no, 至今 / Present). Placeholders and
 * disabled options are never chosen; ambiguity gives null.
 */
export function matchOption(
  options: FieldOption[],
  wanted: string | Fact,
  kind: MatchKind = 'text',
): FieldOption | null {
  const split = splitKind(kind);
  const w: Wanted =
    typeof wanted === 'string'
      ? { text: wanted, ...split }
      : { major: split.major, ...fromFact(wanted, split.kind) };
  const candidates = options.filter((o) => !isPlaceholderOption(o) && !isDisabled(o));
  const text = w.text.trim();
  if (!text && !w.concept) return null;

  const stages: ((o: FieldOption) => boolean)[] = [];
  // Month and year options whose labels say which they are ('March') are read by their labels: their
  // values may count from 0 (Taleo posts March as '2'), so value '3' would be April.
  const labelsSpeak =
    (w.kind === 'month' || w.kind === 'year') &&
    candidates.filter((o) => conceptOf(o.label, w.kind)).length * 2 >= candidates.length;
  if (text) {
    const norm = normalizeText(text);
    stages.push((o) => o.label.trim() === text);
    if (!labelsSpeak) stages.push((o) => o.value === text);
    if (norm) stages.push((o) => normalizeText(o.label) === norm);
    if (norm) stages.push((o) => !!o.name && normalizeText(o.name) === norm);
  }
  const concept = w.concept ?? (text ? conceptOf(text, w.kind) : null);
  const byConcept = concept ? (o: FieldOption) => conceptOf(o.label, w.kind) === concept : null;
  if (byConcept) stages.push(byConcept);
  // 港澳台 on a list of 境内 / 境外 only: the broader region it belongs to.
  const broader = concept ? broaderConcept(concept, w.kind) : null;
  const byBroader = broader ? (o: FieldOption) => conceptOf(o.label, w.kind) === broader : null;
  if (byBroader) stages.push(byBroader);
  // Last: the label without its note, as widgets show a chosen '+86 （中国大陆）' ('+86') or '中国 (+86)'
  // ('中国'), so undo can choose again what such a widget showed. Only where one side is a code: between
  // two names the brackets name another place ('新加坡国立大学（苏州研究院）' is a school of its own).
  const bare = normalizeText(text);
  if (bare)
    stages.push(
      (o) => normalizeText(withoutBrackets(o.label)) === bare && (isCode(text) || isCode(bracketed(o.label))),
    );

  // A dialling code alone ('+1', what a picker showed and undo chooses again) is a word of a region-first
  // label ('美国 +1').
  const dial = /^\+\d{1,4}$/.test(text)
    ? (o: FieldOption) => o.label.normalize('NFKC').split(/\s+/).includes(text)
    : null;
  if (dial) stages.push(dial);

  // A count ('5' years) against options of ranges ('3-5年' is ambiguous beside '5-7年'; '5-7年', '10年以上').
  const count = w.kind === 'text' && /^\d{1,2}$/.test(text) ? Number(text) : null;
  if (count !== null)
    stages.push(
      (o) => rangeHolds(o.label, count, true),
      (o) => rangeHolds(o.label, count),
    );

  // Last for a name: the option that is its first half before 'and' / 与 ('Computer Science and
  // Technology' on a list that has only 'Computer Science'; 计算机科学与技术 → 计算机科学).
  if (w.kind === 'text' && text && count === null) stages.push((o) => isFirstHalf(o.label, text));

  for (const stage of stages) {
    const found = candidates.filter(stage);
    const result = single(found, stage === byConcept || stage === byBroader || stage === dial);
    // Several options of the wanted level ('Master of Science (MS)', 'Master of Arts (MA)'): the major decides.
    if (result === null && stage === byConcept && w.kind === 'degree')
      return pickByDiscipline(found, w.major);
    if (result !== undefined) return result;
  }
  return null;
}
