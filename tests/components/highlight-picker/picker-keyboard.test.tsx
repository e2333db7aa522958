import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byLabel, click, key } from '../card/render-helpers';
import {
  button,
  chosenIds,
  filter,
  item,
  open,
  preview,
  setUp,
  tearDown,
  writeText,
} from './picker-test-kit';

beforeEach(setUp);
afterEach(tearDown);

describe('HighlightPicker: keyboard, reordering and inserting', () => {
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

  it('reorders by dragging a chosen row onto another', async () => {
    const root = open();
    await click(item(root, 'p0.h0'));
    await click(item(root, 'p0.h1'));
    await click(item(root, 'p1.h0'));
    const drag = (el: Element, type: string) => {
      const ev = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(ev, 'dataTransfer', { value: { setData: () => {}, effectAllowed: '' } });
      act(() => {
        el.dispatchEvent(ev);
      });
      return ev;
    };
    const row = (id: string) => root.querySelector(`li[data-id="${id}"]`)!;
    drag(row('p1.h0'), 'dragstart');
    expect(drag(row('p0.h0'), 'dragover').defaultPrevented).toBe(true);
    drag(row('p0.h0'), 'drop');
    expect(chosenIds(root)).toEqual(['p1.h0', 'p0.h0', 'p0.h1']);
  });

  it('inserts, then offers undo', async () => {
    const undo = vi.fn(async () => true);
    const insert = vi.fn(async () => ({ ok: true, undo }));
    const root = open({ insert });
    await click(item(root, 'p1.h0'));
    await click(button(root, '插入'));
    expect(insert).toHaveBeenCalledWith('• 【自动化】差错自动修复率90%。', { block: true });
    expect(root.querySelector('.ra-pk-status')?.textContent).toBe('已插入');
    await click(button(root, '撤销插入'));
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
