// One question answered by several controls: decide what each control takes. When the split cannot be
// told (three boxes for a range, a Month/Year pair with no words on an English page) every control is
// left alone: an empty field is forgivable, a year in a month box is not.
import type { Classification, FieldDescription, FieldKey, ValuePart } from '~/lib/fill/types';
import { familyNameFirst } from '~/lib/fill/describe/name-order';
import { foldForMatch } from '~/lib/fill/describe/text';
import { startsWithDialCode } from '~/lib/fill/values/phone-context';
import { isDateKey, partOfField } from './value-part';

type Out = Map<number, Classification>;

/** Words on a name box (placeholder, aria-label, name/id) that say which part it takes. */
export const FIRST = /first|given|forename|^名$|名\s*\(|\(名\)|fname|vorname|prenom|prénom/;
export const LAST = /last|family|surname|^姓|\(姓\)|lname|nachname|nom de famille/;

function set(
  out: Out,
  field: FieldDescription,
  base: Classification,
  key: FieldKey,
  why: string,
  part?: ValuePart,
): void {
  const c: Classification = { key, confidence: base.confidence * 0.95, reason: `${base.reason} +${why}` };
  if (part) c.part = part;
  out.set(field.id, c);
}

function clear(out: Out, members: FieldDescription[]): void {
  for (const m of members) out.delete(m.id);
}

/** Parts for each control: the detected ones; gaps take the pattern's part, on Chinese pages only. */
function partsFor(members: FieldDescription[], pattern: ValuePart[]): ValuePart[] | undefined {
  const found = members.map(partOfField);
  if (found.every(Boolean)) return found as ValuePart[];
  // English forms order Month / Year either way; without a word on each box the order is a guess.
  if (members[0]!.lang !== 'zh') return undefined;
  return found.map((p, i) => p ?? pattern[i]!);
}

/** Whether the text just before `el`, in its own table cell or box, is 至 / to (the end of a range). */
function afterConnector(el: Element): boolean {
  for (let node: Element | null = el, up = 0; node && up < 3; node = node.parentElement, up++) {
    for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
      if (prev instanceof Element && (prev.matches('br, input[type=hidden]') || !prev.textContent?.trim()))
        continue;
      const text = (prev.textContent ?? '').trim();
      if (!text) continue;
      return CONNECTOR.test(text.split(/\s+/).pop()!);
    }
    if (node.matches('td, th, [role=cell], [role=gridcell]')) return false;
  }
  return false;
}

function splitRange(members: FieldDescription[], base: Classification, out: Out): void {
  const section = base.key.slice(0, base.key.indexOf('.'));
  const start = `${section}.start` as FieldKey;
  const end = `${section}.end` as FieldKey;
  if (members.length === 2) {
    // Year then month of ONE end ('2015 年 9 月' on either side of 至, each end its own question): the text
    // before it says which end.
    const parts = members.map(partOfField);
    if (parts[0] === 'year' && parts[1] === 'month') {
      const key = afterConnector(members[0]!.el) ? end : start;
      members.forEach((m, i) => set(out, m, base, key, 'one end in parts', parts[i]));
      return;
    }
    members.forEach((m, i) =>
      set(out, m, base, i ? end : start, i ? 'end of pair' : 'start of pair', partOfField(m)),
    );
    return;
  }
  const parts = members.length === 4 ? partsFor(members, ['year', 'month', 'year', 'month']) : undefined;
  if (!parts) return clear(out, members);
  members.forEach((m, i) => set(out, m, base, i < 2 ? start : end, 'range in four parts', parts[i]));
}

function splitDate(members: FieldDescription[], base: Classification, out: Out): void {
  const parts = members.length <= 3 ? partsFor(members, ['year', 'month', 'day']) : undefined;
  if (!parts || new Set(parts).size !== parts.length) return clear(out, members);
  members.forEach((m, i) => set(out, m, base, base.key, 'date in parts', parts[i]));
  const day = members[parts.indexOf('day')];
  const dayOpen = !!day && dayShowsNothing(day);
  for (const m of members) Object.assign(out.get(m.id)!, { partsOf: parts, dayOpen });
}

/** A day part on its prompt ('Day', 'DD', '日') or empty: no day is given yet. */
function dayShowsNothing(f: FieldDescription): boolean {
  if (f.el instanceof HTMLSelectElement)
    return !f.el.value || !/\d/.test(f.el.selectedOptions[0]?.text ?? '');
  return !/\d/.test(f.currentValue);
}

