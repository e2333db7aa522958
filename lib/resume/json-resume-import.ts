// JSON Resume (jsonresume.org v1) → the same file-level input the Markdown importer validates, so both
// go through one derive step.
import { makeIssue } from './issue';
import { hasCjk } from '~/lib/i18n/lang';
import { deriveResume } from './derive/derive';
import { jsonResumeSchema, KNOWN_SECTIONS, SILENT_SECTIONS, type JsonResume } from './json-resume-schema';
import { isSecretKey, type ResumeInput } from './schema';
import { schemaIssues } from './schema-issues';
import type { ImportIssue, ImportResult } from './types';

function rangeText(start: string | undefined, end: string | undefined, zh: boolean): string {
  const point = (iso: string) => {
    const [y, m] = iso.split('-');
    return m ? `${y}.${m.padStart(2, '0')}` : y;
  };
  const ongoing = (v: string | undefined) => !v || /^(?:present|now|current)$/i.test(v);
  if (!start || ongoing(start)) return '';
  return `${point(start)} – ${ongoing(end) ? (zh ? '至今' : 'Present') : point(end!)}`;
}

function toInput(json: JsonResume, warnings: ImportIssue[]): ResumeInput {
  const { basics } = json;
  const zh = hasCjk(basics.name);
  const profile = (re: RegExp) => {
    const p = basics.profiles?.find((x) => re.test(x.network ?? ''));
    return p?.url || p?.username || undefined;
  };
  const loc = basics.location;
  const location =
    loc?.address || [loc?.city, loc?.region, loc?.countryCode].filter(Boolean).join(', ') || undefined;
  const named = <T>(section: string, items: T[] | undefined, nameOf: (t: T) => string | undefined) =>
    (items ?? []).filter((item, i) => {
      if (nameOf(item)?.trim()) return true;
      const path = `${section}[${i}]`;
      warnings.push(makeIssue('skipped-entry', 'iSkippedEntry', { path }, { path }));
      return false;
    });
  return {
    name: basics.name,
    contact: {
      phone: basics.phone || undefined,
      email: basics.email || undefined,
      website: basics.url || undefined,
      location,
      linkedin: profile(/linkedin/i),
      github: profile(/github/i),
      wechat: profile(/wechat|weixin|微信/i),
    },
    education: named('education', json.education, (e) => e.institution).map((e) => {
      const score = e.score ?? e.gpa;
      const scoreText =
        score === undefined || score === ''
          ? ''
          : /gpa|绩点/i.test(String(score))
            ? String(score)
            : `GPA ${score}`;
      return {
        school: e.institution!,
        major: [e.area, e.studyType].filter(Boolean).join(' · '),
        date: rangeText(e.startDate, e.endDate, zh),
        description: [scoreText, ...(e.courses ?? [])].filter(Boolean).join('; '),
      };
    }),
    experience: named('work', json.work, (w) => w.name ?? w.company).map((w) => ({
      company: (w.name ?? w.company)!,
      title: w.position ?? '',
      date: rangeText(w.startDate, w.endDate, zh),
      description: [w.summary, ...(w.highlights ?? [])].filter(Boolean).join('\n'),
    })),
    projects: named('projects', json.projects, (p) => p.name).map((p) => ({
      name: p.roles?.length ? `${p.name} · ${p.roles.join(' / ')}` : p.name!,
      date: rangeText(p.startDate, p.endDate, zh),
      summary: p.description ?? '',
      highlights: p.highlights ?? [],
    })),
    skills: (json.skills ?? [])
      .map((s) => (s.keywords?.length ? `${s.name ?? ''}: ${s.keywords.join(', ')}` : (s.name ?? '')))
      .filter((s) => s.trim() !== ''),
  };
}

/** Unknown sections are stored as they are, minus anything that looks like a password. */
function withoutSecrets(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return value.map((v) => withoutSecrets(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!isSecretKey(k))
      Object.defineProperty(out, k, {
        value: withoutSecrets(v, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** Reads a JSON Resume (already JSON.parse'd) into the same model, through the same derive step. */
export function fromJsonResume(json: unknown): ImportResult {
  const checked = jsonResumeSchema.safeParse(json);
  if (!checked.success) return { ok: false, errors: schemaIssues(checked.error, json, () => undefined) };
  const warnings: ImportIssue[] = [];
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (KNOWN_SECTIONS.includes(key) || SILENT_SECTIONS.includes(key)) continue;
    if (isSecretKey(key)) continue;
    Object.defineProperty(extra, key, {
      value: withoutSecrets(value, 0),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    warnings.push(makeIssue('unknown-key', 'iUnknownSection', { key }, { path: key }));
  }
  const input = toInput(checked.data, warnings);
  const derived = deriveResume(input, { extra });
  if (derived.errors.length > 0) return { ok: false, errors: derived.errors };
  return { ok: true, resume: derived.resume, warnings: [...warnings, ...derived.warnings] };
}
