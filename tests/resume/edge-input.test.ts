import { describe, expect, it } from 'vitest';
import { parseResume } from '~/lib/resume/parse';
import { fixturePath, parseOk, readText, samplePath } from './fixtures';

const edge = (file: string) => readText(fixturePath(`edge/${file}`));

describe('lenient where real files differ', () => {
  it('reads numbers and YAML dates as the text written', () => {
    const { resume } = parseOk(edge('yaml-numbers-and-dates.md'));
    expect(resume.contact.phone?.e164).toBe('+8613712345678');
    // YAML makes 1997.10 the number 1997.1; the month must still be October.
    expect(resume.contact.birth).toEqual({ raw: '1997.10', year: 1997, month: 10 });
    expect(resume.education[0].dates).toEqual({
      raw: '2015.10',
      start: { year: 2015, month: 10 },
      current: false,
    });
    expect(resume.experience[0].dates).toMatchObject({ raw: '2021-03-01', start: { year: 2021, month: 3 } });
    expect(resume.experience[1].dates).toMatchObject({ raw: '2020', start: { year: 2020 } });
  });

  it('accepts a description written as a list', () => {
    const { resume } = parseOk(edge('yaml-numbers-and-dates.md'));
    expect(resume.education[0].description).toBe('GPA 3.7/4.0（专业第8）\n国家奖学金');
    expect(resume.education[0].gpa?.value).toBe(3.7);
    expect(resume.education[0].ranking).toBe('专业第8');
  });

  it('keeps unknown keys in extra with a warning, drops page keys and every password', () => {
    const text = edge('unknown-keys-and-secrets.md');
    const result = parseResume(text);
    const { resume, warnings } = parseOk(text);
    expect(resume.extra).toEqual({
      hobbies: ['跑步', '摄影'],
      'contact.qq': '123456789',
      'education[0].honours': '国家奖学金',
    });
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['unknown-key', 'hobbies'],
      ['unknown-key', 'contact.qq'],
      ['unknown-key', 'education[0].honours'],
    ]);
    expect(warnings.map((w) => (w as { line?: number }).line)).toEqual([7, 13, 18]);
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(JSON.stringify(result)).not.toMatch(/layout|个人简历/);
    expect(resume.body).toBe('## 自我评价\n\n热爱技术，善于沟通。');
  });

  it('recovers highlights YAML read as mappings and reads every tag style', () => {
    const { resume } = parseOk(edge('tricky-highlights.md'));
    const [project] = resume.projects;
    expect(project).toMatchObject({ name: 'Coupon Center Rebuild', role: 'Technical PM' });
    expect(project.dates).toMatchObject({ start: { year: 2021, month: 3 }, end: { year: 2021, month: 12 } });
    expect(project.highlights.map((h) => [h.tag, h.text])).toEqual([
      ['Inventory', 'atomic deduction with Redis Lua scripts'],
      ['Rule Engine', 'campaigns configured by operations staff'],
      ['Cutover', 'city-by-city traffic switching'],
      [undefined, 'Result: zero over-issuing during sales events'],
      [undefined, 'plain highlight without a tag'],
    ]);
  });

  it('prefers name_en and reads a phone written with +86 and dashes', () => {
    const { resume } = parseOk(edge('name-en-and-compound-surname.md'));
    expect(resume.name).toMatchObject({
      family: '欧阳',
      given: '娜娜',
      latin: { given: 'Nana', family: 'Ouyang', full: 'Nana Ouyang' },
      latinFromFile: true,
    });
    expect(resume.contact.phone).toMatchObject({
      national: '13512345678',
      countryCode: '86',
      e164: '+8613512345678',
    });
    expect(resume.contact.birth).toMatchObject({ year: 2001, month: 7, day: 15 });
  });

  it('imports a résumé with nothing but a Latin name', () => {
    const { resume } = parseOk(edge('minimal-english.md'));
    expect(resume).toMatchObject({
      lang: 'en',
      education: [],
      experience: [],
      projects: [],
      skills: [],
      contact: {},
    });
    expect(resume.name).toMatchObject({ full: 'Alex Chen', given: 'Alex', family: 'Chen' });
  });

  it('warns about a missing closing ---', () => {
    const { resume, warnings } = parseOk(edge('unclosed.md'));
    expect(resume.skills).toEqual(['Java']);
    expect(warnings.map((w) => w.code)).toEqual(['unclosed-front-matter']);
  });

  it('tolerates a BOM, CRLF line endings and blank lines before the front matter', () => {
    const text = readText(samplePath('sample-resume.md'));
    const windows = `\uFEFF\r\n\r\n${text.replace(/\n/g, '\r\n')}`;
    const plain = parseOk(text).resume;
    expect(parseOk(windows).resume).toEqual(plain);
    const broken = windows.replace('date: 2015.09 – 2019.06', 'date: 某年某月');
    const result = parseResume(broken);
    expect(result.ok ? null : result.errors[0]).toMatchObject({
      code: 'date',
      path: 'education[1].date',
      line: 21,
    });
  });

  it('warns when an end date comes before its start, pointing at the line', () => {
    const text = '---\nname: 李思远\nexperience:\n  - company: 美团\n    date: 2021.06 – 2019.09\n---\n';
    const { warnings } = parseOk(text);
    expect(warnings).toMatchObject([{ code: 'date-order', path: 'experience[0].date', line: 5 }]);
    expect(parseOk(text.replace('2019.09', '2021')).warnings).toEqual([]);
  });

  it('warns, and leaves the Latin name empty, when pinyin has no reading', () => {
    const { resume, warnings } = parseOk('---\nname: 𠀀明\n---\n');
    expect(warnings.map((w) => w.code)).toEqual(['name-latin']);
    expect(resume.name.latin.full).toBe('');
  });
});
