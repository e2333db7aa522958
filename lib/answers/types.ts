// Answers the user keeps for the questions a résumé does not answer (性别, 政治面貌, work authorization…).
// One entry per question: a built-in concept (lib/answers/concepts.ts) or one the user added or the fill
// learned, keyed by the question's normalised words and its option set.

/** One remembered answer, with a value per page language (either may be missing). */
export interface AnswerEntry {
  /** A built-in concept id ('gender'), or `custom:<question key>` for one the user added or learned. */
  concept: string;
  zh?: string;
  en?: string;
  /** For a custom entry: the question as the page (or the user) wrote it. */
  question?: string;
  /** For a custom entry asked as a choice: the option texts the question offered (its option set). */
  options?: string[];
  /** Learned from what the user typed after a fill (shown as such in the options page). */
  learned?: boolean;
  updatedAt?: number;
}

/** What the fill engine receives: only the entries it may use (sensitive ones only when turned on). */
export interface AnswerBook {
  entries: AnswerEntry[];
}

export const CUSTOM_PREFIX = 'custom:';

export function isCustomConcept(concept: string): boolean {
  return concept.startsWith(CUSTOM_PREFIX);
}

/** The value for a page language: that language's, else none (the caller decides about the other one). */
export function valueIn(entry: AnswerEntry, lang: 'zh' | 'en'): string | undefined {
  const v = entry[lang]?.trim();
  return v ? v : undefined;
}

/** Whether the entry holds any value at all. */
export function hasValue(entry: AnswerEntry): boolean {
  return !!(valueIn(entry, 'zh') ?? valueIn(entry, 'en'));
}
