import { describe, expect, it } from 'vitest';
import { entriesByLevel, levelOfBlock, levelOfTitle } from '~/lib/fill/plan/entry-levels';
import { handResume } from '../values/resumes';

describe('levelOfTitle', () => {
  it('titles that only name a level', () => {
    expect(
      [
        '大学本科',
        '硕士研究生',
        '博士研究生',
        '本科教育经历',
        '硕士阶段',
        "Bachelor's degree",
        'Graduate',
        '研究生',
        'Undergraduate education',
        'PhD',
        '第一学历',
        '最高学历',
        'Highest degree',
      ].map(levelOfTitle),
    ).toEqual([
      'bachelor',
      'master',
      'doctorate',
      'bachelor',
      'master',
      'bachelor',
      'graduate',
      'graduate',
      'bachelor',
      'doctorate',
      'first',
      'highest',
      'highest',
    ]);
  });

  it('never a title that says more, or names two levels', () => {
    expect(
      [
        '教育经历',
        '学历/学位（本科及以上）',
        '本科院校',
        '本硕连读',
        'Education',
        'Terms',
        '硕士或博士',
        '第一志愿',
      ].map(levelOfTitle),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('entriesByLevel', () => {
  const education = handResume().education; // [master, bachelor]

  it('specific levels first, then 研究生 / Graduate, then the unnamed blocks in résumé order', () => {
    expect(entriesByLevel(['graduate', 'bachelor', undefined], education)).toEqual([0, 1, -1]);
    expect(entriesByLevel([undefined, 'bachelor'], education)).toEqual([0, 1]);
    expect(entriesByLevel(['doctorate', 'master'], education)).toEqual([-1, 0]);
  });

  it('unnamed rows below a 高中 row take the entries in the order the form asks (从高中填起: oldest first)', () => {
    expect(entriesByLevel(['highschool', undefined, undefined, undefined], education, [1, 0])).toEqual([
      -1, 1, 0, -1,
    ]);
  });

  it('全日制教育 / 在职教育 rows take the highest entry of their study mode, or none', () => {
    expect(levelOfTitle('全日制 教 育')).toBe('fulltime');
    expect(levelOfTitle('在　职 教　育')).toBe('parttime');
    expect(levelOfTitle('全日制本科')).toBe('bachelor');
    const modes = [
      { ...education[0]!, studyMode: 'full-time' as const },
      { ...education[1]!, studyMode: undefined },
    ];
    expect(entriesByLevel(['fulltime', 'parttime'], modes)).toEqual([0, -1]);
    const inService = [modes[0]!, { ...education[1]!, studyMode: 'part-time' as const }];
    expect(entriesByLevel(['fulltime', 'parttime'], inService)).toEqual([0, 1]);
  });

  it('第一学历 is the first degree after school and 最高学历 the highest, whatever the résumé order', () => {
    expect(entriesByLevel(['first', 'highest'], education)).toEqual([1, 0]);
    expect(entriesByLevel(['first', 'highest'], [...education].reverse())).toEqual([0, 1]);
    // With one degree, both name it.
    expect(entriesByLevel(['first', 'highest'], education.slice(1))).toEqual([0, 0]);
    // A 大专 before a 专升本 bachelor's is the first degree; high school never is.
    const upgraded = [
      { ...education[1]!, degree: 'bachelor' as const },
      { ...education[1]!, degree: 'associate' as const },
      { ...education[1]!, degree: 'highschool' as const },
    ];
    expect(entriesByLevel(['first', 'highest'], upgraded)).toEqual([1, 0]);
  });
});

describe('levelOfBlock on a 干部任免审批表 grid', () => {
  it('reads the keys of a row together, with the mode reaching down from the row above', () => {
    document.body.innerHTML = `<table>
      <tr><th colspan="2">类别</th><th>学历</th><th>毕业院校</th></tr>
      <tr><td rowspan="2">全日制教育</td><td>第一学历</td><td><select></select></td><td><input></td></tr>
      <tr><td>最高学历</td><td><select></select></td><td><input></td></tr>
      <tr><td>在职教育</td><td>最高学历</td><td><select></select></td><td><input></td></tr></table>`;
    const rows = [...document.querySelectorAll('tr')].slice(1);
    const levels = rows.map((tr) => levelOfBlock(tr, []));
    expect(levels).toEqual(['fulltime-first', 'fulltime', 'parttime']);
    // The master's and the bachelor's, both full-time: the bachelor's is the first, nothing is in-service.
    const education = handResume().education;
    expect(entriesByLevel(levels, education)).toEqual([1, 0, -1]);
  });
});
