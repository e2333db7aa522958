// Answers that arrive with an imported profile meet the ones the user already keeps: nothing the user
// kept is replaced unless they ask for it. Each incoming entry is new (no answer to that question yet),
// the same, an addition (it only fills a language, a question or an option set left empty here), or
// different (a language both hold, with other words): those keep the user's value unless ticked.
import { hasValue, type AnswerEntry } from './types';

export type ImportedAnswerKind = 'new' | 'same' | 'adds' | 'differs';

export interface ImportedAnswerRow {
  concept: string;
  kind: ImportedAnswerKind;
  /** What the user keeps now (absent for a new one). */
  mine?: AnswerEntry;
  /** What the file holds. */
  theirs: AnswerEntry;
}

const LANGS = ['zh', 'en'] as const;
const text = (v: string | undefined) => v?.trim() ?? '';

/** How each of the file's answers relates to the stored ones (entries with no value are left out). */
export function compareImported(stored: AnswerEntry[], incoming: AnswerEntry[]): ImportedAnswerRow[] {
  const byConcept = new Map(stored.map((e) => [e.concept, e]));
  const rows: ImportedAnswerRow[] = [];
  for (const theirs of incoming) {
    if (!hasValue(theirs)) continue;
    const mine = byConcept.get(theirs.concept);
    if (!mine || !hasValue(mine)) {
      rows.push({ concept: theirs.concept, kind: 'new', theirs });
      continue;
    }
    const differs = LANGS.some((l) => text(mine[l]) && text(theirs[l]) && text(mine[l]) !== text(theirs[l]));
    const adds =
      LANGS.some((l) => !text(mine[l]) && text(theirs[l])) ||
      (!mine.question && !!theirs.question) ||
      (!mine.options?.length && !!theirs.options?.length);
    rows.push({ concept: theirs.concept, kind: differs ? 'differs' : adds ? 'adds' : 'same', mine, theirs });
  }
  return rows;
}

/**
 * The entries to store for the rows: a new one as the file has it; an addition fills only what was empty;
 * a different one takes the file's values only when its concept is in `replace` (else the user's entry
 * stays whole). Same ones change nothing.
 */
export function mergedEntries(rows: ImportedAnswerRow[], replace: ReadonlySet<string>): AnswerEntry[] {
  const out: AnswerEntry[] = [];
  for (const row of rows) {
    const { mine, theirs } = row;
    if (row.kind === 'new') out.push({ ...theirs, updatedAt: Date.now() });
    else if (row.kind === 'differs' && replace.has(row.concept))
      out.push({ ...theirs, updatedAt: Date.now() });
    else if (row.kind === 'adds') {
      // Only the empty parts of the user's entry take the file's values; what the user wrote stays.
      const filled: AnswerEntry = { ...mine!, updatedAt: Date.now() };
      for (const l of LANGS) if (!text(mine![l]) && text(theirs[l])) filled[l] = theirs[l];
      if (!mine!.question && theirs.question) filled.question = theirs.question;
      if (!mine!.options?.length && theirs.options?.length) filled.options = theirs.options;
      out.push(filled);
    }
    // A different answer not ticked: the user's entry stays whole (never one language from each).
  }
  return out;
}

/** What an import did, for the sentence the options page shows. */
export function importSummary(
  rows: ImportedAnswerRow[],
  replace: ReadonlySet<string>,
): { added: number; completed: number; replaced: number; keptYours: number; same: number } {
  const count = (k: ImportedAnswerKind) => rows.filter((r) => r.kind === k).length;
  const replaced = rows.filter((r) => r.kind === 'differs' && replace.has(r.concept)).length;
  return {
    added: count('new'),
    completed: count('adds'),
    replaced,
    keptYours: count('differs') - replaced,
    same: count('same'),
  };
}
