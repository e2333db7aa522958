// The answers travel with the profile: a Markdown export carries them in its front matter under one key,
// `answers:`, and an import of such a file offers them back to the answer store. The key holds a map
// from concept id to the entry's values, the same fields as the answers file (answers-file.ts):
//
//   answers:
//     gender:
//       zh: "男"
//       en: "Male"
//     "custom:notice period":
//       question: "Notice period"
//       en: "1 month"
//
// (The answers file's list of `{ concept, zh, en, … }` entries is read here too.) The résumé parser
// skips the key; the stored profile keeps no copy of it (the answer store is the one place answers
// live), so an export always writes the answers as they are now.
import { parseFrontMatterData } from '~/lib/resume/front-matter';
import { frontMatterRange } from '~/lib/resume/secret-spans';
import { answerEntrySchema } from './answers-file';
import { isSensitive } from './concepts';
import { hasValue, type AnswerEntry } from './types';

/** The front-matter key the answers travel under. */
export const ANSWERS_KEY = 'answers';

export type FrontMatterAnswers =
  | { ok: true; answers: AnswerEntry[] }
  | { ok: false; error: string }
  /** The file has no `answers:` key. */
  | undefined;

/** A number written without quotes (期望薪资: 30000) is still the answer's text. */
const asText = (v: unknown) => (typeof v === 'number' ? String(v) : v);

/** `concept` undefined: the entry names its own (the list form). */
function entryOf(concept: string | undefined, raw: unknown): unknown {
  // Anything but a mapping is refused by the schema, with the entry's path.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const o = raw as Record<string, unknown>;
  return {
    ...o,
    ...(concept !== undefined && { concept }),
    ...(o.zh !== undefined && { zh: asText(o.zh) }),
    ...(o.en !== undefined && { en: asText(o.en) }),
  };
}

/** Reads the `answers:` key of a parsed front matter (`data` as gray-matter gives it). */
export function answersFromData(data: unknown): FrontMatterAnswers {
  if (data === null || typeof data !== 'object' || !(ANSWERS_KEY in data)) return undefined;
  const raw = (data as Record<string, unknown>)[ANSWERS_KEY];
  if (raw === null || raw === undefined) return { ok: true, answers: [] };
  const items: [string, unknown][] = Array.isArray(raw)
    ? raw.map((e, i) => [String(i), entryOf(undefined, e)])
    : typeof raw === 'object'
      ? Object.entries(raw as Record<string, unknown>).map(([k, v]) => [k, entryOf(k, v)])
      : [];
  if (!Array.isArray(raw) && typeof raw !== 'object')
    return { ok: false, error: `${ANSWERS_KEY}: expected one entry per question (concept: { zh, en })` };
  if (items.length > 1000) return { ok: false, error: `${ANSWERS_KEY}: more than 1000 entries` };
  const answers: AnswerEntry[] = [];
  for (const [where, value] of items) {
    const parsed = answerEntrySchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, error: [ANSWERS_KEY, where, ...issue.path].join('.') + `: ${issue.message}` };
    }
    const { updatedAt: _ignored, ...entry } = parsed.data;
    if (hasValue(entry)) answers.push(entry);
  }
  return { ok: true, answers };
}

/** Reads the answers a Markdown résumé carries, if any. */
export function answersFromMarkdown(markdown: string): FrontMatterAnswers {
  const fm = parseFrontMatterData(markdown);
  return fm.ok ? answersFromData(fm.data) : undefined;
}

const q = (s: string) => JSON.stringify(s);

/**
 * The `answers:` block for the front matter (YAML; every text double-quoted, so no value is read as
 * anything else). ID numbers (sensitive concepts) are left out unless `includeIdNumbers`.
 */
export function answersYaml(answers: AnswerEntry[], { includeIdNumbers = false } = {}): string {
  const kept = answers.filter((a) => hasValue(a) && (includeIdNumbers || !isSensitive(a.concept)));
  if (kept.length === 0) return '';
  const lines = [`${ANSWERS_KEY}:`];
  for (const a of kept) {
    lines.push(`  ${q(a.concept)}:`);
    if (a.question) lines.push(`    question: ${q(a.question)}`);
    if (a.options?.length) lines.push(`    options: [${a.options.map(q).join(', ')}]`);
    if (a.zh?.trim()) lines.push(`    zh: ${q(a.zh)}`);
    if (a.en?.trim()) lines.push(`    en: ${q(a.en)}`);
    if (a.learned) lines.push(`    learned: true`);
  }
  return lines.join('\n');
}

