// The questions a résumé does not answer (性别, 政治面貌, work authorization…), recognised after the rule
// tables, on fields they left alone, and only for the questions the user keeps an answer to: with no
// answer a field is classified exactly as before. The same vetoes hold as for résumé facts: nothing in
// another person's section (紧急联系人, referees, family) and nothing a strong deny row names; the
// wording comes from the concept table (lib/answers/concepts.ts), folded like the rule tables' texts.
// A question the user added or the fill learned matches by its normalised words and option set.
import type { AnswerBook, AnswerEntry } from '~/lib/answers/types';
import { hasValue, isCustomConcept } from '~/lib/answers/types';
import { CONCEPTS, type Concept } from '~/lib/answers/concepts';
import { normalizeQuestion, optionSetKey } from '~/lib/answers/question-key';
import type { Classification, FieldDescription, WidgetKind } from '~/lib/fill/types';
import { foldForMatch, hasCjk } from '~/lib/fill/describe/text';
import { isPlaceholderOption } from '~/lib/fill/values/match-option';
import { findAttrDeny, findLabelDeny } from './deny';
import { OTHER_PEOPLE, sectionContext } from './section-context';

/** An answer is a short value or a choice: never a long text, a date, a checkbox or a file. */
export const ANSWER_WIDGETS: ReadonlySet<WidgetKind> = new Set([
  'text',
  'select',
  'combobox',
  'listbox-button',
  'radio-group',
]);

/** Confidence of a concept's wording: a named question, above the bar and its uncertain margin. */
const CONCEPT_SCORE = 0.9;
/** A custom question is matched on its whole wording: as sure as a label can make us. */
const CUSTOM_SCORE = 0.95;

/** What the user reads as the question: the label, the question around the box, aria-label. */
export function questionTexts(field: FieldDescription): string[] {
  const { hints } = field;
  const own = field.label || hints.ariaLabel ? undefined : hints.placeholder;
  return [field.label, hints.groupLabel, hints.ariaLabel, own].filter((t): t is string => !!t?.trim());
}

function conceptMatch(concept: Concept, texts: string[]): string | undefined {
  for (const raw of texts) {
    const text = foldForMatch(raw);
    const pattern = hasCjk(text) ? concept.zh : /[a-z]/.test(text) ? concept.en : undefined;
    if (pattern?.test(text) && !concept.not?.test(text)) return raw;
  }
  return undefined;
}

/** The built-in concept a field's question asks, whether or not the user has an answer to it. */
export function conceptOfQuestion(field: FieldDescription): Concept | undefined {
  const texts = questionTexts(field);
  return CONCEPTS.find((c) => (c.zh || c.en) && conceptMatch(c, texts));
}

function customMatch(entry: AnswerEntry, field: FieldDescription, texts: string[]): boolean {
  const question = normalizeQuestion(entry.question ?? '');
  if (!question || !texts.some((t) => normalizeQuestion(t) === question)) return false;
  if (!entry.options?.length) return true;
  const offered = (field.options ?? []).filter((o) => !isPlaceholderOption(o)).map((o) => o.label);
  return optionSetKey(offered) === optionSetKey(entry.options);
}

/** Whether a field may take the applicant's own answer where it sits. */
export function applicantsOwn(field: FieldDescription): boolean {
  const ctx = sectionContext(field.sectionHeading);
  if (ctx && (OTHER_PEOPLE.has(ctx) || ctx === 'payment')) return false;
  if (findLabelDeny(field)?.strong || findAttrDeny(field)?.strong) return false;
  return true;
}

/**
 * Classifies the fields no rule claimed whose question the user has an answer to, as
 * `answer.<concept>`. `classes` is updated in place.
 */
export function classifyAnswerQuestions(
  fields: readonly FieldDescription[],
  classes: Map<number, Classification>,
  bar: number,
  book: AnswerBook | undefined,
): void {
  const answered = (book?.entries ?? []).filter(hasValue);
  if (answered.length === 0) return;
  const ids = new Set(answered.map((e) => e.concept));
  const concepts = CONCEPTS.filter((c) => ids.has(c.id) && (c.zh || c.en));
  const custom = answered.filter((e) => isCustomConcept(e.concept));
  for (const field of fields) {
    const known = classes.get(field.id);
    if ((known && known.confidence >= bar) || !ANSWER_WIDGETS.has(field.widget)) continue;
    const texts = questionTexts(field);
    if (texts.length === 0 || !applicantsOwn(field)) continue;
    const entry = custom.find((e) => customMatch(e, field, texts));
    if (entry) {
      classes.set(field.id, {
        key: `answer.${entry.concept}`,
        confidence: CUSTOM_SCORE,
        reason: `answer:${entry.concept}`,
      });
      continue;
    }
    for (const concept of concepts) {
      if (concept.widgets && !concept.widgets.includes(field.widget)) continue;
      const text = conceptMatch(concept, texts);
      if (!text) continue;
      classes.set(field.id, {
        key: `answer.${concept.id}`,
        confidence: CONCEPT_SCORE,
        reason: `answer:${concept.id} "${text.trim().slice(0, 40)}"`,
      });
      break;
    }
  }
}
