import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byLabel, click, typeInto } from '../card/render-helpers';
import { button, chosenIds, filter, item, open, preview, setUp, tearDown } from './picker-test-kit';

beforeEach(setUp);
afterEach(tearDown);

const THREE =
  '• 【高可用】设计多活架构，可用性达到99.99%；\n• 【性能】将P99延迟从800ms降到120ms；\n• 【自动化】差错自动修复率90%。';

describe('HighlightPicker: choosing and formatting', () => {
  it('previews exactly the text of three highlights from two projects', async () => {
    const root = open();
    await click(item(root, 'p0.h0'));
    await click(item(root, 'p0.h1'));
    await click(item(root, 'p1.h0'));
    expect(chosenIds(root)).toEqual(['p0.h0', 'p0.h1', 'p1.h0']);
    expect(preview(root)).toBe(THREE);
    expect(root.querySelector('.ra-pk-count')?.textContent).toContain('72 字');
  });

  it('selects a whole project with its tri-state checkbox', async () => {
    const root = open();
    const group = byLabel<HTMLInputElement>(root, '全选: 消息平台');
    await click(item(root, 'p0.h1'));
    expect(group.indeterminate).toBe(true);
    await click(group);
    expect(chosenIds(root)).toEqual(['p0.h1', 'p0.s', 'p0.h0', 'p0.h2']);
    expect(group.checked).toBe(true);
    expect(group.indeterminate).toBe(false);
    await click(group);
    expect(chosenIds(root)).toEqual([]);
  });

  it('filters by tag or text', () => {
    const root = open();
    typeInto(filter(root), '自动化');
    expect([...root.querySelectorAll('input[data-item]')].map((i) => i.getAttribute('data-item'))).toEqual([
      'p1.h0',
    ]);
    typeInto(filter(root), '没有这个');
    expect(root.textContent).toContain('没有匹配的条目');
  });

  it('changes the format and reports it for the site', async () => {
    const onFormatChange = vi.fn();
    const root = open({ onFormatChange });
    await click(item(root, 'p0.h0'));
    await click(item(root, 'p1.h0'));
    const numbered = [...root.querySelectorAll('label')]
      .find((l) => l.textContent === '1. 编号')!
      .querySelector('input')!;
    await click(numbered);
    await click(
      [...root.querySelectorAll('label')]
        .find((l) => l.textContent?.startsWith('保留'))!
        .querySelector('input')!,
    );
    expect(onFormatChange).toHaveBeenLastCalledWith({
      list: 'numbered',
      tags: false,
      punctuation: 'zh',
      header: false,
    });
    expect(preview(root)).toBe('1. 设计多活架构，可用性达到99.99%；\n2. 差错自动修复率90%。');
  });

  it('warns when over the limit and offers to drop items or cut at a sentence end', async () => {
    const root = open({ room: 40 });
    await click(item(root, 'p0.h0'));
    await click(item(root, 'p0.h1'));
    await click(item(root, 'p1.h0'));
    expect(root.querySelector('.ra-pk-warn')?.textContent).toBe('⚠ 超出 32 字');
    const cut = button(root, '在句末截断');
    await click(cut);
    expect(preview(root)).toBe('• 【高可用】设计多活架构，可用性达到99.99%。');
    expect(root.querySelector('.ra-pk-warn')).toBeNull();
    await click(button(root, '取消截断'));
    await click(button(root, '删去末尾条目'));
    expect(chosenIds(root)).toEqual(['p0.h0']);
  });
});
