// A value the user typed into a field a fill left empty, offered to be remembered, and the answer it
// becomes once the user confirms it. A leaf module: the popup uses it without the fill engine.
import type { AnswerEntry } from './types';
import { isCustomConcept } from './types';

export interface TypedAnswer {
  /** Where it is kept: a built-in concept id, or the custom id of this question and option set. */
  concept: string;
  /** The question as the page asks it. */
  question: string;
  /** The choices the question offered (a custom answer is kept for that option set). */
  options?: string[];
  /** What the field shows now. */
  value: string;
  lang: 'zh' | 'en';
}

/** The stored form of a confirmed candidate: its value in the page's language, marked as learned. */
export function learnedEntry(t: TypedAnswer): Omit<AnswerEntry, 'concept'> {
  const custom = isCustomConcept(t.concept);
  return {
    [t.lang]: t.value,
    learned: true,
    ...(custom && { question: t.question }),
    ...(custom && t.options && { options: t.options }),
  };
}
