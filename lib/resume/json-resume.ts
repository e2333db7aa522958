import type { DateRange, DegreeLevel, Resume, YearMonth } from './types';

export { fromJsonResume } from './json-resume-import';
export { toMarkdown } from './to-markdown';

const DEGREE_LABELS: Record<DegreeLevel, string> = {
  highschool: 'High School',
  associate: 'Associate',
  bachelor: 'Bachelor',
  master: 'Master',
  mba: 'MBA',
  doctorate: 'PhD',
};

function isoMonth(ym: YearMonth | undefined): string | undefined {
  if (!ym) return undefined;
  return ym.month === undefined ? String(ym.year) : `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

function isoRange(dates: DateRange): { startDate?: string; endDate?: string } {
  const out: { startDate?: string; endDate?: string } = {};
  const start = isoMonth(dates.start);
  const end = dates.current ? undefined : isoMonth(dates.end);
  if (start) out.startDate = start;
  if (end) out.endDate = end;
  return out;
}

/** The résumé in the jsonresume.org v1 schema, for sites and tools that import it. */
export function toJsonResume(resume: Resume): object {
  const { contact } = resume;
  const profiles = (['linkedin', 'github', 'wechat'] as const)
    .filter((k) => contact[k])
    .map((k) => {
      const value = contact[k]!;
      const network = { linkedin: 'LinkedIn', github: 'GitHub', wechat: 'WeChat' }[k];
      return /^https?:\/\//i.test(value) ? { network, url: value } : { network, username: value };
    });
  const zh = resume.lang === 'zh';
  return {
    basics: {
      name: resume.name.full,
      ...(contact.email && { email: contact.email }),
      ...(contact.phone && { phone: contact.phone.e164 || contact.phone.raw }),
      ...(contact.website && { url: contact.website }),
      ...(contact.location && { location: { address: contact.location } }),
      profiles,
    },
    work: resume.experience.map((e) => ({
      // Joined so that importing this file again splits them the same way.
      name: e.department ? `${e.company} - ${e.department}` : e.company,
      position: e.level ? (zh ? `${e.title}（${e.level}）` : `${e.title} (${e.level})`) : e.title,
      ...isoRange(e.dates),
      summary: e.description,
    })),
    education: resume.education.map((e) => ({
      institution: e.school,
      area: e.major,
      studyType: [
        e.degree && DEGREE_LABELS[e.degree],
        e.studyMode && `(${e.studyMode === 'full-time' ? 'Full-time' : 'Part-time'})`,
      ]
        .filter(Boolean)
        .join(' '),
      ...isoRange(e.dates),
      ...(e.gpa && {
        score: e.gpa.scale !== undefined ? `${e.gpa.value}/${e.gpa.scale}` : String(e.gpa.value),
      }),
    })),
    projects: resume.projects.map((p) => ({
      name: p.name,
      description: p.summary,
      // Written with their 【tag】 so that the tags survive a round trip.
      highlights: p.highlights.map((h) => h.raw.trim()),
      ...isoRange(p.dates),
      roles: p.role ? [p.role] : [],
    })),
    skills: resume.skills.map((name) => ({ name })),
  };
}
