import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCardSections } from '~/lib/card/build-card';
import { buildInsertText } from '~/lib/highlights/build-insert-text';
import { defaultFormat } from '~/lib/highlights/format';
import { buildPickSources } from '~/lib/highlights/sources';
import { parseResume } from '~/lib/resume/parse';

const REAL = '/work/shared/resume.md';

// The user's own résumé through the importer: what the card and the picker make of it.
describe.skipIf(!existsSync(REAL))('the real résumé on the card and in the picker', () => {
  const parsed = existsSync(REAL) ? parseResume(readFileSync(REAL, 'utf8')) : null;
  const resume = parsed?.ok ? parsed.resume : null;

  it('imports', () => {
    expect(resume).not.toBeNull();
  });

  it('offers the phone and dates in the renderings forms ask for', () => {
    const facts = buildCardSections(resume!, 'zh').flatMap((s) =>
      s.entries.flatMap((e) => [...e.facts, ...e.details]),
    );
    const phone = facts.find((f) => f.id === 'basics.phone')!;
    expect(phone.alternatives.map((a) => a.value)).toContain('+86 171 7988 7126');
    const dates = facts.find((f) => f.id === 'education.0.dates')!;
    expect(dates.value).toBe('2024.09 – 2025.10');
    expect(dates.alternatives.map((a) => a.value)).toEqual(
      expect.arrayContaining(['2024-09', '2024年9月', 'Sep 2024']),
    );
    expect(facts.find((f) => f.id === 'education.1.gpa')?.value).toBe('3.6/4.0');
  });

  it('keeps numbers whole when splitting the job description', () => {
    const job = buildPickSources(resume!).find((s) => s.kind === 'experience')!;
    expect(job.items).toHaveLength(5);
    expect(job.items[4]!.text).toBe('绩效3.75/3.5+次数占比超过60%。');
  });

  it('builds the insert text with the tags as written', () => {
    const sources = buildPickSources(resume!);
    const first = sources[0]!.items.find((i) => i.tag === '全链路')!;
    const text = buildInsertText([first], sources, defaultFormat('zh'));
    expect(text.startsWith('• 【全链路】基于大盘')).toBe(true);
    expect(text.endsWith('负责日本站项目全链路的上线。')).toBe(true);
  });
});
