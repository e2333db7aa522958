import { describe, expect, it } from 'vitest';
import { factText, resolveFact } from '~/lib/fill/values/facts';
import { tiersOf } from '~/lib/fill/values/section-facts';
import { handResume, REAL, SAMPLE } from './resumes';
import { REAL_EXPECTED, realTitle } from '../../privacy/real-resume';

const now = new Date(2025, 5, 15); // June 2025

describe('resolveFact on a hand-made résumé', () => {
  const r = handResume();
  it('names: Chinese on zh pages, romanized on en pages, latin keys always romanized', () => {
    expect(resolveFact(r, 'name.full', 0, 'zh')).toEqual({ type: 'text', value: '张小明' });
    expect(resolveFact(r, 'name.given', 0, 'zh')).toEqual({ type: 'text', value: '小明' });
    expect(resolveFact(r, 'name.given', 0, 'en')).toEqual({ type: 'text', value: 'Xiaoming' });
    expect(resolveFact(r, 'name.family', 0, 'en')).toEqual({ type: 'text', value: 'Zhang' });
    expect(resolveFact(r, 'name.latinFull', 0, 'zh')).toEqual({ type: 'text', value: 'Xiaoming Zhang' });
    expect(resolveFact(r, 'name.latinFamily', 0, 'zh')).toEqual({ type: 'text', value: 'Zhang' });
  });

  it('contact facts keep their types', () => {
    expect(resolveFact(r, 'phone', 0, 'zh')).toMatchObject({
      type: 'phone',
      value: { national: '13800001111' },
    });
    expect(resolveFact(r, 'phone.countryCode', 0, 'zh')).toEqual({ type: 'text', value: '+86' });
    expect(resolveFact(r, 'phone.national', 0, 'en')).toEqual({ type: 'text', value: '13800001111' });
    expect(resolveFact(r, 'birth', 0, 'zh')).toEqual({
      type: 'date',
      value: { year: 1999, month: 3, day: undefined },
    });
    expect(resolveFact(r, 'email', 0, 'zh')).toEqual({ type: 'text', value: 'xm@example.com' });
    expect(resolveFact(r, 'website', 0, 'zh')).toBeUndefined();
  });

  it('current company and title come from the 至今 job, not the first one', () => {
    expect(resolveFact(r, 'currentCompany', 0, 'zh')).toEqual({ type: 'text', value: '云帆网络' });
    expect(resolveFact(r, 'currentTitle', 0, 'zh')).toEqual({ type: 'text', value: '高级工程师' });
    // One box for both (现工作单位及职务).
    expect(resolveFact(r, 'currentPosition', 0, 'zh')).toEqual({
      type: 'text',
      value: '云帆网络 高级工程师',
    });
    // …with the employer as the résumé writes it, department and all (××公司××部 工程师).
    const withDept = {
      ...r,
      experience: r.experience.map((e) => ({
        ...e,
        department: '基础架构部',
        raw: { ...e.raw, company: `${e.company}-基础架构部` },
      })),
    };
    expect(resolveFact(withDept, 'currentPosition', 0, 'zh')).toEqual({
      type: 'text',
      value: '云帆网络-基础架构部 高级工程师',
    });
    expect(resolveFact(withDept, 'currentCompany', 0, 'zh')).toEqual({ type: 'text', value: '云帆网络' });
  });

  it('one box for school and major takes both of one entry', () => {
    expect(resolveFact(r, 'education.schoolMajor', 1, 'zh')).toEqual({
      type: 'text',
      value: `南京大学 ${r.education[1].major}`,
    });
  });

  it('without a current job the latest-ending one is current', () => {
    const r2 = handResume();
    r2.experience[1].dates = {
      raw: '2020.09 – 2022.01',
      start: { year: 2020, month: 9 },
      end: { year: 2022, month: 1 },
      current: false,
    };
    r2.experience.reverse();
    expect(resolveFact(r2, 'currentCompany', 0, 'zh')).toEqual({ type: 'text', value: '云帆网络' });
  });

  it('years of experience count whole years from the earliest start', () => {
    expect(resolveFact(r, 'yearsOfExperience', 0, 'zh', now)).toEqual({ type: 'text', value: '5' });
    expect(resolveFact(r, 'yearsOfExperience', 0, 'zh', new Date(2025, 5, 1))).toEqual({
      type: 'text',
      value: '5',
    });
    expect(resolveFact(r, 'yearsOfExperience', 0, 'zh', new Date(2024, 5, 1))).toEqual({
      type: 'text',
      value: '4',
    });
  });

  it('参加工作时间 is the first job’s start month, one date, whatever order the résumé lists jobs in', () => {
    expect(resolveFact(r, 'workStart', 0, 'zh', now)).toEqual({
      type: 'date',
      value: { year: 2019, month: 7 },
    });
    expect(resolveFact({ ...r, experience: [] }, 'workStart', 0, 'zh', now)).toBeUndefined();
  });

  it('highest degree, skills as lines, no invented self intro', () => {
    // The major goes along: it tells a Master of Science from a Master of Arts in a list that splits them.
    expect(resolveFact(r, 'highestDegree', 0, 'zh')).toEqual({
      type: 'degree',
      value: 'master',
      major: r.education[0].major,
    });
    expect(resolveFact(r, 'skills', 0, 'zh')).toEqual({ type: 'lines', value: ['熟悉 Go；', '了解 Rust；'] });
    expect(resolveFact(r, 'selfIntro', 0, 'zh')).toBeUndefined();
    expect(resolveFact({ ...r, body: '\n热爱技术。\n' }, 'selfIntro', 0, 'zh')).toEqual({
      type: 'text',
      value: '热爱技术。',
      multiline: true,
    });
  });

  it('section keys take the entry at the index', () => {
    expect(resolveFact(r, 'education.school', 1, 'zh')).toEqual({ type: 'text', value: '南京大学' });
    expect(resolveFact(r, 'education.degree', 1, 'zh')).toEqual({
      type: 'degree',
      value: 'bachelor',
      major: r.education[1].major,
    });
    expect(resolveFact(r, 'education.start', 0, 'zh')).toEqual({
      type: 'date',
      value: { year: 2021, month: 9 },
    });
    expect(resolveFact(r, 'education.gpa', 0, 'zh')).toMatchObject({ type: 'text', value: '3.8' });
    expect(resolveFact(r, 'education.gpa', 1, 'zh')).toBeUndefined();
    expect(resolveFact(r, 'education.description', 1, 'zh')).toBeUndefined();
    expect(resolveFact(r, 'education.school', 2, 'zh')).toBeUndefined();
    expect(resolveFact(r, 'experience.department', 1, 'zh')).toEqual({ type: 'text', value: '基础架构部' });
    expect(resolveFact(r, 'experience.department', 0, 'zh')).toBeUndefined();
  });

  it('an ongoing entry has no end date but says current', () => {
    expect(resolveFact(r, 'experience.end', 1, 'zh')).toEqual({ type: 'date', current: true });
    expect(resolveFact(r, 'experience.current', 1, 'zh')).toEqual({ type: 'boolean', value: true });
    expect(resolveFact(r, 'experience.current', 0, 'zh')).toEqual({ type: 'boolean', value: false });
    expect(resolveFact(r, 'experience.range', 0, 'zh')).toMatchObject({
      type: 'range',
      value: { current: false },
    });
  });

  it('project description is the summary then every highlight, one per line', () => {
    expect(resolveFact(r, 'projects.description', 0, 'zh')).toEqual({
      type: 'lines',
      value: ['自研缓存系统。', '【性能】延迟降低 50%', '【稳定】全年可用性 99.99%'],
    });
    expect(resolveFact(r, 'projects.role', 0, 'zh')).toEqual({ type: 'text', value: '负责人' });
  });

  it('currently employed: yes with a job that runs to 至今, never a guessed no', () => {
    expect(resolveFact(r, 'currentlyEmployed', 0, 'zh')).toEqual({ type: 'boolean', value: true });
    const past = {
      ...r,
      experience: r.experience.map((e) => ({ ...e, dates: { ...e.dates, current: false } })),
    };
    expect(resolveFact(past, 'currentlyEmployed', 0, 'zh')).toBeUndefined();
  });

  it('a "no experience" box is unticked where the résumé has entries, never ticked for the user', () => {
    expect(resolveFact(r, 'noExperience', 0, 'zh')).toEqual({ type: 'boolean', value: false });
    expect(resolveFact(r, 'noProjects', 0, 'zh')).toEqual({ type: 'boolean', value: false });
    expect(resolveFact({ ...r, experience: [], projects: [] }, 'noExperience', 0, 'zh')).toBeUndefined();
    expect(resolveFact({ ...r, experience: [], projects: [] }, 'noProjects', 0, 'zh')).toBeUndefined();
  });

  it("a school's place only where its name says it, in the page's language", () => {
    const abroad = {
      ...r,
      education: r.education.map((e, i) => (i === 0 ? { ...e, school: '新加坡国立大学' } : e)),
    };
    expect(resolveFact(abroad, 'education.region', 0, 'zh')).toEqual({ type: 'text', value: '境外' });
    expect(resolveFact(abroad, 'education.country', 0, 'zh')).toEqual({ type: 'text', value: '新加坡' });
    expect(resolveFact(abroad, 'education.country', 0, 'en')).toEqual({ type: 'text', value: 'Singapore' });
    const hk = { ...r, education: [{ ...r.education[0]!, school: '香港科技大学' }] };
    expect(resolveFact(hk, 'education.region', 0, 'zh')).toEqual({ type: 'text', value: '港澳台' });
    expect(resolveFact(hk, 'education.country', 0, 'en')).toEqual({ type: 'text', value: 'Hong Kong' });
    const home = { ...r, education: [{ ...r.education[0]!, school: '浙江大学' }] };
    expect(resolveFact(home, 'education.region', 0, 'zh')).toBeUndefined();
    expect(resolveFact(home, 'education.country', 0, 'zh')).toBeUndefined();
    // 是否海外院校: yes for a school abroad; Hong Kong (海外 either way) and the mainland are left to the page.
    expect(resolveFact(abroad, 'education.abroad', 0, 'zh')).toEqual({ type: 'boolean', value: true });
    expect(resolveFact(hk, 'education.abroad', 0, 'zh')).toBeUndefined();
    expect(resolveFact(home, 'education.abroad', 0, 'zh')).toBeUndefined();
  });

  it('asked apart, a project is its summary and its duties (the highlights)', () => {
    expect(resolveFact(r, 'projects.summary', 0, 'zh')).toEqual({
      type: 'text',
      value: '自研缓存系统。',
      multiline: true,
    });
    expect(resolveFact(r, 'projects.duties', 0, 'zh')).toEqual({
      type: 'lines',
      value: ['【性能】延迟降低 50%', '【稳定】全年可用性 99.99%'],
    });
  });

  it('factText gives plain text for reports', () => {
    expect(factText({ type: 'date', value: { year: 2024, month: 9 } })).toBe('2024-09');
    expect(factText({ type: 'lines', value: ['a', 'b'] })).toBe('a\nb');
  });
});

