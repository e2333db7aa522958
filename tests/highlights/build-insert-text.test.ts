import { describe, expect, it } from 'vitest';
import { buildInsertText } from '~/lib/highlights/build-insert-text';
import { defaultFormat, parseHighlightFormat, type HighlightFormat } from '~/lib/highlights/format';
import { buildPickSources, splitClauses, type PickItem } from '~/lib/highlights/sources';
import { sampleResume } from '../card/sample-resume';

const sources = buildPickSources(sampleResume());
const item = (id: string): PickItem => sources.flatMap((s) => s.items).find((i) => i.id === id)!;
// Two highlights of the first project, then one of the second.
const picked = [item('p0.h0'), item('p0.h1'), item('p1.h0')];
const fmt = (patch: Partial<HighlightFormat>): HighlightFormat => ({ ...defaultFormat('zh'), ...patch });

describe('pick sources', () => {
  it('lists projects (summary + highlights) then jobs split into clauses', () => {
    expect(sources.map((s) => `${s.id}:${s.name}`)).toEqual(['p0:消息平台', 'p1:对账系统', 'e0:示例科技']);
    expect(sources[0]!.items.map((i) => [i.id, i.kind, i.tag])).toEqual([
      ['p0.s', 'summary', undefined],
      ['p0.h0', 'highlight', '高可用'],
      ['p0.h1', 'highlight', '性能'],
      ['p0.h2', 'highlight', undefined],
    ]);
    expect(sources[2]!.items.map((i) => i.text)).toEqual([
      '负责存储网关的设计；',
      '主导容量规划。',
      '绩效3.75分。',
    ]);
  });

  it('splits clauses at ；。; and sentence dots, never inside numbers or domains', () => {
    expect(splitClauses('Built Alibaba.com pay. Cut p99 from 3.5s to 1s; shipped')).toEqual([
      'Built Alibaba.com pay.',
      'Cut p99 from 3.5s to 1s;',
      'shipped',
    ]);
  });
});

describe('insert text', () => {
  it('bullets with tags and Chinese punctuation (the default)', () => {
    expect(buildInsertText(picked, sources, fmt({}))).toBe(
      '• 【高可用】设计多活架构，可用性达到99.99%；\n• 【性能】将P99延迟从800ms降到120ms；\n• 【自动化】差错自动修复率90%。',
    );
  });

  it('dashes without tags', () => {
    expect(buildInsertText(picked, sources, fmt({ list: 'dash', tags: false }))).toBe(
      '- 设计多活架构，可用性达到99.99%；\n- 将P99延迟从800ms降到120ms；\n- 差错自动修复率90%。',
    );
  });

  it('numbered with English punctuation and bracketed tags', () => {
    expect(buildInsertText(picked, sources, fmt({ list: 'numbered', punctuation: 'en' }))).toBe(
      '1. [高可用] 设计多活架构，可用性达到99.99%;\n2. [性能] 将P99延迟从800ms降到120ms;\n3. [自动化] 差错自动修复率90%.',
    );
  });

  it('one paragraph', () => {
    expect(buildInsertText(picked, sources, fmt({ list: 'paragraph' }))).toBe(
      '【高可用】设计多活架构，可用性达到99.99%；【性能】将P99延迟从800ms降到120ms；【自动化】差错自动修复率90%。',
    );
    expect(buildInsertText(picked, sources, fmt({ list: 'paragraph', punctuation: 'en', tags: false }))).toBe(
      '设计多活架构，可用性达到99.99%; 将P99延迟从800ms降到120ms; 差错自动修复率90%.',
    );
  });

  it('header lines per project, numbering restarting under each', () => {
    expect(buildInsertText(picked, sources, fmt({ list: 'numbered', header: true }))).toBe(
      [
        '消息平台 · 技术负责人 · 2024.03 – 至今',
        '1. 【高可用】设计多活架构，可用性达到99.99%；',
        '2. 【性能】将P99延迟从800ms降到120ms。',
        '对账系统 · 核心开发 · 2023.08 – 2024.02',
        '1. 【自动化】差错自动修复率90%。',
      ].join('\n'),
    );
    expect(
      buildInsertText([item('p1.h0')], sources, fmt({ header: true, punctuation: 'en', tags: false })),
    ).toBe('对账系统 · 核心开发 · Aug 2023 – Feb 2024\n• 差错自动修复率90%.');
  });

  it('follows the chosen order, even back and forth between projects', () => {
    const order = [item('p1.h0'), item('p0.s'), item('p0.h2')];
    expect(buildInsertText(order, sources, fmt({ header: true }))).toBe(
      '对账系统 · 核心开发 · 2023.08 – 2024.02\n• 【自动化】差错自动修复率90%。\n' +
        '消息平台 · 技术负责人 · 2024.03 – 至今\n• 统一公司内部的消息推送；\n• 推动全链路压测落地。',
    );
    expect(buildInsertText([], sources, fmt({}))).toBe('');
  });
});

describe('stored format', () => {
  it('reads what was saved and falls back per field', () => {
    expect(
      parseHighlightFormat({ list: 'numbered', tags: false, punctuation: 'en', header: true }, 'zh'),
    ).toEqual({
      list: 'numbered',
      tags: false,
      punctuation: 'en',
      header: true,
    });
    expect(parseHighlightFormat({ list: 'stars', tags: 'yes' }, 'en')).toEqual(defaultFormat('en'));
    expect(parseHighlightFormat(undefined, 'zh')).toEqual({
      list: 'bullet',
      tags: true,
      punctuation: 'zh',
      header: false,
    });
  });
});
