// Which résumé fact a field key asks for: names by page language, the current job, years of experience,
// the highest degree; section keys go to the entry at their index.
import type { DegreeLevel, Resume, YearMonth } from '~/lib/resume/types';
import type { FieldKey } from '~/lib/fill/types';
import type { AnswerBook } from '~/lib/answers/types';
import { answerFact, isAnswerKey } from './answer-facts';
import { text, type Fact } from './fact-types';
import { companyAsWritten, degreeFact, joinParts, sectionFact } from './section-facts';
import { DEGREE_RANK } from './degree-words';

export type { DateValue, Fact } from './fact-types';

function compareYm(a: YearMonth, b: YearMonth): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0);
}

/** The job held now (至今), else the one that ended last. */
function currentJob(resume: Resume) {
  const jobs = resume.experience;
  const now = jobs.find((j) => j.dates.current);
  if (now) return now;
  const dated = jobs.filter((j) => j.dates.end ?? j.dates.start);
  if (dated.length === 0) return jobs[0];
  return dated.reduce((a, b) =>
    compareYm(b.dates.end ?? b.dates.start!, a.dates.end ?? a.dates.start!) > 0 ? b : a,
  );
}

function yearsSince(start: YearMonth, now: Date): number {
  const months = (now.getFullYear() - start.year) * 12 + (now.getMonth() + 1 - (start.month ?? 1));
  return Math.max(0, Math.floor(months / 12));
}

/** When the first job began: the earliest start among the jobs (the résumé lists newest first). */
function workStart(resume: Resume): YearMonth | undefined {
  const starts = resume.experience.map((e) => e.dates.start).filter((s): s is YearMonth => !!s);
  return starts.length ? starts.reduce((a, b) => (compareYm(b, a) < 0 ? b : a)) : undefined;
}

/** Whole years since the first job began, rounded down, as of `now`. */
function yearsOfExperience(resume: Resume, now: Date): Fact | undefined {
  const first = workStart(resume);
  return first ? { type: 'text', value: String(yearsSince(first, now)) } : undefined;
}

function highestDegree(resume: Resume): Fact | undefined {
  const held = resume.education.filter((e): e is typeof e & { degree: DegreeLevel } => !!e.degree);
  if (held.length === 0) return undefined;
  const top = held.reduce((a, b) => (DEGREE_RANK[b.degree] > DEGREE_RANK[a.degree] ? b : a));
  return degreeFact(top.degree, top.major);
}

function nameFact(resume: Resume, key: FieldKey, lang: 'zh' | 'en'): Fact | undefined {
  const { name } = resume;
  const latin = lang === 'en' || key.startsWith('name.latin');
  const part = key.replace('name.', '').replace('latin', '').toLowerCase();
  const source = latin ? name.latin : name;
  if (part === 'full') return text(source.full);
  if (part === 'family') return text(source.family);
  if (part === 'given') return text(source.given);
  return undefined;
}

function scalarFact(resume: Resume, key: FieldKey, lang: 'zh' | 'en', now: Date): Fact | undefined {
  const c = resume.contact;
  if (key.startsWith('name.')) return nameFact(resume, key, lang);
  switch (key) {
    case 'email':
      return text(c.email);
    case 'phone':
      return c.phone ? { type: 'phone', value: c.phone } : undefined;
    case 'phone.countryCode':
      return c.phone?.countryCode ? { type: 'text', value: `+${c.phone.countryCode}` } : undefined;
    case 'phone.national':
      return text(c.phone?.national);
    case 'phone.deviceType':
      // A landline or an unknown line says nothing: the user picks.
      return c.phone?.mobile ? text(lang === 'zh' ? '移动电话' : 'Mobile') : undefined;
    case 'birth':
    case 'birth.year':
    case 'birth.month':
      return c.birth
        ? { type: 'date', value: { year: c.birth.year, month: c.birth.month, day: c.birth.day } }
        : undefined;
    case 'profileLink':
      return text(c.website ?? c.github ?? c.linkedin);
    case 'website':
    case 'github':
    case 'linkedin':
    case 'wechat':
    case 'location':
      return text(c[key]);
    case 'currentCompany':
      return text(currentJob(resume)?.company);
    case 'currentTitle':
      return text(currentJob(resume)?.title);
    case 'currentPosition': {
      const job = currentJob(resume);
      return job ? text(joinParts(companyAsWritten(job), job.title)) : undefined;
    }
    case 'yearsOfExperience':
      return yearsOfExperience(resume, now);
    case 'currentlyEmployed':
      // A résumé without a current job may simply be out of date: no is never inferred.
      return resume.experience.some((e) => e.dates.current) ? { type: 'boolean', value: true } : undefined;
    case 'noExperience':
      return resume.experience.length ? { type: 'boolean', value: false } : undefined;
    case 'noProjects':
      return resume.projects.length ? { type: 'boolean', value: false } : undefined;
    case 'workStart': {
      const first = workStart(resume);
      return first ? { type: 'date', value: { year: first.year, month: first.month } } : undefined;
    }
    case 'highestDegree':
    case 'degreeHeld':
      return highestDegree(resume);
    case 'skills':
    case 'skillNamed':
      return resume.skills.length ? { type: 'lines', value: resume.skills } : undefined;
    case 'selfIntro':
      // Only the user's own words: an intro is never composed from other facts.
      return resume.body?.trim() ? { type: 'text', value: resume.body.trim(), multiline: true } : undefined;
  }
  return undefined;
}

const SECTION_PREFIX = /^(education|experience|projects)\./;

/**
 * The résumé value a field with this key wants. `index` picks the entry for section keys; `lang` picks
 * the Chinese or romanized name. Undefined when the résumé does not say (never invented). An `answer.*`
 * key, and a résumé key the résumé leaves empty that an answer stands in for (location), take the user's
 * own answer from `answers`.
 */
export function resolveFact(
  resume: Resume,
  key: FieldKey,
  index: number,
  lang: 'zh' | 'en',
  now: Date = new Date(),
  answers?: AnswerBook,
): Fact | undefined {
  if (isAnswerKey(key)) return answerFact(answers, key);
  const fact = SECTION_PREFIX.test(key)
    ? sectionFact(resume, key, index, lang)
    : scalarFact(resume, key, lang, now);
  return fact ?? answerFact(answers, key);
}

/** Plain text of a fact, for reports and for matching options when no widget-specific form applies. */
export function factText(fact: Fact): string {
  switch (fact.type) {
    case 'text':
      return fact.value;
    case 'lines':
      return fact.value.join('\n');
    case 'date':
      return fact.value
        ? `${fact.value.year}${fact.value.month ? '-' + String(fact.value.month).padStart(2, '0') : ''}`
        : '';
    case 'range':
      return fact.value.raw;
    case 'degree':
      return fact.value;
    case 'phone':
      return fact.value.e164;
    case 'boolean':
      return String(fact.value);
    case 'answer':
      return fact.zh ?? fact.en ?? '';
  }
}