describe('resolveFact on the bundled sample and the real résumé', () => {
  it('sample: the fixture pages expect these values', () => {
    expect(resolveFact(SAMPLE, 'name.full', 0, 'zh')).toEqual({ type: 'text', value: '李思远' });
    expect(resolveFact(SAMPLE, 'education.school', 1, 'zh')).toEqual({ type: 'text', value: '华中科技大学' });
    expect(resolveFact(SAMPLE, 'currentCompany', 0, 'zh')).toEqual({ type: 'text', value: '美团' });
  });

  it('sample: 是否全日制 is answered only where the résumé writes the study mode', () => {
    // The master's says （全日制）; the bachelor's says nothing, so nothing is answered for it.
    expect(resolveFact(SAMPLE, 'education.fullTime', 0, 'zh')).toEqual({ type: 'boolean', value: true });
    expect(resolveFact(SAMPLE, 'education.fullTime', 1, 'zh')).toBeUndefined();
  });

  it.runIf(REAL && REAL_EXPECTED)(
    realTitle('real résumé: highest degree first, GPA, current job, the projects, names on English pages'),
    () => {
      const r = REAL!;
      const x = REAL_EXPECTED!;
      expect(resolveFact(r, 'highestDegree', 0, 'zh')).toEqual({
        type: 'degree',
        value: x.education[0].degree,
        major: x.education[0].major,
      });
      expect(resolveFact(r, 'education.gpa', 1, 'zh')).toMatchObject({
        type: 'text',
        value: String(x.education[1].gpa!.value),
      });
      expect(resolveFact(r, 'currentCompany', 0, 'zh')).toEqual({
        type: 'text',
        value: x.experience[0].company,
      });
      expect(resolveFact(r, 'experience.end', 0, 'zh')).toEqual({ type: 'date', current: true });
      // Whole years from the first job's start to July 2025.
      const first = x.experience[x.experience.length - 1].start;
      const months = 2025 * 12 + 7 - (first.year * 12 + (first.month ?? 1));
      expect(resolveFact(r, 'yearsOfExperience', 0, 'zh', new Date(2025, 6, 1))).toEqual({
        type: 'text',
        value: String(Math.floor(months / 12)),
      });
      expect(resolveFact(r, 'name.full', 0, 'en')).toEqual({ type: 'text', value: x.name.romanized });
      expect(resolveFact(r, 'name.full', 0, 'zh')).toEqual({ type: 'text', value: x.name.full });
      // The summary, then one line per highlight.
      const desc = resolveFact(r, 'projects.description', 2, 'zh');
      expect(desc?.type === 'lines' && desc.value.length).toBe(1 + x.projects[2].highlightTags.length);
      expect(resolveFact(r, 'projects.name', x.projects.length, 'zh')).toBeUndefined();
    },
  );
});

