import { describe, expect, it } from 'vitest';
import { applyOverrides, getAtPath, type Overrides } from '~/lib/resume/overrides';
import { parseOk, readText, samplePath } from './fixtures';

const sample = readText(samplePath('sample-resume.md'));

describe('applyOverrides', () => {
  it('applies corrections to a copy, coercing numbers and validating degrees', () => {
    const { resume } = parseOk(sample);
    const before = structuredClone(resume);
    const overrides: Overrides = {
      'name.latin.full': 'Sean Li',
      'education[0].degree': 'doctorate',
      'education[1].gpa.value': '3.8',
      'experience[0].dates.start.month': '4',
      'projects[0].role': '技术负责人',
      'contact.phone.e164': '+8613700000000',
    };
    const { resume: fixed, stale } = applyOverrides(resume, overrides);
    expect(stale).toEqual([]);
    expect(fixed.name.latin.full).toBe('Sean Li');
    expect(fixed.education[0].degree).toBe('doctorate');
    expect(fixed.education[1].gpa?.value).toBe(3.8);
    expect(fixed.experience[0].dates.start).toEqual({ year: 2021, month: 4 });
    expect(fixed.projects[0].role).toBe('技术负责人');
    expect(fixed.contact.phone).toMatchObject({ e164: '+8613700000000', national: '13700000000' });
    expect(resume).toEqual(before);
  });

  it('keeps computed fields in step with corrected parts', () => {
    const { resume } = parseOk(sample);
    const { resume: fixed } = applyOverrides(resume, { 'name.latin.given': 'Sean', 'name.family': '黎' });
    expect(fixed.name.latin).toEqual({ given: 'Sean', family: 'Li', full: 'Sean Li' });
    expect(fixed.name.full).toBe('黎思远');
    const ended = applyOverrides(resume, { 'experience[0].dates.end.year': '2025' }).resume;
    expect(ended.experience[0].dates).toMatchObject({ end: { year: 2025 }, current: false });
  });

  it('accepts degree words the résumé itself uses, and refuses the rest', () => {
    const { resume } = parseOk(sample);
    expect(applyOverrides(resume, { 'education[1].degree': '硕士' }).resume.education[1].degree).toBe(
      'master',
    );
    const bad = applyOverrides(resume, {
      'education[1].degree': 'wizard',
      'education[0].dates.start.month': '13',
    });
    expect(bad.stale.sort()).toEqual(['education[0].dates.start.month', 'education[1].degree']);
    expect(bad.resume.education[1].degree).toBe('bachelor');
    expect(bad.resume.education[0].dates.start?.month).toBe(8);
  });

  it('removes an optional value when the correction is empty', () => {
    const { resume } = parseOk(sample);
    const { resume: fixed } = applyOverrides(resume, { 'experience[0].department': '' });
    expect(fixed.experience[0].department).toBeUndefined();
    expect(fixed.experience[0].company).toBe('美团');
  });

  it('creates a GPA or a date only from its main number', () => {
    const { resume } = parseOk(readText(samplePath('sample-resume-en.md')));
    const noGpa = structuredClone(resume);
    delete noGpa.education[0].gpa;
    const created = applyOverrides(noGpa, { 'education[0].gpa.value': '4.6', 'education[0].gpa.scale': '5' });
    expect(created.resume.education[0].gpa).toEqual({ raw: '4.6', value: 4.6, scale: 5 });
    const scaleOnly = applyOverrides(noGpa, { 'education[0].gpa.scale': '5' });
    expect(scaleOnly.stale).toEqual(['education[0].gpa.scale']);
  });

  it('survives a re-import and reports paths that no longer exist', () => {
    const overrides: Overrides = {
      'name.latin.full': 'Sean Li',
      'projects[2].role': 'PM',
      'education[1].school': '华中科大',
      'education[0].nickname': 'x',
      'constructor.prototype': 'x',
    };
    const first = applyOverrides(parseOk(sample).resume, overrides);
    expect(first.stale.sort()).toEqual(['constructor.prototype', 'education[0].nickname']);
    // The user deletes the last project and re-imports: the other corrections still apply.
    const reimported =
      sample.slice(0, sample.indexOf('  - name: 营销券中心重构')) + sample.slice(sample.indexOf('skills:'));
    const second = applyOverrides(parseOk(reimported).resume, overrides);
    expect(second.resume.name.latin.full).toBe('Sean Li');
    expect(second.resume.education[1].school).toBe('华中科大');
    expect(second.stale.sort()).toEqual([
      'constructor.prototype',
      'education[0].nickname',
      'projects[2].role',
    ]);
  });
});

describe('getAtPath', () => {
  it('reads values by path and nothing from the prototype', () => {
    const { resume } = parseOk(sample);
    expect(getAtPath(resume, 'name.latin.full')).toBe('Siyuan Li');
    expect(getAtPath(resume, 'education[1].gpa.value')).toBe(3.7);
    expect(getAtPath(resume, 'experience[0].dates.start.month')).toBe(3);
    expect(getAtPath(resume, 'skills[0]')).toMatch(/^熟悉Java/);
    expect(getAtPath(resume, 'education[5].school')).toBeUndefined();
    expect(getAtPath(resume, 'name.constructor')).toBeUndefined();
    expect(getAtPath(resume, 'education[0')).toBeUndefined();
  });
});
