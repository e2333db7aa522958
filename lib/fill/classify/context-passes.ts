// Passes that need the neighbours: one question answered in several controls. 起止时间 with two inputs is
// a start and an end; 出生年月 as two selects is a year and a month; 'Name' as two boxes is given + family;
// a dial-code picker beside a phone box makes that box the national number.
import type { Classification, FieldDescription } from '~/lib/fill/types';
import { commonAncestor, composedParent } from '~/lib/fill/describe/dom';
import { isFragmentLabel } from '~/lib/fill/describe/text';
import { findLabelDeny } from './deny';
import { pairNameParts } from './name-parts';
import { OTHER_PEOPLE, sectionContext } from './section-context';
import { splitQuestion } from './split-question';
import { isDateKey } from './value-part';

/** A label that is only the field's own placeholder ('First', 'YYYY') does not name a question. */
function ownLabel(field: FieldDescription): string {
  return field.label === field.hints.placeholder ? '' : field.label;
}

/** '年', 'Month', '至', 'To' only continue a question that is a date (出生年月 → 年 → 月). */
function continues(
  first: FieldDescription,
  next: FieldDescription,
  out: Map<number, Classification>,
): boolean {
  if (
    next.widget === 'checkbox' ||
    next.sectionHeading !== first.sectionHeading ||
    next.block !== first.block
  ) {
    return false;
  }
  const group = next.hints.groupLabel;
  if (group && (group === first.label || group === first.hints.groupLabel)) return true;
  const label = ownLabel(next);
  if (label === first.label || !label) return true;
  const key = out.get(first.id)?.key;
  return isFragmentLabel(label) && !!key && (isDateKey(key) || key.endsWith('.range'));
}

const LABEL_NODES = 'label,legend,[class*=label],[class*=Label],[class*=title]';

/** Two 开始时间 labels inside the container mean two questions that happen to share words. */
function labelledTwice(lca: Element, label: string): boolean {
  let seen = 0;
  for (const node of Array.from(lca.querySelectorAll(LABEL_NODES))) {
    if (node.textContent?.includes(label) && !node.querySelector(LABEL_NODES) && ++seen > 1) return true;
  }
  return false;
}

/** True when the smallest container of the run holds a field from outside it (not one question). */
function leaks(lca: Element, outside: FieldDescription | undefined): boolean {
  return !!outside && outside.widget !== 'checkbox' && composedContains(lca, outside.el);
}

/** Node.contains stops at shadow roots; fields of one design-system entry sit in sibling shadows. */
function composedContains(outer: Element, inner: Element): boolean {
  for (let n: Element | null = inner; n; n = composedParent(n)) if (n === outer) return true;
  return false;
}

/** Consecutive fields that answer one question: same label (or a part label), one small container. */
export function questionRuns(fields: FieldDescription[], out: Map<number, Classification>): number[][] {
  const runs: number[][] = [];
  let i = 0;
  while (i < fields.length) {
    const first = fields[i]!;
    let lca: Element = first.el;
    let j = i + 1;
    for (; j < fields.length && first.widget !== 'checkbox'; j++) {
      const next = fields[j]!;
      if (!continues(first, next, out)) break;
      const joined = commonAncestor(lca, next.el);
      if (!joined || leaks(joined, fields[i - 1])) break;
      if (first.label && ownLabel(next) === first.label && labelledTwice(joined, first.label)) break;
      lca = joined;
    }
    if (
      j - i > 1 &&
      !leaks(
        lca,
        fields.slice(j).find((f) => f.widget !== 'checkbox'),
      )
    ) {
      runs.push(Array.from({ length: j - i }, (_, k) => i + k));
      i = j;
    } else i++;
  }
  return runs;
}

const PICKER = new Set(['select', 'combobox', 'listbox-button']);
const CODE_WORDS = /country|code|dial|calling|区号|国家|地区|\+\d/i;
const DIAL_VALUE = /^\+?\s?\d{1,4}\b/;

function looksLikeDialCode(field: FieldDescription): boolean {
  const short = PICKER.has(field.widget) || (field.hints.maxLength ?? 99) <= 6;
  const words = [
    field.label,
    field.hints.ariaLabel,
    field.hints.name,
    field.hints.id,
    field.hints.placeholder,
  ].join(' ');
  // A code sent to the phone (SMS, confirmation) sits beside it too, and is no country code.
  if (/confirm|verif|sms|otp|验证|校验/i.test(words)) return false;
  return short && (DIAL_VALUE.test(field.currentValue) || CODE_WORDS.test(words));
}