describe('是否最高学历 and 学习形式', () => {
  it('the entry of the highest degree is yes, the others no; the study mode only where written', () => {
    expect(resolveFact(SAMPLE, 'education.highest', 0, 'zh')).toEqual({ type: 'boolean', value: true });
    expect(resolveFact(SAMPLE, 'education.highest', 1, 'zh')).toEqual({ type: 'boolean', value: false });
    expect(resolveFact(SAMPLE, 'education.studyMode', 0, 'zh')).toEqual({ type: 'text', value: '全日制' });
    expect(resolveFact(SAMPLE, 'education.studyMode', 1, 'zh')).toBeUndefined();
  });
});

describe('是否985 / 211 / 双一流 and 院校类型', () => {
  // SAMPLE: 新加坡国立大学（QS Ranking 8）, then 华中科技大学（985/211）.
  it('yes from the school’s annotation, the tiers below implied; never no', () => {
    expect(resolveFact(SAMPLE, 'education.is985', 1, 'zh')).toEqual({ type: 'boolean', value: true });
    expect(resolveFact(SAMPLE, 'education.is211', 1, 'zh')).toEqual({ type: 'boolean', value: true });
    expect(resolveFact(SAMPLE, 'education.isFirstClass', 1, 'zh')).toEqual({ type: 'boolean', value: true });
    expect(resolveFact(SAMPLE, 'education.schoolTier', 1, 'zh')).toEqual({ type: 'text', value: '985/211' });
    for (const key of ['is985', 'is211', 'isFirstClass', 'schoolTier'] as const)
      expect(resolveFact(SAMPLE, `education.${key}`, 0, 'zh'), key).toBeUndefined();
  });

  it('a 211 school is no 985 one, but the fact stays unknown rather than no', () => {
    expect(tiersOf('211')).toEqual(['211', '双一流']);
    expect(tiersOf('双一流')).toEqual(['双一流']);
    expect(tiersOf('QS Ranking 8')).toEqual([]);
  });
});

describe('专业排名', () => {
  it('is the ranking as written, without the words the label already says', () => {
    expect(resolveFact(SAMPLE, 'education.ranking', 0, 'zh')).toEqual({ type: 'text', value: '前10%' });
    expect(resolveFact(SAMPLE, 'education.ranking', 1, 'zh')).toEqual({ type: 'text', value: '第8' });
  });
});
