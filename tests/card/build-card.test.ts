import { describe, expect, it } from 'vitest';
import { buildCardSections } from '~/lib/card/build-card';
import type { CardFact, CardSection } from '~/lib/card/facts-types';
import { groupNational } from '~/lib/card/phone-renderings';
import { sampleResume } from './sample-resume';

function factById(sections: CardSection[], id: string): CardFact {
  const all = sections.flatMap((s) => s.entries.flatMap((e) => [...e.facts, ...e.details]));
  const found = all.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
}

describe('card facts', () => {
  const zh = buildCardSections(sampleResume(), 'zh');
  const en = buildCardSections(sampleResume(), 'en');

  it('lists sections in reading order with localized titles', () => {
    expect(zh.map((s) => s.title)).toEqual(['基本信息', '教育经历', '工作经历', '项目经历', '技能']);
    expect(en.map((s) => s.id)).toEqual(['basics', 'education', 'experience', 'projects', 'skills']);
  });

  it('offers the name as written, romanized, given and family', () => {
    const name = factById(zh, 'basics.name');
    expect(name.value).toBe('欧阳娜娜');
    expect(name.alternatives.map((a) => a.value)).toEqual(['欧阳', '娜娜']);
    const latin = factById(zh, 'basics.nameLatin');
    expect(latin.value).toBe('Nana Ouyang');
    expect(latin.alternatives.map((a) => a.value)).toEqual(['Ouyang Nana', 'Nana', 'Ouyang']);
  });

  it('offers every phone rendering once, without repeating the shown one', () => {
    const phone = factById(zh, 'basics.phone');
    expect(phone.value).toBe('13712345678');
    expect(phone.alternatives.map((a) => a.value)).toEqual([
      '137 1234 5678',
      '+86 13712345678',
      '+86 137 1234 5678',
      '+8613712345678',
    ]);
    expect(factById(en, 'basics.phone').value).toBe('+86 137 1234 5678');
    expect(groupNational('4155550100', '1')).toBe('415 555 0100');
  });

  it('renders dates in the card language and offers start and end on their own', () => {
    const dates = factById(zh, 'education.0.dates');
    expect(dates.value).toBe('2020.09 – 2023.06');
    const values = dates.alternatives.map((a) => a.value);
    expect(values).toContain('2020年9月 – 2023年6月');
    expect(values).toContain('Sep 2020 – Jun 2023');
    expect(values).toContain('2020-09');
    expect(values).toContain('2023年6月');
    expect(dates.alternatives.find((a) => a.value === 'Jun 2023')?.label).toBe('结束');
    expect(factById(en, 'experience.0.dates').value).toBe('Jul 2023 – Present');
    expect(factById(zh, 'basics.birth').value).toBe('1998.03');
  });

  it('gives education, job and project facts with their originals as alternatives', () => {
    expect(factById(zh, 'education.0.degree')).toMatchObject({
      value: '硕士',
      alternatives: [{ value: "Master's degree" }],
    });
    expect(factById(zh, 'education.0.gpa')).toMatchObject({
      value: '3.8/4.0',
      alternatives: [{ value: '3.8' }],
    });
    expect(factById(zh, 'education.0.school').alternatives.map((a) => a.value)).toEqual(['示例大学（985）']);
    expect(factById(zh, 'experience.0.title').alternatives.map((a) => a.value)).toEqual(['后端工程师（L5）']);
    expect(factById(zh, 'experience.0.level').value).toBe('L5');
    expect(factById(zh, 'projects.0.role').value).toBe('技术负责人');
  });

  it('keeps a project summary and highlights as collapsed details, tags intact', () => {
    const project = zh.find((s) => s.id === 'projects')!.entries[0]!;
    expect(project.title).toBe('消息平台');
    expect(project.subtitle).toBe('2024.03 – 至今');
    expect(project.details.map((d) => d.label)).toEqual(['简介', '高可用', '性能', '亮点 3']);
    expect(project.details[1]).toMatchObject({ tag: '高可用', value: '设计多活架构，可用性达到99.99%；' });
    expect(project.details[1]!.alternatives.map((a) => a.value)).toEqual([
      '【高可用】设计多活架构，可用性达到99.99%；',
    ]);
  });

  it('lists every skill and all of them at once', () => {
    const skills = zh.find((s) => s.id === 'skills')!.entries[0]!.facts;
    expect(skills.map((f) => f.value)).toEqual([
      '熟悉Go和Java；\n了解Kubernetes。',
      '熟悉Go和Java；',
      '了解Kubernetes。',
    ]);
  });

  it('leaves out facts and sections the résumé does not have', () => {
    const r = sampleResume();
    r.contact = {};
    r.experience = [];
    r.skills = [];
    const sections = buildCardSections(r, 'zh');
    expect(sections.map((s) => s.id)).toEqual(['basics', 'education', 'projects']);
    expect(sections[0]!.entries[0]!.facts.map((f) => f.id)).toEqual(['basics.name', 'basics.nameLatin']);
  });
});
