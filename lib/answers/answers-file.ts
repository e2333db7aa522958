// The answers as a file: what the options page exports and imports, and what `npm run fill --answers`
// loads. Checked on the way in: a hand-edited file must say what is wrong, never store half of itself.
import { z } from 'zod';
import type { AnswerEntry } from './types';

export const ANSWERS_FORMAT = 'resume-autofill-answers';
export const ANSWERS_FILE_VERSION = 1;

const value = z.string().max(2000).optional();
/** One entry as files hold it (the answers file's list, and a résumé's `answers:` front matter). */
export const answerEntrySchema = z
  .object({
    concept: z.string().min(1).max(500),
    zh: value,
    en: value,
    question: z.string().max(500).optional(),
    options: z.array(z.string().max(300)).max(200).optional(),
    learned: z.boolean().optional(),
    updatedAt: z.number().optional(),
  })
  .strict();

const fileSchema = z
  .object({
    format: z.literal(ANSWERS_FORMAT),
    version: z.literal(ANSWERS_FILE_VERSION),
    answers: z.array(answerEntrySchema).max(1000),
  })
  .strict();

export type AnswersFileResult = { ok: true; answers: AnswerEntry[] } | { ok: false; error: string };

export function parseAnswersFile(text: string): AnswersFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}` };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${issue.path.join('.') || '(file)'}: ${issue.message}` };
  }
  return { ok: true, answers: parsed.data.answers };
}

export function answersFileText(answers: AnswerEntry[]): string {
  return JSON.stringify({ format: ANSWERS_FORMAT, version: ANSWERS_FILE_VERSION, answers }, null, 2) + '\n';
}
