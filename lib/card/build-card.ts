import type { Education, Experience, Gpa, Project, Resume } from '~/lib/resume/types';
import { formatGpa } from '~/lib/i18n/format-gpa';
import { basicsEntry } from './basics-facts';
import { formatDateRange } from './date-renderings';
import { dateFact, fact } from './fact-helpers';
import type { CardEntry, CardFact, CardSection } from './facts-types';
import type { UiLang } from '~/lib/i18n/lang';
import { cardStrings, DEGREE_NAMES, type CardStrings } from './strings';

/** As the résumé wrote it ('3.6/4.0', not '3.6/4'): a form compares it with the transcript. */
function gpaText(gpa: Gpa): string {
  const written = /(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)/.exec(gpa.raw);
  if (written) return `${written[1]}/${written[2]}`;
  return gpa.scale ? `${formatGpa(gpa.value)}/${formatGpa(gpa.scale)}` : formatGpa(gpa.value);
}

function education(e: Education, i: number, s: CardStrings, lang: UiLang): CardEntry {
  const id = `education.${i}`;
  const degree = e.degree ? DEGREE_NAMES[e.degree] : undefined;
  const gpa = e.gpa ? gpaText(e.gpa) : undefined;
  const mode = e.studyMode ? (e.studyMode === 'full-time' ? s.fullTime : s.partTime) : undefined;
  const facts = [
    ...fact(`${id}.school`, s.school, e.school, [{ label: s.school, value: e.raw.school }]),
    ...fact(`${id}.major`, s.major, e.major, [{ label: s.major, value: e.raw.major }]),
    ...(degree
      ? fact(`${id}.degree`, s.degree, degree[lang], [
          { label: s.degree, value: degree[lang === 'zh' ? 'en' : 'zh'] },
        ])
      : []),
    ...fact(`${id}.mode`, s.studyMode, mode),
    ...dateFact(`${id}.dates`, s, e.dates, lang),
    ...(e.gpa ? fact(`${id}.gpa`, s.gpa, gpa, [{ label: s.gpa, value: formatGpa(e.gpa.value) }]) : []),
    ...fact(`${id}.ranking`, s.ranking, e.ranking),
  ];
  const details = fact(`${id}.description`, s.description, e.description);
  return {
    id,
    title: e.school,
    subtitle: formatDateRange(e.dates, lang === 'zh' ? 'dot' : 'en'),
    facts,
    details,
  };
}

function experience(x: Experience, i: number, s: CardStrings, lang: UiLang): CardEntry {
  const id = `experience.${i}`;
  const facts = [
    ...fact(`${id}.company`, s.company, x.company, [{ label: s.company, value: x.raw.company }]),
    ...fact(`${id}.department`, s.department, x.department),
    ...fact(`${id}.title`, s.title, x.title, [{ label: s.title, value: x.raw.title }]),
    ...fact(`${id}.level`, s.level, x.level),
    ...dateFact(`${id}.dates`, s, x.dates, lang),
  ];
  const details = fact(`${id}.description`, s.description, x.description);
  return {
    id,
    title: x.company,
    subtitle: formatDateRange(x.dates, lang === 'zh' ? 'dot' : 'en'),
    facts,
    details,
  };
}

function project(p: Project, i: number, s: CardStrings, lang: UiLang): CardEntry {
  const id = `projects.${i}`;
  const facts = [
    ...fact(`${id}.name`, s.project, p.name, [{ label: s.project, value: p.raw.name }]),
    ...fact(`${id}.role`, s.role, p.role),
    ...dateFact(`${id}.dates`, s, p.dates, lang),
  ];
  const highlights: CardFact[] = p.highlights.flatMap((h, j) =>
    fact(`${id}.highlights.${j}`, h.tag ?? `${s.highlight} ${j + 1}`, h.text, [
      { label: s.highlight, value: h.raw },
    ]).map((f) => (h.tag ? { ...f, tag: h.tag } : f)),
  );
  const details = [...fact(`${id}.summary`, s.summary, p.summary), ...highlights];
  return {
    id,
    title: p.name,
    subtitle: formatDateRange(p.dates, lang === 'zh' ? 'dot' : 'en'),
    facts,
    details,
  };
}

function skills(list: string[], s: CardStrings): CardEntry {
  const facts = [
    ...(list.length > 1 ? fact('skills.all', s.allSkills, list.join('\n')) : []),
    ...list.flatMap((skill, i) => fact(`skills.${i}`, `${s.skill} ${i + 1}`, skill)),
  ];
  return { id: 'skills', title: s.skills, facts, details: [] };
}

/** Everything the card shows, in reading order; empty sections are left out. */
export function buildCardSections(resume: Resume, lang: UiLang): CardSection[] {
  const s = cardStrings(lang);
  const sections: CardSection[] = [
    { id: 'basics', title: s.basics, entries: [basicsEntry(resume, s, lang)] },
    {
      id: 'education',
      title: s.education,
      entries: resume.education.map((e, i) => education(e, i, s, lang)),
    },
    {
      id: 'experience',
      title: s.experience,
      entries: resume.experience.map((x, i) => experience(x, i, s, lang)),
    },
    { id: 'projects', title: s.projects, entries: resume.projects.map((p, i) => project(p, i, s, lang)) },
    { id: 'skills', title: s.skills, entries: resume.skills.length ? [skills(resume.skills, s)] : [] },
  ];
  return sections
    .map((sec) => ({ ...sec, entries: sec.entries.filter((e) => e.facts.length + e.details.length > 0) }))
    .filter((sec) => sec.entries.length > 0);
}
