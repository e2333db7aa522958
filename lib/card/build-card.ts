import type { DateRange, Education, Experience, Gpa, Project, Resume } from '~/lib/resume/types';
import {
  dateRangeRenderings,
  formatDateRange,
  formatYearMonth,
  yearMonthRenderings,
} from './date-renderings';
import type { CardEntry, CardFact, CardSection, FactAlt } from './facts-types';
import { dedupeAlts, groupNational, phoneRenderings } from './phone-renderings';
import { cardStrings, DEGREE_NAMES, type CardStrings, type UiLang } from './strings';

function fact(id: string, label: string, value: string | undefined, alts: FactAlt[] = []): CardFact[] {
  const v = value?.trim();
  if (!v) return [];
  return [{ id, label, value: v, alternatives: dedupeAlts(alts, v) }];
}

function dateFact(id: string, s: CardStrings, range: DateRange, lang: UiLang): CardFact[] {
  const primary = formatDateRange(range, lang === 'zh' ? 'dot' : 'en');
  const alts: FactAlt[] = dateRangeRenderings(range).map((value) => ({ label: s.dates, value }));
  if (range.start) alts.push(...yearMonthRenderings(range.start).map((value) => ({ label: s.start, value })));
  if (range.end && !range.current)
    alts.push(...yearMonthRenderings(range.end).map((value) => ({ label: s.end, value })));
  return fact(id, s.dates, primary, alts);
}

function basics(r: Resume, s: CardStrings, lang: UiLang): CardEntry {
  const { name, contact } = r;
  const latinFamilyFirst = `${name.latin.family} ${name.latin.given}`.trim();
  const phone = contact.phone;
  const birth = contact.birth;
  const birthAlts: FactAlt[] = birth
    ? yearMonthRenderings(birth).map((value) => ({ label: s.birth, value }))
    : [];
  if (birth?.day && birth.month) {
    const dd = String(birth.day).padStart(2, '0');
    birthAlts.push({ label: s.birth, value: `${formatYearMonth(birth, 'dash')}-${dd}` });
  }
  const facts = [
    ...fact('basics.name', s.name, name.full, [
      { label: s.familyName, value: name.family },
      { label: s.givenName, value: name.given },
    ]),
    ...fact('basics.nameLatin', s.nameLatin, name.latin.full, [
      { label: s.nameLatin, value: latinFamilyFirst },
      { label: s.givenLatin, value: name.latin.given },
      { label: s.familyLatin, value: name.latin.family },
    ]),
    ...(phone
      ? fact(
          'basics.phone',
          s.phone,
          lang === 'zh'
            ? phone.national
            : `+${phone.countryCode} ${groupNational(phone.national, phone.countryCode)}`,
          phoneRenderings(phone, s),
        )
      : []),
    ...fact('basics.email', s.email, contact.email),
    ...fact('basics.website', s.website, contact.website),
    ...(birth
      ? fact('basics.birth', s.birth, formatYearMonth(birth, lang === 'zh' ? 'dot' : 'en'), birthAlts)
      : []),
    ...fact('basics.location', s.location, contact.location),
    ...fact('basics.github', s.github, contact.github),
    ...fact('basics.linkedin', s.linkedin, contact.linkedin),
    ...fact('basics.wechat', s.wechat, contact.wechat),
  ];
  return { id: 'basics', title: name.full, facts, details: [] };
}

/** As the résumé wrote it ('3.6/4.0', not '3.6/4'): a form compares it with the transcript. */
function gpaText(gpa: Gpa): string {
  const written = /(\d+(?:\.\d+)?)\s*[/／]\s*(\d+(?:\.\d+)?)/.exec(gpa.raw);
  if (written) return `${written[1]}/${written[2]}`;
  return gpa.scale ? `${gpa.value}/${gpa.scale}` : String(gpa.value);
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
    ...(e.gpa ? fact(`${id}.gpa`, s.gpa, gpa, [{ label: s.gpa, value: String(e.gpa.value) }]) : []),
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
    { id: 'basics', title: s.basics, entries: [basics(resume, s, lang)] },
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
