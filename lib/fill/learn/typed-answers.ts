// "Remember what I typed": the fields of the last fill that the engine left empty, and what the user put
// in them since. Only the applicant's own short questions count (a choice or a short box, never another
// person's section, never a résumé fact's field, never an identifier), and nothing is stored here: the
// candidates go to the popup, where the user confirms each one before it becomes an answer.
import type { TypedAnswer } from '~/lib/answers/learned';
import { customConceptId } from '~/lib/answers/question-key';

export type { TypedAnswer } from '~/lib/answers/learned';
import type { DriverTable, FieldDescription } from '~/lib/fill/types';
import { isEmptyValue, currentShown } from '~/lib/fill/act/field-state';
import { showsPageDefault } from '~/lib/fill/act/fill-field';
import {
  ANSWER_WIDGETS,
  applicantsOwn,
  conceptOfQuestion,
  questionTexts,
} from '~/lib/fill/classify/answer-pass';
import { isPlaceholderOption } from '~/lib/fill/values/match-option';

interface LeftEmpty {
  field: FieldDescription;
  question: string;
}

let watched: { fields: LeftEmpty[]; drivers: Readonly<DriverTable>; lang: 'zh' | 'en' } | null = null;

/**
 * Keeps the fields this fill left empty that may take one of the user's answers. Called at the end of
 * every fill; a new fill replaces the list.
 */
export function watchLeftEmpty(
  fields: readonly FieldDescription[],
  mayLearn: (field: FieldDescription) => boolean,
  drivers: Readonly<DriverTable>,
  lang: 'zh' | 'en',
): void {
  const kept: LeftEmpty[] = [];
  for (const field of fields) {
    if (!ANSWER_WIDGETS.has(field.widget) || !mayLearn(field) || !applicantsOwn(field)) continue;
    const question = questionTexts(field)[0]?.trim();
    if (!question || conceptOfQuestion(field)?.sensitive) continue;
    const shown = currentShown(field, drivers);
    if (!isEmptyValue(field, shown, drivers) && !showsPageDefault(field, shown)) continue;
    kept.push({ field, question });
  }
  watched = { fields: kept, drivers, lang };
}

/** What the user has typed since into the fields the last fill left empty. */
export function typedAnswers(): TypedAnswer[] {
  if (!watched) return [];
  const { drivers, lang } = watched;
  const out: TypedAnswer[] = [];
  for (const { field, question } of watched.fields) {
    if (!field.el.isConnected) continue;
    const value = currentShown(field, drivers).trim();
    if (!value || isEmptyValue(field, value, drivers) || showsPageDefault(field, value)) continue;
    const options = (field.options ?? []).filter((o) => !isPlaceholderOption(o)).map((o) => o.label.trim());
    const concept = conceptOfQuestion(field);
    out.push({
      concept: concept?.id ?? customConceptId(question, options),
      question,
      ...(options.length > 0 && { options }),
      value,
      lang,
    });
  }
  return out;
}
