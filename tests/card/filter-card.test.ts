import { describe, expect, it } from 'vitest';
import { buildCardSections } from '~/lib/card/build-card';
import { filterCard } from '~/lib/card/filter-card';
import { sampleResume } from './sample-resume';

const sections = buildCardSections(sampleResume(), 'zh');
const ids = (q: string) =>
  filterCard(sections, q).sections.flatMap((s) =>
    s.entries.flatMap((e) => [...e.facts, ...e.details].map((f) => f.id)),
  );

describe('card search', () => {
  it('keeps everything for an empty query', () => {
    const r = filterCard(sections, '   ');
    expect(r.all).toBe(true);
    expect(r.sections).toBe(sections);
  });

  it('matches values and alternative renderings', () => {
    expect(ids('nana@')).toEqual(['basics.email']);
    expect(ids('+86 137')).toEqual(['basics.phone']);
    expect(ids('2020年9月')).toEqual(['education.0.dates']);
  });

  it('matches labels, case- and width-insensitively', () => {
    expect(ids('ｇｐａ')).toEqual(['education.0.gpa']);
    expect(ids('邮箱')).toEqual(['basics.email']);
  });

  it('matches words spread over the entry title and the fact', () => {
    expect(ids('示例科技 L5')).toEqual(['experience.0.title', 'experience.0.level']);
  });

  it('finds highlights by tag or text and opens their entry', () => {
    const r = filterCard(sections, '高可用');
    expect(r.expanded).toEqual(new Set(['projects.0']));
    expect(ids('高可用')).toEqual(['projects.0.highlights.0']);
    expect(ids('P99')).toEqual(['projects.0.highlights.1']);
  });

  it('keeps a whole section for its title without opening every detail', () => {
    const r = filterCard(sections, '项目经历');
    expect(r.sections.map((s) => s.id)).toEqual(['projects']);
    expect(r.expanded.size).toBe(0);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterCard(sections, 'zzzz').sections).toEqual([]);
  });
});
