import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightPicker, type HighlightPickerProps } from '~/components/highlight-picker/highlight-picker';
import { defaultFormat } from '~/lib/highlights/format';
import { sampleResume } from '../../card/sample-resume';
import { byLabel, click, key, render, typeInto, type Rendered } from '../card/render-helpers';

let view: Rendered | null = null;
const writeText = vi.fn<(text: string) => Promise<void>>();

function open(props: Partial<HighlightPickerProps> = {}): HTMLElement {
  view = render(
    <HighlightPicker
      resume={sampleResume()}
      lang="zh"
      initialFormat={defaultFormat('zh')}
      room={null}
      insert={async () => ({ ok: true })}
      onClose={() => {}}
      {...props}
    />,
  );
  return view.container;
}

const item = (root: ParentNode, id: string) =>
  root.querySelector<HTMLInputElement>(`input[data-item="${id}"]`)!;
const preview = (root: ParentNode) => root.querySelector('[data-testid=preview]')!.textContent;
const chosenIds = (root: ParentNode) =>
  [...root.querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id'));
const filter = (root: ParentNode) => root.querySelector<HTMLInputElement>('input[type=search]')!;

const THREE =
  '• 【高可用】设计多活架构，可用性达到99.99%；\n• 【性能】将P99延迟从800ms降到120ms；\n• 【自动化】差错自动修复率90%。';

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  view?.unmount();
  view = null;
});

describe('HighlightPicker', () => {
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

  it('is usable from the keyboard: arrows move, Enter inserts, Escape closes', async () => {
    const insert = vi.fn(async () => ({ ok: true }));
    const onClose = vi.fn();
    const root = open({ insert, onClose });
    const f = filter(root);
    f.focus();
    key(f, 'ArrowDown');
    expect(document.activeElement).toBe(byLabel(root, '全选: 消息平台'));
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(item(root, 'p0.s'));
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(item(root, 'p0.h0'));
    await click(document.activeElement!);
    key(document.activeElement!, 'ArrowUp');
    key(document.activeElement!, 'ArrowUp');
    key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(f);
    // An IME's Enter commits the composition; it must not insert.
    key(f, 'Enter', { isComposing: true });
    expect(insert).not.toHaveBeenCalled();
    key(f, 'Enter');
    expect(insert).toHaveBeenCalledWith('• 【高可用】设计多活架构，可用性达到99.99%。', { block: true });
    key(f, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('reorders the chosen items with Alt+arrows and the buttons', async () => {
    const root = open();
    await click(item(root, 'p0.h0'));
    await click(item(root, 'p0.h1'));
    await click(item(root, 'p1.h0'));
    const last = root.querySelector<HTMLElement>('li[data-id="p1.h0"]')!;
    last.focus();
    key(last, 'ArrowUp', { altKey: true });
    expect(chosenIds(root)).toEqual(['p0.h0', 'p1.h0', 'p0.h1']);
    expect(document.activeElement?.getAttribute('data-id')).toBe('p1.h0');
    await click(byLabel(root, '上移: 【自动化】差错自动修复率90%；'));
    expect(chosenIds(root)).toEqual(['p1.h0', 'p0.h0', 'p0.h1']);
    expect(preview(root)?.startsWith('• 【自动化】差错自动修复率90%；\n')).toBe(true);
    key(root.querySelector('li[data-id="p0.h1"]')!, 'Delete');
    expect(chosenIds(root)).toEqual(['p1.h0', 'p0.h0']);
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
    const cut = [...root.querySelectorAll('button')].find((b) => b.textContent === '在句末截断')!;
    await click(cut);
    expect(preview(root)).toBe('• 【高可用】设计多活架构，可用性达到99.99%。');
    expect(root.querySelector('.ra-pk-warn')).toBeNull();
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '取消截断')!);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '删去末尾条目')!);
    expect(chosenIds(root)).toEqual(['p0.h0']);
  });

  it('inserts, then offers undo', async () => {
    const undo = vi.fn(async () => true);
    const insert = vi.fn(async () => ({ ok: true, undo }));
    const root = open({ insert });
    await click(item(root, 'p1.h0'));
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '插入')!);
    expect(insert).toHaveBeenCalledWith('• 【自动化】差错自动修复率90%。', { block: true });
    expect(root.querySelector('.ra-pk-status')?.textContent).toBe('已插入');
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === '撤销插入')!);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(root.querySelector('.ra-pk-status')?.textContent).toBe('已恢复原内容');
  });

  it('copies instead when there is no field to insert into', async () => {
    const root = open({ insert: undefined, lang: 'en' });
    expect(root.textContent).toContain('No text box to insert into');
    await click(item(root, 'p1.h0'));
    key(filter(root), 'Enter');
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith('• 【自动化】差错自动修复率90%。'));
  });
});
