import { describe, expect, it } from 'vitest';
import { detectDegree, toDegreeLevel } from '~/lib/resume/derive/degree';
import { findGpa, findRanking, splitMajor, splitSchool } from '~/lib/resume/derive/education';

describe('splitSchool', () => {
  it.each([
    ['香港科技大学（QS Ranking 50）', '香港科技大学', 'QS Ranking 50'],
    ['郑州大学(双一流/211)', '郑州大学', '双一流/211'],
    ['National University of Singapore (QS Ranking 8)', 'National University of Singapore', 'QS Ranking 8'],
    ['清华大学', '清华大学', undefined],
  ])('%s', (raw, school, note) => {
    expect(splitSchool(raw)).toEqual(note ? { school, note } : { school });
  });
});

describe('splitMajor', () => {
  it.each([
    ['信息技术 · 研究生（全日制）', '信息技术', 'master', 'full-time'],
    ['软件工程 · 本科', '软件工程', 'bachelor', undefined],
    ['计算机科学（硕士）', '计算机科学', 'master', undefined],
    ['工商管理 · MBA（非全日制）', '工商管理', 'mba', 'part-time'],
    ['计算机应用技术 · 大专', '计算机应用技术', 'associate', undefined],
    ['物理学 · 博士研究生', '物理学', 'doctorate', undefined],
    ['本科 · 金融学', '金融学', 'bachelor', undefined],
    ['Computer Science · Master (Full-time)', 'Computer Science', 'master', 'full-time'],
    ['Computer Science, MSc', 'Computer Science', 'master', undefined],
    ['MSc in Computer Science', 'Computer Science', 'master', undefined],
    ['Bachelor of Engineering in Software Engineering', 'Software Engineering', 'bachelor', undefined],
    ['Physics · PhD (part-time)', 'Physics', 'doctorate', 'part-time'],
    ['Mathematics', 'Mathematics', undefined, undefined],
    ['Economics, Finance and Accounting', 'Economics, Finance and Accounting', undefined, undefined],
  ])('%s', (raw, major, degree, studyMode) => {
    const out = splitMajor(raw);
    expect(out.major).toBe(major);
    expect(out.degree).toBe(degree);
    expect(out.studyMode).toBe(studyMode);
  });
});

describe('degree words', () => {
  it.each([
    ['大专', 'associate'],
    ['专科', 'associate'],
    ['本科', 'bachelor'],
    ['学士', 'bachelor'],
    ['硕士', 'master'],
    ['研究生', 'master'],
    ['Master', 'master'],
    ['MSc', 'master'],
    ['M.S.', 'master'],
    ['MBA', 'mba'],
    ['博士', 'doctorate'],
    ['PhD', 'doctorate'],
    ['Doctorate', 'doctorate'],
    ['高中', 'highschool'],
  ])('%s → %s', (word, level) => {
    expect(detectDegree(word)).toBe(level);
  });

  it('does not read ordinary words as degrees', () => {
    expect(detectDegree('Mathematics')).toBeUndefined();
    expect(detectDegree('ms office')).toBeUndefined();
    expect(toDegreeLevel('master')).toBe('master');
    expect(toDegreeLevel('学位')).toBeUndefined();
  });
});

describe('GPA and ranking', () => {
  it.each([
    ['成绩优异，GPA 4.1/4.3，学习课程包括区块链', { raw: 'GPA 4.1/4.3', value: 4.1, scale: 4.3 }],
    ['GPA：3.6 / 4.0（专业第11）', { raw: 'GPA：3.6 / 4.0', value: 3.6, scale: 4 }],
    ['平均绩点 88/100', { raw: '平均绩点 88/100', value: 88, scale: 100 }],
    ['GPA 3.8', { raw: 'GPA 3.8', value: 3.8 }],
  ])('%s', (text, gpa) => {
    expect(findGpa(text)).toEqual(gpa);
  });

  it('ignores a GPA above its scale and text without one', () => {
    expect(findGpa('GPA 5.1/4.0')).toBeUndefined();
    expect(findGpa('获得国家奖学金')).toBeUndefined();
  });

  it.each([
    ['GPA 3.6/4.0（专业第11），曾获得国家励志奖学金', '专业第11'],
    ['成绩排名前5%', '排名前5%'],
    ['专业排名 3/120', '专业排名 3/120'],
    ['GPA 3.7/4.0 (rank 3/120)', 'rank 3/120'],
    ['graduated in the top 10% of the class', 'top 10%'],
    ['获得第3届数学竞赛一等奖', undefined],
  ])('%s', (text, ranking) => {
    expect(findRanking(text)).toBe(ranking);
  });
});
