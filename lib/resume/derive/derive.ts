import type { ResumeInput } from '~/lib/resume/schema';
import type { Contact, DateRange, ImportIssue, Resume } from '~/lib/resume/types';
import { countCjk, hasCjk } from '~/lib/i18n/lang';
import type { StringKey } from '~/lib/i18n/strings-zh';
import { makeIssue } from '~/lib/resume/issue';
import { compareYearMonth, parseDatePoint, parseDateRange } from './dates';
import { deriveEducation } from './education';
import { deriveExperience } from './experience';
import { deriveName } from './name';
import { derivePhone } from './phone';
import { deriveProject } from './project';

export interface DeriveContext {
  /** 1-based file line of a path such as 'education[1].date', when the source is a file. */
  lineOf?: (path: string) => number | undefined;
  body?: string;
  extra?: Record<string, unknown>;
}

export interface DeriveOutcome {
  resume: Resume;
  /** Non-empty means the résumé must not be used: a fact could not be read and guessing would mislead. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

function issue(
  code: string,
  path: string,
  key: StringKey,
  params: Record<string, string>,
  ctx: DeriveContext,
): ImportIssue {
  return makeIssue(code, key, params, { path, line: ctx.lineOf?.(path) });
}

/**
 * A Chinese name alone does not make a résumé Chinese: an English résumé for a Chinese applicant
 * keeps 李思远 at the top. When the name is Chinese, the entries decide if they hold enough text.
 */
function detectLang(input: ResumeInput, body: string | undefined): 'zh' | 'en' {
  if (!hasCjk(input.name) && !hasCjk(body)) return 'en';
  const entries = [
    ...(input.education ?? []).map((e) => `${e.major ?? ''}${e.description ?? ''}`),
    ...(input.experience ?? []).map((e) => `${e.title ?? ''}${e.description ?? ''}`),
    ...(input.projects ?? []).map((p) => `${p.summary ?? ''}${(p.highlights ?? []).join('')}`),
  ].join('');
  const letters = (entries.match(/[A-Za-z]/g) ?? []).length;
  const cjk = countCjk(entries);
  return hasCjk(body) || letters < 200 || cjk * 4 >= letters ? 'zh' : 'en';
}

export function deriveResume(input: ResumeInput, ctx: DeriveContext = {}): DeriveOutcome {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const body = ctx.body?.trim() ? ctx.body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd() : undefined;

  const range = (raw: string | undefined, path: string): DateRange => {
    const parsed = parseDateRange(raw ?? '');
    if (!parsed) {
      errors.push(issue('date', path, 'iDateRange', { path, raw: raw ?? '' }, ctx));
      return { raw: raw ?? '', current: false };
    }
    if (parsed.start && parsed.end && compareYearMonth(parsed.start, { month: 12, ...parsed.end }) > 0) {
      warnings.push(issue('date-order', path, 'iDateOrder', { path, raw: raw ?? '' }, ctx));
    }
    return parsed;
  };

  const { name, latinMissing } = deriveName(input.name, input.name_en);
  if (latinMissing) {
    warnings.push(issue('name-latin', 'name', 'iNameLatin', { name: input.name }, ctx));
  }

  const resume: Resume = {
    name,
    contact: deriveContact(input.contact ?? {}, errors, ctx),
    education: (input.education ?? []).map((e, i) =>
      deriveEducation(e, range(e.date, `education[${i}].date`)),
    ),
    experience: (input.experience ?? []).map((e, i) =>
      deriveExperience(e, range(e.date, `experience[${i}].date`)),
    ),
    projects: (input.projects ?? []).map((p, i) => deriveProject(p, range(p.date, `projects[${i}].date`))),
    skills: (input.skills ?? []).map((s) => s.trim()).filter((s) => s !== ''),
    extra: ctx.extra ?? {},
    lang: detectLang(input, body),
  };
  if (body !== undefined) resume.body = body;
  return { resume, errors, warnings };
}

function deriveContact(
  input: NonNullable<ResumeInput['contact']>,
  errors: ImportIssue[],
  ctx: DeriveContext,
): Contact {
  const contact: Contact = {};
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  if (text(input.phone)) {
    const phone = derivePhone(input.phone!);
    if (phone) contact.phone = phone;
    else errors.push(issue('phone', 'contact.phone', 'iPhone', { phone: input.phone! }, ctx));
  }
  const email = text(input.email)?.replace(/^mailto:/i, '');
  if (email) contact.email = email;
  if (text(input.birth)) {
    const point = parseDatePoint(input.birth!);
    if (point) contact.birth = { raw: input.birth!, ...point };
    else errors.push(issue('date', 'contact.birth', 'iBirth', { raw: input.birth! }, ctx));
  }
  for (const key of ['website', 'location', 'linkedin', 'github', 'wechat'] as const) {
    const value = text(input[key]);
    if (value) contact[key] = value;
  }
  return contact;
}
