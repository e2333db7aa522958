import { beforeEach, describe, expect, it } from 'vitest';
import { assignBlocks, sectionOf } from '~/lib/fill/plan/assign-blocks';
import { scanByAttribute } from './scan-by-attribute';

const entry = (school: string) =>
  `<div class="entry"><input data-key="education.school" value="${school}"><input data-key="education.major"></div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('assignBlocks', () => {
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

  it('without blocks, a repeated key starts the next entry', () => {
    document.body.innerHTML = `<input data-key="education.school"><input data-key="education.start" data-part="year">
      <input data-key="education.start" data-part="month"><input data-key="education.school"><input data-key="education.start" data-part="year">`;
    const { fields, classes } = scanByAttribute();
    const a = assignBlocks(fields, classes, 0.6);
    expect(fields.map((f) => a.index.get(f.id))).toEqual([0, 0, 0, 1, 1]);
    expect(a.counts.education).toBe(2);
  });

  it('a classifier-given entry wins over the repeat rule', () => {
    document.body.innerHTML = `<input data-key="education.school"><input data-key="education.major">`;
    const { fields, classes } = scanByAttribute();
    classes.get(fields[1].id)!.entry = 1;
    const a = assignBlocks(fields, classes, 0.6);
    expect(a.index.get(fields[1].id)).toBe(1);
    expect(a.counts.education).toBe(2);
  });

  it('fields below the bar take no entry', () => {
    document.body.innerHTML = `<input data-key="education.school">`;
    const { fields, classes } = scanByAttribute();
    classes.get(fields[0].id)!.confidence = 0.3;
    const a = assignBlocks(fields, classes, 0.6);
    expect(a.index.size).toBe(0);
    expect(a.counts.education).toBe(0);
  });

  it('sectionOf', () => {
    expect(sectionOf('projects.role')).toBe('projects');
    expect(sectionOf('email')).toBeUndefined();
  });
});
