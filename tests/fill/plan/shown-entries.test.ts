import { describe, expect, it } from 'vitest';
import { entryShown, keepShownEntries } from '~/lib/fill/plan/shown-entries';
import type { Classification, FieldDescription } from '~/lib/fill/types';

const range = (start: number, end?: number) => ({
  raw: '',
  current: end === undefined,
  start: { year: start, month: 9 },
  ...(end ? { end: { year: end, month: 6 } } : {}),
});
const education = [
  { school: '新加坡国立大学', dates: range(2019, 2020) },
  { school: '华中科技大学', dates: range(2015, 2019) },
];

function unit(values: Array<[string, string, Classification['part']?]>) {
  const fields = values.map(([, value], id) => ({ id, currentValue: value }) as FieldDescription);
  const classes = new Map(values.map(([key, , part], id) => [id, { key, part, confidence: 1, reason: '' }]));
  return { fields, classOf: (f: FieldDescription) => classes.get(f.id) as Classification };
}

describe('entries a block already shows', () => {
  it('a block showing the years or the school of one entry is that entry', () => {
    const years = unit([
      ['education.school', ''],
      ['education.start', '2015', 'year'],
      ['education.end', '2019', 'year'],
    ]);
    expect(entryShown(years.fields, years.classOf, education, 'education')).toBe(1);
    const school = unit([
      ['education.school', '新加坡国立大学'],
      ['education.end', '6', 'month'],
    ]);
    expect(entryShown(school.fields, school.classOf, education, 'education')).toBe(0);
  });

  it('an empty block, a month alone, or values no entry fits show no entry', () => {
    const empty = unit([
      ['education.school', ''],
      ['education.start', '', 'year'],
    ]);
    expect(entryShown(empty.fields, empty.classOf, education, 'education')).toBeUndefined();
    const month = unit([['education.start', '9', 'month']]);
    expect(entryShown(month.fields, month.classOf, education, 'education')).toBeUndefined();
    const mixed = unit([
      ['education.school', '华中科技大学'],
      ['education.start', '2019', 'year'],
    ]);
    expect(entryShown(mixed.fields, mixed.classOf, education, 'education')).toBeUndefined();
  });

  it('shown blocks keep their entries; the others take the rest in the planned order', () => {
    expect(keepShownEntries([0, 1], [1, 0])).toEqual([1, 0]);
    expect(keepShownEntries([0, 1, 2], [undefined, 0, undefined])).toEqual([1, 0, 2]);
    expect(keepShownEntries([0, 1], [undefined, undefined])).toEqual([0, 1]);
    // Two blocks claiming one entry: the plan stands.
    expect(keepShownEntries([0, 1], [0, 0])).toEqual([0, 1]);
  });
});