const KEY_LINE = new RegExp(`^["']?${ANSWERS_KEY}["']?[ \\t]*:`);

/** The [first, end) line indexes of the `answers:` block in the front matter's lines, if any. */
function blockLines(lines: string[]): [number, number] | undefined {
  const first = lines.findIndex((l) => KEY_LINE.test(l));
  if (first < 0) return undefined;
  let end = first + 1;
  // The block goes on while lines are indented, blank, or (a list at the key's own indentation) `- …`.
  while (end < lines.length && (/^([ \t]|$|\r$|-[ \t]|-$)/.test(lines[end]) || lines[end] === '')) end++;
  // Blank lines after the block belong to what follows.
  while (end > first + 1 && /^[ \t]*\r?$/.test(lines[end - 1])) end--;
  return [first, end];
}

/** The same data with no `answers` key (to check a rewrite changed nothing else). */
function withoutKey(data: unknown): string {
  if (data === null || typeof data !== 'object') return JSON.stringify(data);
  const { [ANSWERS_KEY]: _gone, ...rest } = data as Record<string, unknown>;
  return JSON.stringify(rest);
}

/**
 * The Markdown with its `answers:` block taken out of the front matter. `keepLines`: the block's lines
 * are left blank, so every other line stays where it was (import warnings point at lines). Undefined when
 * the block cannot be taken out without changing anything else (the caller must not store or export it).
 */
export function withoutAnswers(markdown: string, { keepLines = false } = {}): string | undefined {
  const range = frontMatterRange(markdown);
  if (!range) return markdown;
  const matter = markdown.slice(range.start, range.end);
  const lines = matter.split('\n');
  const block = blockLines(lines);
  if (!block) return markdown;
  const [first, end] = block;
  const kept = keepLines
    ? [...lines.slice(0, first), ...lines.slice(first, end).map(() => ''), ...lines.slice(end)]
    : [...lines.slice(0, first), ...lines.slice(end)];
  const out = markdown.slice(0, range.start) + kept.join('\n') + markdown.slice(range.end);
  const before = parseFrontMatterData(markdown);
  const after = parseFrontMatterData(out);
  if (!before.ok || !after.ok) return undefined;
  if (after.data && typeof after.data === 'object' && ANSWERS_KEY in after.data) return undefined;
  return withoutKey(before.data) === withoutKey(after.data) ? out : undefined;
}

/**
 * The Markdown as an export: its front matter carries `answers` (an earlier block replaced), written at
 * the end of the front matter. Undefined when the text's front matter cannot be rewritten safely.
 */
export function withAnswers(
  markdown: string,
  answers: AnswerEntry[],
  opts: { includeIdNumbers?: boolean } = {},
): string | undefined {
  const base = withoutAnswers(markdown);
  if (base === undefined) return undefined;
  const yaml = answersYaml(answers, opts);
  if (!yaml) return base;
  const range = frontMatterRange(base);
  if (!range) return `---\n${yaml}\n---\n${base}`;
  const matter = base.slice(range.start, range.end).replace(/\s*$/, '');
  const out = base.slice(0, range.start) + matter + '\n' + yaml + base.slice(range.end);
  // What a reader of the export gets back must be exactly what was written.
  const back = answersFromMarkdown(out);
  const expected = answersFromData({ [ANSWERS_KEY]: parseYamlFree(answers, opts) });
  if (!back?.ok || !expected?.ok || JSON.stringify(back.answers) !== JSON.stringify(expected.answers))
    return undefined;
  return out;
}

/** The entries as the block writes them, without the YAML round trip (for the check above). */
function parseYamlFree(answers: AnswerEntry[], { includeIdNumbers = false } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of answers) {
    if (!hasValue(a) || (!includeIdNumbers && isSensitive(a.concept))) continue;
    out[a.concept] = {
      ...(a.question && { question: a.question }),
      ...(a.options?.length && { options: a.options }),
      ...(a.zh?.trim() && { zh: a.zh }),
      ...(a.en?.trim() && { en: a.en }),
      ...(a.learned && { learned: true }),
    };
  }
  return out;
}
