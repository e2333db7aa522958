// The user's answers as facts: the entry for a concept, and how it is written for one widget. A choice
// takes either language's value (its concept's option meanings match 男 to Male); a text box takes the
// page language's value, else the other value written the page's way through those meanings, else the
// other value itself only where it reads right (no Chinese in an English page's box).
import type { AnswerBook, AnswerEntry } from '~/lib/answers/types';
import { hasValue, valueIn } from '../../answers/types';
import { conceptById, conceptForResumeKey, isSensitive } from '../../answers/concepts';
import { maskValue } from '../../answers/mask';
import type { FieldKey, FieldReport } from '~/lib/fill/types';
import { hasCjk } from '../describe/text';
import type { Fact } from './fact-types';
import { normalizeText } from './normalize-text';
import { ok, skip, type Rendered } from './render-text';

export const ANSWER_PREFIX = 'answer.';

export function isAnswerKey(key: FieldKey): key is `answer.${string}` {
  return key.startsWith(ANSWER_PREFIX);
}

export function conceptOfKey(key: `answer.${string}`): string {
  return key.slice(ANSWER_PREFIX.length);
}

export function answerEntry(book: AnswerBook | undefined, concept: string): AnswerEntry | undefined {
  return book?.entries.find((e) => e.concept === concept && hasValue(e));
}

function toFact(entry: AnswerEntry): Fact {
  return { type: 'answer', concept: entry.concept, zh: valueIn(entry, 'zh'), en: valueIn(entry, 'en') };
}

/** The answer for an `answer.*` key, or for a résumé key the résumé left empty (现居住城市 → location). */
export function answerFact(book: AnswerBook | undefined, key: FieldKey): Fact | undefined {
  if (!book) return undefined;
  const concept = isAnswerKey(key) ? conceptOfKey(key) : conceptForResumeKey(key)?.id;
  const entry = concept ? answerEntry(book, concept) : undefined;
  return entry ? toFact(entry) : undefined;
}

/** The other language's value written this page's way: '男' → 'Male' through the concept's meanings. */
function translated(concept: string, value: string, lang: 'zh' | 'en'): string | undefined {
  const options = conceptById(concept)?.options;
  const norm = normalizeText(value);
  const meaning = options?.find((o) => [...o.zh, ...o.en].some((w) => normalizeText(w) === norm));
  return meaning?.[lang][0];
}

export function renderAnswer(
  fact: Extract<Fact, { type: 'answer' }>,
  lang: 'zh' | 'en',
  choice: boolean,
): Rendered | { ok: true; value: string; text: true } {
  const other = lang === 'zh' ? 'en' : 'zh';
  const own = fact[lang];
  const theirs = fact[other];
  if (choice) return ok((own ?? theirs)!, `answer:${fact.concept}`);
  if (own) return { ok: true, value: own, text: true };
  const written = theirs && translated(fact.concept, theirs, lang);
  if (written) return { ok: true, value: written, text: true };
  if (theirs && (lang === 'zh' || !hasCjk(theirs))) return { ok: true, value: theirs, text: true };
  return skip(`no answer in this page's language (${lang === 'zh' ? 'Chinese' : 'English'})`);
}

/** An identifier's value never leaves the page in a report: what was written and what shows are masked. */
export function maskSecretReport(report: FieldReport): FieldReport {
  if (!report.key || !isAnswerKey(report.key) || !isSensitive(conceptOfKey(report.key))) return report;
  return {
    ...report,
    ...(report.value !== undefined && { value: maskValue(report.value) }),
    ...(report.shown !== undefined && { shown: maskValue(report.shown) }),
  };
}