/** A dial-code picker right beside the phone box, inside the same small container. */
function pairPhoneCodes(fields: FieldDescription[], out: Map<number, Classification>): void {
  fields.forEach((field, i) => {
    const phone = out.get(field.id);
    if (!phone || (phone.key !== 'phone' && phone.key !== 'phone.national')) return;
    for (const j of [i - 1, i + 1]) {
      const other = fields[j];
      const known = other && out.get(other.id);
      if (!other || (known && known.key !== 'phone.countryCode')) continue;
      // Headings may differ (a 'Phone' legend equal to the box's own label is skipped): the shared
      // small container decides.
      const lca = commonAncestor(field.el, other.el);
      const alone =
        !!lca && !leaks(lca, fields[Math.min(i, j) - 1]) && !leaks(lca, fields[Math.max(i, j) + 1]);
      if (!alone || !(known || looksLikeDialCode(other))) continue;
      if (!known) {
        out.set(other.id, {
          key: 'phone.countryCode',
          confidence: 0.85,
          reason: 'context:dial code beside phone',
        });
      }
      out.set(field.id, { ...phone, key: 'phone.national', reason: `${phone.reason} +country code beside` });
      return;
    }
  });
}

/**
 * A birth date asked in parts anywhere on the page with a day among them (Gün / Ay / Yıl as three named
 * selects): every part knows it, so a résumé without a day leaves the month and year alone too.
 */
function birthPartsWithDay(out: Map<number, Classification>): void {
  const parts = [...out.values()].filter((c) => c.key === 'birth' && c.part);
  if (!parts.some((c) => c.part === 'day')) return;
  for (const c of parts)
    if (!c.partsOf?.includes('day'))
      c.partsOf = [...new Set([...(c.partsOf ?? []), c.part!, 'day' as const])];
}

/** 'Title' beside the name boxes is Mr / Ms, not a job title. */
function honorificTitles(fields: FieldDescription[], out: Map<number, Classification>): void {
  fields.forEach((f, i) => {
    const c = out.get(f.id);
    if (!c || !/^(currentTitle|experience\.title)$/.test(c.key) || !/^title\W*$/i.test(f.label.trim()))
      return;
    const near = [fields[i - 1], fields[i + 1]].map((n) => n && out.get(n.id)?.key);
    if (near.some((k) => k?.startsWith('name.'))) out.delete(f.id);
  });
}

const BARE_DATE = /^(日期|时间|签名日期|填表日期|date|dated?)$/i;
const SIGNATURE = /签名|签字|签章|signature|sign here|signed by/i;

/** '本人签名：___ 日期：___': the date beside a signature is the day of signing, no résumé date. */
function signatureDates(fields: FieldDescription[], out: Map<number, Classification>): void {
  fields.forEach((f, i) => {
    const before = fields[i - 1];
    if (out.has(f.id) && before && BARE_DATE.test(f.label.trim()) && SIGNATURE.test(before.label))
      out.delete(f.id);
  });
}

/** The `section-*` token of an autocomplete attribute: the author's name for one group of fields. */
function autocompleteSection(field: FieldDescription): string | undefined {
  return /(?:^|\s)(section-\S+)/.exec(field.hints.autocomplete ?? '')?.[1];
}

/**
 * 'tel-local' is the number after an area code: the question ('Employer Phone', 'Phone Number') is the
 * label of the area-code box it shares an autocomplete section with, the local box reading only a
 * sub-label. When that question is someone else's, so is the local box.
 */
function localNumberQuestions(fields: FieldDescription[], out: Map<number, Classification>): void {
  for (const f of fields) {
    if (out.get(f.id)?.reason !== 'autocomplete:tel-local') continue;
    const section = autocompleteSection(f);
    const area = fields.find(
      (g) =>
        g !== f && autocompleteSection(g) === section && /\btel-area-code$/.test(g.hints.autocomplete ?? ''),
    );
    if (!area) continue;
    const ctx = sectionContext(area.sectionHeading);
    if (findLabelDeny(area) || (ctx && OTHER_PEOPLE.has(ctx))) out.delete(f.id);
  }
}

export function runContextPasses(fields: FieldDescription[], out: Map<number, Classification>): void {
  for (const run of questionRuns(fields, out))
    splitQuestion(
      run.map((i) => fields[i]!),
      out,
    );
  pairNameParts(fields, out);
  pairPhoneCodes(fields, out);
  birthPartsWithDay(out);
  honorificTitles(fields, out);
  localNumberQuestions(fields, out);
  signatureDates(fields, out);
  entryLevels(fields, out);
  projectTextSplit(fields, out);
  internshipsAside(fields, out);
  skillChecklists(fields, out);
}

