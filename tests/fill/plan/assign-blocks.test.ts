import { beforeEach, describe, expect, it } from 'vitest';
import { assignBlocks, sectionOf } from '~/lib/fill/plan/assign-blocks';
import { handResume } from '../values/resumes';
import { scanByAttribute } from './scan-by-attribute';

const entry = (school: string) =>
  `<div class="entry"><input data-key="education.school" value="${school}"><input data-key="education.major"></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('assignBlocks', () => {
  it("a site header's job search is no work entry: the one card's fields all take the first job", () => {
    document.body.innerHTML = `<header><nav><a>首页</a><a>社会招聘</a></nav><input data-key="experience.title"></header>
      <section><h2>工作经历</h2><input data-key="experience.company"><input data-key="experience.department">
      <input data-key="experience.title"><input data-key="experience.start"></section>`;
    const { fields, classes } = scanByAttribute();
    fields[0]!.hints.placeholder = '搜索职位';
    const a = assignBlocks(fields, classes, 0.6);
    expect(fields.slice(1).map((f) => a.index.get(f.id))).toEqual([0, 0, 0, 0]);
    expect(a.index.has(fields[0]!.id)).toBe(false);
    expect(a.counts.experience).toBe(1);
  });

  it('a lone long text outside any entry is no entry: it takes none and counts none', () => {
    document.body.innerHTML = `<section><h2>工作经历</h2><button>+ Add</button>
      <textarea data-key="experience.description"></textarea></section>`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6);
    expect(a.index.get(fields[0]!.id)).toBe(-1);
    expect(a.counts.experience).toBe(0);
  });

  it('a graduation date under 基本信息 summarises the first entry; it is no entry of its own', () => {
    document.body.innerHTML = `<section><h2>基本信息</h2><input data-key="name.full"><input data-key="education.end"></section>
      <section><h2>教育经历</h2><input data-key="education.school"><input data-key="education.degree">
      <input data-key="education.start"><input data-key="education.end"></section>`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6, handResume());
    expect(fields.slice(1).map((f) => a.index.get(f.id))).toEqual([0, 0, 0, 0, 0]);
    expect(a.counts.education).toBe(1);
  });

  it('numbers blocks in document order per section', () => {
    document.body.innerHTML = `<section><h2>教育经历</h2>${entry('a')}${entry('b')}${entry('c')}</section>
      <section><h2>工作经历</h2><input data-key="experience.company"></section>`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6);
    expect(
      fields.filter((f) => classes.get(f.id)!.key === 'education.school').map((f) => a.index.get(f.id)),
    ).toEqual([0, 1, 2]);
    expect(a.counts).toEqual({ education: 3, experience: 1, projects: 0 });
    expect(a.blocks.education).toHaveLength(3);
  });

  it('a page with several forms numbers each form’s entries from the first', () => {
    const form = (n: number) => `<section><input data-key="name.full"><input data-key="birth">
      <h3>教育经历</h3>${entry(`${n}a`)}${entry(`${n}b`)}<input data-key="phone"></section>`;
    document.body.innerHTML = form(1) + form(2);
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6);
    expect(
      fields.filter((f) => classes.get(f.id)!.key === 'education.school').map((f) => a.index.get(f.id)),
    ).toEqual([0, 1, 0, 1]);
    expect(a.counts.education).toBe(2);
  });

  it('a question asked twice before any entry (a mobile and a landline) starts no new form', () => {
    document.body.innerHTML = `<input data-key="phone"><input data-key="phone">
      <h3>教育经历</h3>${entry('a')}${entry('b')}`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6);
    expect(
      fields.filter((f) => classes.get(f.id)!.key === 'education.school').map((f) => a.index.get(f.id)),
    ).toEqual([0, 1]);
  });

  it('without blocks, a repeated key starts the next entry', () => {
    document.body.innerHTML = `<input data-key="education.school"><input data-key="education.start" data-part="year">
      <input data-key="education.start" data-part="month"><input data-key="education.school"><input data-key="education.start" data-part="year">`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6);
    expect(fields.map((f) => a.index.get(f.id))).toEqual([0, 0, 0, 1, 1]);
    expect(a.counts.education).toBe(2);
  });

  it('one lone block takes one entry for every field, though 学历 and 学位 both ask the degree', () => {
    document.body.innerHTML = `<input data-key="education.school"><input data-key="education.major">
      <select data-key="education.degree"></select><select data-key="education.degree"></select>
      <input data-key="education.start"><input data-key="education.end">`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6, handResume());
    expect(fields.map((f) => a.index.get(f.id))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(a.counts.education).toBe(1);
  });

  it('a missing school does not hide the next entry: its first question coming again does', () => {
    document.body.innerHTML = `<input data-key="education.major"><input data-key="education.degree">
      <input data-key="education.major"><input data-key="education.degree">`;
    const { fields, classes } = scanByAttribute();
    expect(fields.map((f) => assignBlocks(fields, classes, 0.6).index.get(f.id))).toEqual([0, 0, 1, 1]);
  });

  it('fields below the bar take no entry', () => {
    document.body.innerHTML = `<input data-key="education.school">`;
    const { fields, classes } = scanByAttribute();
    classes.get(fields[0].id)!.confidence = 0.3;
    const a = assignBlocks(fields, classes, 0.6);
    expect(a.index.size).toBe(0);
    expect(a.counts.education).toBe(0);
  });

  it('table rows keyed by degree take the entry of their level; a level the résumé lacks stays empty', () => {
    // handResume: education[0] is a master's, education[1] a bachelor's.
    const cells = '<td><input data-key="education.school"></td><td><input data-key="education.major"></td>';
    document.body.innerHTML = `<table><tr><th>学历</th><th>毕业院校</th><th>所学专业</th></tr>
      <tr class="entry"><td>大学本科</td>${cells}</tr><tr class="entry"><td>硕士研究生</td>${cells}</tr>
      <tr class="entry"><td>博士研究生</td>${cells}</tr></table>`;
    const { fields, classes } = scanByAttribute();
    for (const f of fields) f.block = f.el.closest('tr')!;
    const a = assignBlocks(fields, classes, 0.6, handResume());
    expect(fields.map((f) => a.index.get(f.id))).toEqual([1, 1, 0, 0, -1, -1]);
  });

  it('blocks under headings naming a level; an unnamed block takes what is left', () => {
    const block = (h: string) =>
      `<section><h2>${h}</h2><input data-key="education.school"><input data-key="education.major"></section>`;
    document.body.innerHTML = block('本科阶段') + block('Graduate') + block('其他教育经历');
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6, handResume());
    expect(fields.map((f) => a.index.get(f.id))).toEqual([1, 1, 0, 0, -1, -1]);
  });

  it('loose questions naming their degree in their own words take that entry, whatever their order', () => {
    // handResume: education[0] is a master's, education[1] a bachelor's.
    document.body.innerHTML = `<section><h2>Education</h2>
      <input data-key="education.school" aria-label="Undergraduate institution">
      <input data-key="education.school" aria-label="Institution where you earned your highest degree">
      <input data-key="education.major" aria-label="Field of study (highest degree)">
      <input data-key="education.major" aria-label="专业（本科及以上）"></section>`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6, handResume());
    // A floor ('本科及以上') names no entry: that lone question takes what is left in order.
    expect(fields.slice(0, 3).map((f) => a.index.get(f.id))).toEqual([1, 0, 0]);
  });

  it('sectionOf', () => {
    expect(sectionOf('projects.role')).toBe('projects');
    expect(sectionOf('email')).toBeUndefined();
  });
});

describe('assignBlocks: entries that open with a date', () => {
  it('a table row starting with 开始年月 starts the next entry at the next 开始年月, not at the school', () => {
    const row = `<input data-key="education.start"><input data-key="education.end"><input data-key="education.school"><input data-key="education.major">`;
    document.body.innerHTML = row + row;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6);
    expect(fields.map((f) => a.index.get(f.id))).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });
});
