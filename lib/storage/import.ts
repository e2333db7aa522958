// Importing and exporting pull in the résumé parser (YAML, pinyin, phone metadata: ~200 kB gzip), so
// they live apart from lib/storage/index.ts, which the content script imports.
import {
  answersFromMarkdown,
  withAnswers,
  withoutAnswers,
  type FrontMatterAnswers,
} from '~/lib/answers/front-matter-answers';
import { compareImported, mergedEntries, type ImportedAnswerRow } from '~/lib/answers/merge-imported';
import { isSensitive } from '~/lib/answers/concepts';
import { hasValue } from '~/lib/answers/types';
import { fromJsonResume, toJsonResume, toMarkdown } from '~/lib/resume/json-resume';
import { parseResume } from '~/lib/resume/parse';
import { makeIssue } from '~/lib/resume/issue';
import type { ImportIssue, ImportResult } from '~/lib/resume/types';
import { getAnswers } from './answers';
import { answersItem, serialized, writeItem } from './items';
import { storeImported } from './profiles';
import { redactSecrets } from './redact-secrets';
import { resolveResume } from './resolve';
import type { ImportOptions } from './types';

export type StoredImportResult = ImportResult & {
  profileId?: string;
  /**
   * The answers the file carries in its front matter (`answers:`), not stored yet: the options page
   * shows them and stores them only when the user confirms (applyImportedAnswers).
   */
  answers?: FrontMatterAnswers;
};

/**
 * Parses a Markdown résumé and saves it, with the text as imported minus any front-matter password.
 * On any error nothing is written: the stored profiles stay exactly as they were.
 */
export async function importProfile(text: string, opts: ImportOptions = {}): Promise<StoredImportResult> {
  const result = guard(() => parseResume(text, { fileName: opts.fileName, byteLength: opts.byteLength }));
  if (!result.ok) return result;
  const redacted = redactSecrets(text);
  if (!redacted.ok) return { ok: false, errors: [makeIssue('secret-kept', 'iSecretKept')] };
  // The answers live in the answer store only: the stored text keeps no copy (its lines stay blank, so
  // warnings keep their line numbers), and an export writes the answers as they are then.
  const markdown = withoutAnswers(redacted.markdown, { keepLines: true });
  if (markdown === undefined) return { ok: false, errors: [makeIssue('answers-kept', 'iAnswersKept')] };
  const answers = answersFromMarkdown(text);
  const profileId = await storeImported({
    resume: result.resume,
    warnings: result.warnings,
    markdown,
    fileName: opts.fileName,
    source: 'markdown',
    replaceId: opts.replaceId,
  });
  return { ...result, profileId, ...(answers && { answers }) };
}

/** How the answers an imported file carries compare with the stored ones (for the confirmation). */
export async function compareImportedAnswers(
  answers: Extract<FrontMatterAnswers, { ok: true }>['answers'],
): Promise<ImportedAnswerRow[]> {
  return compareImported(await getAnswers(), answers);
}

/**
 * Stores the confirmed answers of an import: new ones and additions to empty parts; a different answer
 * only where its concept is in `replace` (the user ticked it), as the file has it. Returns the rows as
 * compared at the moment of writing (the store may have changed since the confirmation was shown).
 */
export function applyImportedAnswers(
  rows: ImportedAnswerRow[],
  replace: ReadonlySet<string>,
): Promise<ImportedAnswerRow[]> {
  return serialized(async () => {
    const stored = await getAnswers();
    const now = compareImported(
      stored,
      rows.map((r) => r.theirs),
    );
    const merged = mergedEntries(now, replace);
    const byConcept = new Map(stored.map((e) => [e.concept, e]));
    for (const e of merged) byConcept.set(e.concept, e);
    await writeItem(answersItem, [...byConcept.values()]);
    return now;
  });
}

/** Imports a JSON Resume (jsonresume.org) file; the profile keeps a generated Markdown version. */
export async function importJsonResume(text: string, opts: ImportOptions = {}): Promise<StoredImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [jsonSyntaxIssue(text, err)] };
  }
  const result = guard(() => fromJsonResume(json));
  if (!result.ok) return result;
  const profileId = await storeImported({
    resume: result.resume,
    warnings: result.warnings,
    markdown: toMarkdown(result.resume),
    fileName: opts.fileName?.replace(/\.json$/i, '.md'),
    source: 'json-resume',
    replaceId: opts.replaceId,
  });
  return { ...result, profileId };
}

export type ExportFormat = 'markdown' | 'json-resume';

/**
 * Markdown: the text as imported (secrets removed). JSON Resume: the résumé with the user's corrections, since
 * that is what the extension fills forms with.
 */
export async function exportProfile(
  id: string,
  format: ExportFormat,
  opts: { includeIdNumbers?: boolean } = {},
): Promise<{ fileName: string; text: string; answers: number }> {
  const resolved = await resolveResume(id);
  if (!resolved) throw new Error(`No profile with id ${id}`);
  const { profile, resume } = resolved;
  const base = (profile.fileName ?? profile.label).replace(/\.(md|markdown|txt|json)$/i, '');
  const safeBase = base.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'resume';
  if (format === 'json-resume')
    return {
      fileName: `${safeBase}.json`,
      text: JSON.stringify(toJsonResume(resume), null, 2) + '\n',
      answers: 0,
    };
  // The Markdown carries the answers in its front matter (ID numbers only when asked for).
  const answers = await getAnswers();
  const text = withAnswers(profile.markdown, answers, opts);
  if (text === undefined)
    throw new Error('The answers could not be written into this profile’s front matter');
  const written = answers.filter((a) => hasValue(a) && (opts.includeIdNumbers || !isSensitive(a.concept)));
  return { fileName: `${safeBase}.md`, text, answers: written.length };
}

/** A parser bug must read as a failed import, never as a half-saved one. */
function guard(parse: () => ImportResult): ImportResult {
  try {
    return parse();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [makeIssue('internal', 'iInternal', { reason: message })] };
  }
}

function jsonSyntaxIssue(text: string, err: unknown): ImportIssue {
  // V8 quotes the start of the text in its message (`"{"password": …" is not valid JSON`): drop the quote.
  const message = (err instanceof Error ? err.message : String(err)).replace(
    /,\s*".*" is not valid JSON$/s,
    '',
  );
  const position = /position (\d+)/.exec(message);
  if (!position) return makeIssue('json-syntax', 'iJsonSyntax', { reason: message });
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  const line = lines.length;
  const column = (lines.at(-1)?.length ?? 0) + 1;
  return makeIssue('json-syntax', 'iJsonSyntaxAt', { reason: message, line, column }, { line, column });
}
