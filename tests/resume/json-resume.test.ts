import { describe, expect, it } from 'vitest';
import { fromJsonResume, toJsonResume, toMarkdown } from '~/lib/resume/json-resume';
import { parseResume } from '~/lib/resume/parse';
import type { ImportResult, Resume } from '~/lib/resume/types';
import { hasRealResume, parseOk, readText, REAL_RESUME, samplePath } from './fixtures';

function ok(result: ImportResult): Resume {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.resume;
}

const files = [
  samplePath('sample-resume.md'),
  samplePath('sample-resume-en.md'),
  ...(hasRealResume ? [REAL_RESUME] : []),
];

describe('JSON Resume', () => {
  it('writes the jsonresume.org v1 shape', () => {
    const json = toJsonResume(parseOk(readText(samplePath('sample-resume.md'))).resume);
    expect(json).toMatchObject({
      basics: {
        name: '李思远',
        email: 'lisiyuan_demo@163.com',
        phone: '+8613712345678',
        url: 'https://lisiyuan.example.com',
      },
      work: [{ name: '美团 - 到店事业群技术部', position: '高级后端开发工程师（L7）', startDate: '2021-03' }],
      education: [
        {
          institution: '新加坡国立大学',
          area: '计算机科学',
          studyType: 'Master (Full-time)',
          startDate: '2019-08',
          endDate: '2020-12',
          score: '4.5/5',
        },
        { institution: '华中科技大学', studyType: 'Bachelor', score: '3.7/4' },
      ],
      projects: [
        {
          name: '团购交易平台',
          roles: ['交易链路技术负责人'],
          startDate: '2023-06',
          highlights: expect.arrayContaining([expect.stringMatching(/^【链路治理】/)]),
        },
        {},
        {},
      ],
      skills: expect.arrayContaining([{ name: expect.stringMatching(/^熟悉Java/) }]),
    });
    // A current job has no end date in JSON Resume.
    expect((json as { work: object[] }).work[0]).not.toHaveProperty('endDate');
  });

  it.each(files)('round-trips %s through toJsonResume → fromJsonResume', (file) => {
    const original = parseOk(readText(file)).resume;
    const back = ok(fromJsonResume(JSON.parse(JSON.stringify(toJsonResume(original)))));
    expect(back.name.full).toBe(original.name.full);
    expect(back.lang).toBe(original.lang);
    expect(back.contact.phone?.e164).toBe(original.contact.phone?.e164);
    const edu = (r: Resume) =>
      r.education.map((e) => [
        e.school,
        e.major,
        e.degree,
        e.studyMode,
        e.dates.start,
        e.dates.end,
        e.gpa?.value,
      ]);
    expect(edu(back)).toEqual(edu(original));
    const work = (r: Resume) =>
      r.experience.map((e) => [e.company, e.department, e.title, e.level, e.dates.start, e.dates.current]);
    expect(work(back)).toEqual(work(original));
    const projects = (r: Resume) =>
      r.projects.map((p) => [
        p.name,
        p.role,
        p.dates.start,
        p.dates.end,
        p.dates.current,
        p.highlights.map((h) => [h.tag, h.text]),
      ]);
    expect(projects(back)).toEqual(projects(original));
    expect(back.skills).toEqual(original.skills);
  });

  it('imports a hand-written JSON Resume and splits 【tag】 highlights', () => {
    const result = fromJsonResume({
      basics: {
        name: 'Alex Chen',
        email: 'alex@example.com',
        phone: '+1 415 555 0100',
        profiles: [{ network: 'GitHub', username: 'alexc' }],
      },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01-15', endDate: '2022-06' }],
      education: [
        {
          institution: 'MIT',
          area: 'Physics',
          studyType: 'Bachelor',
          startDate: '2014',
          endDate: '2018',
          score: '3.9',
        },
      ],
      projects: [{ name: 'Ledger', highlights: ['【Speed】10x faster', 'plain'], startDate: '2021-02' }],
      awards: [{ title: 'Best paper' }],
    });
    const resume = ok(result);
    expect(resume.contact).toMatchObject({
      github: 'alexc',
      phone: { countryCode: '1', national: '4155550100' },
    });
    expect(resume.experience[0].dates).toMatchObject({
      start: { year: 2020, month: 1 },
      end: { year: 2022, month: 6 },
    });
    expect(resume.education[0]).toMatchObject({
      degree: 'bachelor',
      gpa: { value: 3.9 },
      dates: { start: { year: 2014 } },
    });
    expect(resume.projects[0].dates.current).toBe(true);
    expect(resume.projects[0].highlights.map((h) => h.tag)).toEqual(['Speed', undefined]);
    expect(resume.extra).toEqual({ awards: [{ title: 'Best paper' }] });
    expect(result.ok && result.warnings.map((w) => [w.code, w.path])).toEqual([['unknown-key', 'awards']]);
  });

  it('rejects a JSON Resume without a name or with a bad date, naming the path', () => {
    const noName = fromJsonResume({ basics: { email: 'a@b.c' } });
    expect(noName.ok ? null : noName.errors[0]).toMatchObject({ code: 'schema', path: 'basics.name' });
    const badDate = fromJsonResume({
      basics: { name: 'A' },
      work: [{ name: 'X', startDate: 'last spring' }],
    });
    expect(badDate.ok ? null : badDate.errors[0]).toMatchObject({
      code: 'schema',
      path: 'work[0].startDate',
    });
    expect(fromJsonResume('not an object').ok).toBe(false);
  });

  it('keeps no password from unknown sections', () => {
    const result = fromJsonResume({
      basics: { name: 'Alex Chen' },
      password: 'hunter2-top',
      meta: { version: 'v1' },
      account: { user: 'alex', password: 'hunter2-nested' },
    });
    expect(ok(result).extra).toEqual({ account: { user: 'alex' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});

describe('toMarkdown', () => {
  it.each(files)('writes %s back in our format, and it re-imports to the same résumé', (file) => {
    const original = parseOk(readText(file)).resume;
    const markdown = toMarkdown(original);
    expect(markdown.startsWith('---\nname: ')).toBe(true);
    expect(parseOk(markdown).resume).toEqual(original);
  });

  it('stores a JSON Resume import as Markdown that parses to the same facts', () => {
    const fromJson = ok(
      fromJsonResume(toJsonResume(parseOk(readText(samplePath('sample-resume-en.md'))).resume)),
    );
    const again = parseResume(toMarkdown(fromJson));
    expect(again.ok && again.resume).toEqual(fromJson);
  });

  it('quotes values YAML would misread', () => {
    const { resume } = parseOk(
      '---\nname: 李思远\ncontact:\n  birth: "2000.10"\n  phone: "13712345678"\nskills:\n  - "[Go] yes: really"\n  - "true"\n---\n',
    );
    const again = parseOk(toMarkdown(resume)).resume;
    expect(again.contact.birth).toMatchObject({ raw: '2000.10', month: 10 });
    expect(again.skills).toEqual(['[Go] yes: really', 'true']);
  });
});