// 'Which of these languages have you used professionally?', 'Which technologies are you familiar with?',
// 你熟悉 / 掌握 / 使用过哪些编程语言（技术）: a checklist of skills. 'Which languages do you speak?' asks
// about spoken languages, which the résumé's skills do not list.
const SKILL_CHECKLIST_EN =
  /\b(which|what|select|choose|check|tick)\b.*\b(programming languages?|languages?|technolog(y|ies)|tools?|frameworks?|skills?|tech stacks?|databases?)\b.*\b(used|use|worked with|experience|familiar|proficient|comfortable|know)\b/i;
const SKILL_CHECKLIST_ZH =
  /(熟悉|掌握|使用过|用过|精通|擅长).{0,12}(编程语言|开发语言|语言|技术栈|技术|框架|工具|技能)|(编程语言|开发语言|技术栈|技能).{0,8}(熟悉|掌握|使用)/;
const SPOKEN = /\b(speak|spoken|fluent|native|mother tongue)\b|口语|母语|外语|语种/i;

/** Each box of a skills checklist asks whether the résumé names its option (never unticked for the user). */
function skillChecklists(fields: FieldDescription[], out: Map<number, Classification>): void {
  for (const f of fields) {
    if (f.widget !== 'checkbox' || out.has(f.id)) continue;
    const question = f.hints.groupLabel ?? '';
    if (!question || question === f.label || SPOKEN.test(question)) continue;
    if (!SKILL_CHECKLIST_EN.test(question) && !SKILL_CHECKLIST_ZH.test(question)) continue;
    out.set(f.id, { key: 'skillNamed', confidence: 0.9, reason: 'context:a skills checklist' });
  }
}

const INTERNSHIP = /实习|intern/i;

/**
 * 没有实习经历 where the form asks for jobs in a section of their own (工作经历): the résumé's jobs go
 * there, and whether the person had internships is theirs to say. Where the internship section is the
 * only one for them (a campus form), unticking it is what lets the jobs in.
 */
function internshipsAside(fields: FieldDescription[], out: Map<number, Classification>): void {
  for (const f of fields) {
    if (out.get(f.id)?.key !== 'noExperience' || !INTERNSHIP.test(f.label)) continue;
    // Under a heading of their own: a header's search box read as a job title is no section.
    const jobsElsewhere = fields.some(
      (g) =>
        out.get(g.id)?.key.startsWith('experience.') &&
        !!g.sectionHeading &&
        g.sectionHeading !== f.sectionHeading,
    );
    if (jobsElsewhere) out.delete(f.id);
  }
}

/** What the person did in a project (项目职责, 个人贡献, Your responsibilities), as opposed to what it was. */
const DUTIES =
  /职责|负责|贡献|承担|个人工作|本人工作|业绩|成果|responsibilit|contribution|achievement|your (role|part)|what you did/i;

/**
 * A project entry that asks twice (项目描述 beside 项目职责): the description box takes the summary and the
 * duties box the highlights, instead of both the whole project. A box that asks alone keeps the whole.
 */
function projectTextSplit(fields: FieldDescription[], out: Map<number, Classification>): void {
  const byBlock = new Map<Element, FieldDescription[]>();
  for (const f of fields) {
    if (!f.block || out.get(f.id)?.key !== 'projects.description') continue;
    byBlock.set(f.block, [...(byBlock.get(f.block) ?? []), f]);
  }
  for (const boxes of byBlock.values()) {
    const duties = boxes.filter((f) => DUTIES.test(f.label));
    if (!duties.length || duties.length === boxes.length) continue;
    for (const f of boxes) {
      const c = out.get(f.id)!;
      const duty = duties.includes(f);
      out.set(f.id, {
        ...c,
        key: duty ? 'projects.duties' : 'projects.summary',
        reason: `${c.reason} +${duty ? 'duties' : 'summary'} beside the entry's other text`,
      });
    }
  }
}

/**
 * 'Education Level' inside an education entry beside its school (Taleo's StudyLevel per block) asks that
 * entry's degree, not the highest: the same words as a one-time question mean the entry's own level.
 */
function entryLevels(fields: FieldDescription[], out: Map<number, Classification>): void {
  const schoolBlocks = new Set(
    fields.filter((f) => f.block && out.get(f.id)?.key === 'education.school').map((f) => f.block),
  );
  for (const f of fields) {
    const c = out.get(f.id);
    if (c?.key !== 'highestDegree' || !f.block || !schoolBlocks.has(f.block)) continue;
    if (/highest|最高/i.test(f.label)) continue;
    out.set(f.id, { ...c, key: 'education.degree', reason: `${c.reason} +in an education entry` });
  }
}
