// The real résumé beside the project (../shared/resume.md) and what it must derive to
// (../shared/resume.expected.json). Tests read the person's details from these two files at run time, so
// none of them is written into the repository; without ../shared the real-résumé checks are skipped.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { DateRange, Resume, YearMonth } from '~/lib/resume/types';

const root = resolve(import.meta.dirname, '../..');
export const REAL_RESUME_PATH = resolve(root, '../shared/resume.md');
export const REAL_EXPECTED_PATH = resolve(root, '../shared/resume.expected.json');

interface ExpectedDated {
  start: YearMonth;
  end: YearMonth | null;
  current: boolean;
}

/** The shape of resume.expected.json. */
export interface RealExpected {
  name: {
    full: string;
    family: string;
    given: string;
    romanized: string;
    romanizedGiven: string;
    romanizedFamily: string;
  };
  contact: {
    phone: { raw: string; national: string; countryCode: string; e164: string };
    email: string;
    birth: { raw: string; year: number; month?: number };
    website: string;
  };
  education: (ExpectedDated & {
    school: string;
    schoolNote?: string;
    major: string;
    degree: string;
    fullTime?: boolean;
    gpa?: { value: number; scale?: number };
    ranking?: string;
  })[];
  experience: (ExpectedDated & { company: string; department?: string; title: string; level?: string })[];
  projects: (ExpectedDated & { name: string; role?: string; highlightTags: string[] })[];
  skillsCount: number;
}

/** The résumé's Markdown, or null when ../shared/resume.md is absent. */
export const REAL_RESUME_TEXT: string | null = existsSync(REAL_RESUME_PATH)
  ? readFileSync(REAL_RESUME_PATH, 'utf8')
  : null;

/** What it must derive to, or null when either file is absent. */
export const REAL_EXPECTED: RealExpected | null =
  REAL_RESUME_TEXT !== null && existsSync(REAL_EXPECTED_PATH)
    ? (JSON.parse(readFileSync(REAL_EXPECTED_PATH, 'utf8')) as RealExpected)
    : null;

export const hasRealResume = REAL_EXPECTED !== null;

/** Why the real-résumé checks did not run; empty when they do. */
export const REAL_SKIP_REASON =
  REAL_RESUME_TEXT === null
    ? '../shared/resume.md absent: real-résumé checks skipped'
    : REAL_EXPECTED === null
      ? '../shared/resume.expected.json absent: real-résumé checks skipped'
      : '';

/** A test title that says why it was skipped, so a skipped run is not mistaken for a passing one. */
export function realTitle(title: string): string {
  return hasRealResume ? title : `${title} (${REAL_SKIP_REASON})`;
}

function studyMode(fullTime: boolean | undefined): Resume['education'][number]['studyMode'] {
  if (fullTime === undefined) return undefined;
  return fullTime ? 'full-time' : 'part-time';
}

function span(dates: DateRange) {
  return { start: dates.start, end: dates.end, current: dates.current };
}

function expectedSpan(e: ExpectedDated) {
  return { start: e.start, end: e.end ?? undefined, current: e.current };
}

/**
 * Every fact resume.expected.json states, compared with what the project derived (a parsed résumé, or
 * one read back from the extension's storage). Each entry is compared as one object, labelled with its
 * place, so a failure shows the whole entry.
 */
export function expectDerivedAsExpected(resume: Resume, x: RealExpected): void {
  expect(resume.name, 'name').toMatchObject({
    full: x.name.full,
    family: x.name.family,
    given: x.name.given,
  });
  expect(resume.name.latin, 'name.latin').toEqual({
    full: x.name.romanized,
    given: x.name.romanizedGiven,
    family: x.name.romanizedFamily,
  });

  expect(resume.contact.phone, 'contact.phone').toMatchObject(x.contact.phone);
  expect(resume.contact.email, 'contact.email').toBe(x.contact.email);
  expect(resume.contact.birth, 'contact.birth').toEqual(x.contact.birth);
  expect(resume.contact.website, 'contact.website').toBe(x.contact.website);

  expect(resume.education, 'education').toHaveLength(x.education.length);
  x.education.forEach((e, i) => {
    const got = resume.education[i];
    expect(
      {
        school: got.school,
        schoolNote: got.schoolNote,
        major: got.major,
        degree: got.degree,
        studyMode: got.studyMode,
        ...span(got.dates),
        gpa: got.gpa && { value: got.gpa.value, scale: got.gpa.scale },
        ranking: got.ranking,
      },
      `education[${i}]`,
    ).toEqual({
      school: e.school,
      schoolNote: e.schoolNote,
      major: e.major,
      degree: e.degree,
      studyMode: studyMode(e.fullTime),
      ...expectedSpan(e),
      gpa: e.gpa,
      ranking: e.ranking,
    });
  });

  expect(resume.experience, 'experience').toHaveLength(x.experience.length);
  x.experience.forEach((e, i) => {
    const got = resume.experience[i];
    expect(
      {
        company: got.company,
        department: got.department,
        title: got.title,
        level: got.level,
        ...span(got.dates),
      },
      `experience[${i}]`,
    ).toEqual({
      company: e.company,
      department: e.department,
      title: e.title,
      level: e.level,
      ...expectedSpan(e),
    });
  });

  expect(resume.projects, 'projects').toHaveLength(x.projects.length);
  x.projects.forEach((p, i) => {
    const got = resume.projects[i];
    expect(
      { name: got.name, role: got.role, ...span(got.dates), highlightTags: got.highlights.map((h) => h.tag) },
      `projects[${i}]`,
    ).toEqual({ name: p.name, role: p.role, ...expectedSpan(p), highlightTags: p.highlightTags });
  });

  expect(resume.skills, 'skills').toHaveLength(x.skillsCount);
}
