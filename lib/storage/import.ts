// Importing and exporting pull in the résumé parser (YAML, pinyin, phone metadata: ~200 kB gzip), so
// they live apart from lib/storage/index.ts, which the content script imports.
import { fromJsonResume, toJsonResume, toMarkdown } from '~/lib/resume/json-resume';
import { parseResume } from '~/lib/resume/parse';
import { makeIssue } from '~/lib/resume/issue';
import type { ImportIssue, ImportResult } from '~/lib/resume/types';
import { storeImported } from './profiles';
import { redactSecrets } from './redact-secrets';
import { resolveResume } from './resolve';
import type { ImportOptions } from './types';

export type StoredImportResult = ImportResult & { profileId?: string };

/**
 * Parses a Markdown résumé and saves it, with the text as imported minus any front-matter password.
 * On any error nothing is written: the stored profiles stay exactly as they were.
 */
export async function importProfile(text: string, opts: ImportOptions = {}): Promise<StoredImportResult> {
  const result = guard(() => parseResume(text, { fileName: opts.fileName, byteLength: opts.byteLength }));
  if (!result.ok) return result;
  const redacted = redactSecrets(text);
  if (!redacted.ok) return { ok: false, errors: [makeIssue('secret-kept', 'iSecretKept')] };
  const profileId = await storeImported({
    resume: result.resume,
    warnings: result.warnings,
    markdown: redacted.markdown,
    fileName: opts.fileName,
    source: 'markdown',
    replaceId: opts.replaceId,
  });
  return { ...result, profileId };
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
): Promise<{ fileName: string; text: string }> {
  const resolved = await resolveResume(id);
  if (!resolved) throw new Error(`No profile with id ${id}`);
  const { profile, resume } = resolved;
  const base = (profile.fileName ?? profile.label).replace(/\.(md|markdown|txt|json)$/i, '');
  const safeBase = base.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'resume';
  return format === 'markdown'
    ? { fileName: `${safeBase}.md`, text: profile.markdown }
    : { fileName: `${safeBase}.json`, text: JSON.stringify(toJsonResume(resume), null, 2) + '\n' };
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
