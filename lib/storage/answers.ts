// The user's answers to questions a résumé does not hold, kept beside the profiles (one person, a value
// per language). Sensitive ones (ID numbers) leave storage for a fill only when the user turned that on.
import type { AnswerBook, AnswerEntry } from '~/lib/answers/types';
import { hasValue } from '~/lib/answers/types';
import { isSensitive } from '~/lib/answers/concepts';
import { answersItem, serialized, writeItem } from './items';
import { getSettings } from './settings';

export function getAnswers(): Promise<AnswerEntry[]> {
  return answersItem.getValue();
}

export function watchAnswers(cb: (answers: AnswerEntry[]) => void): () => void {
  return answersItem.watch((answers) => cb(answers ?? []));
}

export type AnswerPatch = Partial<Omit<AnswerEntry, 'concept'>>;

/** Sets one concept's values (and, for a custom one, its question); an entry left empty is removed. */
export function setAnswer(concept: string, patch: AnswerPatch): Promise<AnswerEntry[]> {
  return serialized(async () => {
    const all = await getAnswers();
    const old = all.find((e) => e.concept === concept);
    const merged: AnswerEntry = { ...old, ...patch, concept, updatedAt: Date.now() };
    for (const lang of ['zh', 'en'] as const) if (!merged[lang]?.trim()) delete merged[lang];
    const rest = all.filter((e) => e.concept !== concept);
    const next = hasValue(merged) ? [...rest, merged] : rest;
    await writeItem(answersItem, next);
    return next;
  });
}

export function removeAnswer(concept: string): Promise<AnswerEntry[]> {
  return serialized(async () => {
    const next = (await getAnswers()).filter((e) => e.concept !== concept);
    await writeItem(answersItem, next);
    return next;
  });
}

/** Adds imported answers; an imported value replaces the stored one for the same concept and language. */
export function mergeAnswers(incoming: AnswerEntry[]): Promise<AnswerEntry[]> {
  return serialized(async () => {
    const byConcept = new Map((await getAnswers()).map((e) => [e.concept, e]));
    for (const entry of incoming) {
      if (!hasValue(entry)) continue;
      const old = byConcept.get(entry.concept);
      byConcept.set(entry.concept, { ...old, ...entry });
    }
    const next = [...byConcept.values()];
    await writeItem(answersItem, next);
    return next;
  });
}

/** What a fill may use: every answer with a value, identifiers only when the user turned that on. */
export async function answerBookForFill(): Promise<AnswerBook> {
  const [answers, settings] = await Promise.all([getAnswers(), getSettings()]);
  const entries = answers.filter((e) => hasValue(e) && (settings.fillIdNumbers || !isSensitive(e.concept)));
  return { entries };
}
