import { describe, expect, it } from 'vitest';
import { parseResume } from '~/lib/resume/parse';
import { hasRealResume, parseOk, readText, REAL_RESUME } from './fixtures';

// The user's own résumé: every fact a form asks for must come out exactly.
describe.skipIf(!hasRealResume)('the real résumé', () => {
  const text = hasRealResume ? readText(REAL_RESUME) : '';
  const { resume, warnings } = hasRealResume ? parseOk(text) : ({} as ReturnType<typeof parseOk>);

  it('imports without warnings', () => {
    expect(warnings).toEqual([]);
    expect(resume.lang).toBe('zh');
  });

  it('derives the name and its pinyin', () => {
    expect(resume.name).toMatchObject({ raw: '王星星', full: '王星星', family: '王', given: '星星' });
    expect(resume.name.latin).toEqual({ given: 'Xingxing', family: 'Wang', full: 'Xingxing Wang' });
    expect(resume.name.latinFromFile).toBe(false);
  });

  it('derives contact facts', () => {
    expect(resume.contact.phone).toEqual({
      raw: '17179887126',
      national: '17179887126',
      countryCode: '86',
      e164: '+8617179887126',
      mobile: true,
    });
    expect(resume.contact.email).toBe('wxxlamp@foxmail.com');
    expect(resume.contact.birth).toEqual({ raw: '2000.01', year: 2000, month: 1 });
    expect(resume.contact.website).toBe('https://wxxlamp.cn');
  });

  it('derives both education entries', () => {
    const [hkust, zzu] = resume.education;
    expect(hkust).toMatchObject({
      school: '香港科技大学',
      schoolNote: 'QS Ranking 50',
      major: '信息技术',
      degree: 'master',
      studyMode: 'full-time',
      dates: {
        raw: '2024.09 – 2025.10',
        start: { year: 2024, month: 9 },
        end: { year: 2025, month: 10 },
        current: false,
      },
      gpa: { raw: 'GPA 4.1/4.3', value: 4.1, scale: 4.3 },
    });
    expect(hkust.ranking).toBeUndefined();
    expect(zzu).toMatchObject({
      school: '郑州大学',
      schoolNote: '双一流/211',
      major: '软件工程',
      degree: 'bachelor',
      dates: { start: { year: 2017, month: 9 }, end: { year: 2021, month: 6 }, current: false },
      gpa: { raw: 'GPA 3.6/4.0', value: 3.6, scale: 4 },
      ranking: '专业第11',
    });
    expect(zzu.studyMode).toBeUndefined();
  });

  it('derives the job', () => {
    expect(resume.experience).toHaveLength(1);
    expect(resume.experience[0]).toMatchObject({
      company: '阿里巴巴',
      department: 'Alibaba.com技术部',
      title: '高级开发工程师',
      level: 'P6',
      dates: { raw: '2021.07 – 至今', start: { year: 2021, month: 7 }, current: true },
    });
    expect(resume.experience[0].dates.end).toBeUndefined();
  });

  it('derives projects, roles, dates and highlight tags', () => {
    expect(resume.projects.map((p) => [p.name, p.role])).toEqual([
      ['全球卖', '商家结算技术负责人'],
      ['押款额度系统重构', '技术迁移负责人'],
      ['保障保险业务', '技术PM&核心开发'],
    ]);
    expect(resume.projects.map((p) => p.dates)).toEqual([
      { raw: '2024.08 – 至今', start: { year: 2024, month: 8 }, current: true },
      {
        raw: '2023.10 – 2024.07',
        start: { year: 2023, month: 10 },
        end: { year: 2024, month: 7 },
        current: false,
      },
      {
        raw: '2021.07 – 2023.09',
        start: { year: 2021, month: 7 },
        end: { year: 2023, month: 9 },
        current: false,
      },
    ]);
    expect(resume.projects[0].highlights.map((h) => h.tag)).toEqual([
      '全链路',
      '准入提现',
      '租户架构',
      '大模型',
      '组织管理',
    ]);
    expect(resume.projects[1].highlights.map((h) => h.tag)).toEqual([
      '迁移策略',
      '迁移监控',
      '性能优化',
      '研发提效',
      '可用性',
    ]);
    expect(resume.projects[2].highlights.map((h) => h.tag)).toEqual([
      '授信平台',
      '多地部署',
      '质量建设',
      '性能优化',
      '运营平台',
    ]);
    const first = resume.projects[0].highlights[0];
    expect(first.text.startsWith('基于大盘')).toBe(true);
    expect(first.raw.startsWith('【全链路】')).toBe(true);
    expect(resume.skills).toHaveLength(4);
  });

  it('stores nothing of the page password', () => {
    const password = /^password:\s*(.+)$/m.exec(text)?.[1].trim();
    expect(password).toBeTruthy();
    const serialized = JSON.stringify(parseResume(text));
    const elsewhere = text.replace(/^password:.*$/m, '').includes(password!);
    expect(serialized).not.toContain(elsewhere ? `"${password}"` : password);
    expect(serialized).not.toContain('password');
    expect(resume.extra).toEqual({});
  });
});
