import { describe, expect, it } from 'vitest';
import { parseResume } from '~/lib/resume/parse';
import { parseOk, readText, samplePath } from './fixtures';

describe('bundled sample résumés', () => {
  it('the Chinese sample imports cleanly with every fact derived', () => {
    const text = readText(samplePath('sample-resume.md'));
    const { resume, warnings } = parseOk(text);
    expect(warnings).toEqual([]);
    expect(resume.lang).toBe('zh');
    expect(resume.name).toMatchObject({ family: '李', given: '思远', latin: { full: 'Siyuan Li' } });
    expect(resume.contact.phone?.e164).toBe('+8613712345678');
    expect(
      resume.education.map((e) => [e.school, e.schoolNote, e.degree, e.studyMode, e.gpa?.value, e.ranking]),
    ).toEqual([
      ['新加坡国立大学', 'QS Ranking 8', 'master', 'full-time', 4.5, '排名前10%'],
      ['华中科技大学', '985/211', 'bachelor', undefined, 3.7, '专业第8'],
    ]);
    expect(resume.experience[0]).toMatchObject({
      company: '美团',
      department: '到店事业群技术部',
      level: 'L7',
    });
    expect(resume.experience[0].dates.current).toBe(true);
    expect(resume.projects).toHaveLength(3);
    for (const project of resume.projects) {
      expect(project.role).toBeTruthy();
      expect(project.highlights.length).toBeGreaterThanOrEqual(4);
      expect(project.highlights.every((h) => h.tag)).toBe(true);
    }
    expect(JSON.stringify(parseResume(text))).not.toContain('sample-only');
  });

  it('the English sample imports cleanly, reads Present and keeps the tags', () => {
    const { resume, warnings } = parseOk(readText(samplePath('sample-resume-en.md')));
    expect(warnings).toEqual([]);
    expect(resume.lang).toBe('en');
    expect(resume.name).toMatchObject({
      full: 'Siyuan Li',
      given: 'Siyuan',
      family: 'Li',
      latinFromFile: true,
    });
    expect(resume.contact.phone).toMatchObject({ national: '13712345678', countryCode: '86' });
    expect(resume.education.map((e) => [e.school, e.degree, e.ranking])).toEqual([
      ['National University of Singapore', 'master', 'top 10%'],
      ['Huazhong University of Science and Technology', 'bachelor', 'rank 8/120'],
    ]);
    expect(resume.experience[0]).toMatchObject({
      company: 'Meituan',
      department: 'In-store Business Group Technology',
      title: 'Senior Backend Engineer',
      level: 'L7',
      dates: { start: { year: 2021, month: 3 }, current: true },
    });
    expect(resume.projects[0].highlights[0].tag).toBe('Dependency Governance');
  });
});
