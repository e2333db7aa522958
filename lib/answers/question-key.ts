// The key a custom answer is remembered by: the question's words without required marks, numbering and
// punctuation ('* 是否接受调剂？' and '是否接受调剂' are one question), plus its option set when it is a
// choice (a yes/no question and a 3-way one with the same words are different questions).
import { CUSTOM_PREFIX } from './types';

/** '1. * Are you 18 or older?' → 'are you 18 or older'; '是否接受调剂（必填）' → '是否接受调剂'. */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\((必填|选填|required|optional)\)/g, ' ')
    .replace(/^\s*\d{1,3}\s*[.、)]\s*/, '')
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

/** Options compared as a set: order, case and punctuation do not matter. */
export function optionSetKey(options: readonly string[] | undefined): string {
  if (!options?.length) return '';
  const norm = options.map((o) => normalizeQuestion(o)).filter(Boolean);
  return [...new Set(norm)].sort().join('|');
}

/** The concept id of a custom answer for this question (and option set). */
export function customConceptId(question: string, options?: readonly string[]): string {
  const set = optionSetKey(options);
  return `${CUSTOM_PREFIX}${normalizeQuestion(question)}${set ? ` [${set}]` : ''}`;
}