function splitName(members: FieldDescription[], base: Classification, out: Out): void {
  // A box the run swept in that asks for something else on its own words ('Email address') is no name part.
  if (members.some((m) => out.get(m.id) && !out.get(m.id)!.key.startsWith('name.'))) return;
  const latin = base.key === 'name.latinFull';
  const given: FieldKey = latin ? 'name.latinGiven' : 'name.given';
  const family: FieldKey = latin ? 'name.latinFamily' : 'name.family';
  const roles = members.map((m) => {
    const words = foldForMatch([m.hints.placeholder, m.hints.ariaLabel, m.hints.name, m.hints.id].join(' '));
    return FIRST.test(words) ? given : LAST.test(words) ? family : undefined;
  });
  const byOrder: FieldKey[] = familyNameFirst(members[0]!) ? [family, given] : [given, family];
  const keys = roles[0] && roles[1] && roles[0] !== roles[1] ? (roles as FieldKey[]) : byOrder;
  members.forEach((m, i) => set(out, m, base, keys[i]!, 'name in two boxes'));
}

const CODE_WORDS = /\b(country|code|dial|prefix|calling)\b|区号/;
const PICKERS = new Set(['select', 'combobox', 'listbox-button']);

function splitPhone(members: FieldDescription[], base: Classification, out: Out): void {
  const [first, second] = members as [FieldDescription, FieldDescription];
  // react-phone-input-2 draws its country button after the box: the picker is the code, wherever it sits.
  const swapped = first.widget === 'text' && PICKERS.has(second.widget);
  const [code, number] = swapped ? [second, first] : [first, second];
  // A box holding the dial code itself ('+1' typed from the start) takes the number whole: its digits
  // choose the country, and the picker follows them.
  if (startsWithDialCode(number.currentValue)) {
    out.delete(code.id);
    set(out, number, base, 'phone', 'number with its code, in a box that holds the code');
    return;
  }
  // An area code (autocomplete tel-area-code): a mainland mobile has none, so that box stays empty and
  // the whole national number goes after it.
  if (/\btel-area-code$/.test(code.hints.autocomplete ?? '')) {
    out.delete(code.id);
    set(out, number, base, 'phone.national', 'number after an area code');
    return;
  }
  const codeWords = foldForMatch([code.hints.name, code.hints.id, code.hints.placeholder].join(' '));
  const short =
    code.widget !== 'text' ||
    (code.hints.maxLength ?? 99) <= 6 ||
    /^\+?\d{1,4}$/.test(code.currentValue) ||
    CODE_WORDS.test(codeWords);
  if (!short) return clear(out, members);
  set(out, code, base, 'phone.countryCode', 'code before number');
  set(out, number, base, 'phone.national', 'number after code');
}

const WHOLE_DATE = new Set(['native-date', 'date-picker']);
const CONNECTOR = /^(至|到|to|until|-|~|—|–)$/i;

const START_WORDS = /开始|起始|入学|start|from|begin/i;
const END_WORDS = /结束|截止|毕业|离职|end|until|\bto\b/i;

/** A box's own words (placeholder, aria-label), not the question's label they share. */
function ownWords(m: FieldDescription): string {
  return `${m.hints.placeholder ?? ''} ${m.hints.ariaLabel ?? ''}`;
}

/**
 * Two boxes that each take a whole date, joined by 至 / to, or whose own words say start and end
 * (开始时间 / 结束时间): a start and an end, never year + month.
 */
function isPair(members: FieldDescription[]): boolean {
  if (members.length !== 2) return false;
  const [a, b] = members as [FieldDescription, FieldDescription];
  return (
    members.every((m) => WHOLE_DATE.has(m.widget)) ||
    CONNECTOR.test(b.label.trim()) ||
    (START_WORDS.test(ownWords(a)) && END_WORDS.test(ownWords(b)))
  );
}

/** Which contact fact a key is: a run whose boxes each name a different one is no single question. */
function contactOf(key: string): string | undefined {
  return key === 'email' ? 'email' : key.startsWith('phone') ? 'phone' : undefined;
}

export function splitQuestion(members: FieldDescription[], out: Out): void {
  const base = members.map((m) => out.get(m.id)).find(Boolean);
  if (!base) return;
  // 'Telefon' then 'E-mail' with no label of its own (its placeholder says it): two questions.
  const contacts = new Set(members.map((m) => contactOf(out.get(m.id)?.key ?? '')).filter(Boolean));
  if (contacts.size > 1) return;
  const { key } = base;
  const entryDate = isDateKey(key) && key !== 'birth';
  if (key.endsWith('.range') || (entryDate && isPair(members))) splitRange(members, base, out);
  else if (entryDate && members.length === 4) splitRange(members, base, out);
  else if (isDateKey(key)) splitDate(members, base, out);
  else if ((key === 'name.full' || key === 'name.latinFull') && members.length === 2)
    splitName(members, base, out);
  else if ((key === 'phone' || key === 'phone.national') && members.length === 2)
    splitPhone(members, base, out);
  // Any other fact asked in several boxes ('专业排名 [名次] / [专业总人数]') has no known way to split:
  // the same value in each would be wrong in all but one.
  else if (
    members.length > 1 &&
    !contacts.size &&
    !key.startsWith('name.') &&
    // Text boxes only: a list drawn over its native select (iCIMS' twin) is one control, not a split.
    members.every((m) => m.widget === 'text' && (!out.get(m.id) || out.get(m.id)!.key === key))
  )
    clear(out, members);
}
