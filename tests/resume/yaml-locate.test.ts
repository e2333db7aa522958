import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, walkPath } from '~/lib/resume/paths';
import { locateInYaml } from '~/lib/resume/yaml-locate';

const yaml = `
name: 李思远
contact:
  phone: 13712345678 # mobile
  birth: 1997.10
education:
  - school: 华中科技大学
    date: 2015.10
  - school: 'NUS'
    date: "2019.08"
skills:
- Java
- 'Go'
`.split('\n');

describe('locateInYaml', () => {
  it.each([
    [['name'], 1, '李思远'],
    [['contact', 'phone'], 3, '13712345678'],
    [['contact', 'birth'], 4, '1997.10'],
    [['education', 0], 6, 'school: 华中科技大学'],
    [['education', 0, 'date'], 7, '2015.10'],
    [['education', 1, 'school'], 8, 'NUS'],
    [['education', 1, 'date'], 9, '2019.08'],
    [['skills', 1], 12, 'Go'],
  ])('%j is on line %i', (path, index, value) => {
    expect(locateInYaml(yaml, path)).toEqual({ index, value });
  });

  it('finds nothing for paths that are not there', () => {
    expect(locateInYaml(yaml, ['education', 2])).toBeUndefined();
    expect(locateInYaml(yaml, ['contact', 'email'])).toBeUndefined();
    expect(locateInYaml(yaml, ['date'])).toBeUndefined();
  });
});

describe('paths', () => {
  it('parses and formats the same path', () => {
    expect(parsePath('education[1].gpa.value')).toEqual(['education', 1, 'gpa', 'value']);
    expect(formatPath(['education', 1, 'gpa', 'value'])).toBe('education[1].gpa.value');
    expect(parsePath('skills[0]')).toEqual(['skills', 0]);
  });

  it.each(['', '[0]', 'a..b', 'a.', 'a[x]', 'a[0', '.a'])('rejects %j', (path) => {
    expect(parsePath(path)).toBeNull();
  });

  it('walks own properties only', () => {
    const data = { a: [{ b: 1 }] };
    expect(walkPath(data, ['a', 0, 'b'])).toBe(1);
    expect(walkPath(data, ['a', 'length'])).toBeUndefined();
    expect(walkPath(data, ['toString'])).toBeUndefined();
  });
});
