import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { driverFor } from '~/lib/fill/drivers';
import { findMenu } from '~/lib/fill/drivers/menu';
import { isClosing, isOpenPopup, isRendered, isVisible } from '~/lib/fill/drivers/visibility';
import { makeField } from '../values/make-field';
import { mountFakeElSelect, stubLayout } from './fake-el-select';

const DEGREES = ['博士研究生', '硕士研究生', '本科', '大专', '其他'];

function write(input: HTMLInputElement, value: string) {
  const field = makeField(input, 'combobox', { label: '学历' });
  return driverFor(field).write(field, value, { match: 'degree' });
}

beforeEach(() => {
  document.body.innerHTML = '';
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('popup states', () => {
  it('a popup mid-transition is rendered though it has no visible box yet', () => {
    stubLayout();
    const { popper } = mountFakeElSelect(DEGREES);
    popper.style.display = '';
    popper.classList.add('el-zoom-in-top-enter-from', 'el-zoom-in-top-enter-active');
    expect(isVisible(popper)).toBe(false);
    expect(isRendered(popper)).toBe(true);
    expect(isOpenPopup(popper)).toBe(true);
    popper.style.display = 'none';
    expect(isRendered(popper)).toBe(false);
  });

  it('leave and exit transitions and closed-state markers mean closing, on the popup or an ancestor', () => {
    document.body.innerHTML = `
      <div id="a" class="el-popper el-zoom-in-top-leave-active"><ul role="listbox"></ul></div>
      <div id="b" class="ant-select-dropdown ant-slide-up-leave ant-slide-up-leave-start"></div>
      <div id="c" class="menu fade-exit-active"></div>
      <div id="d" class="ant-select-dropdown ant-select-dropdown-hidden"></div>
      <div id="e" data-state="closed"></div>
      <div id="f" class="el-popper el-zoom-in-top-enter-active el-scrollbar__wrap--hidden-default"></div>
      <div id="g" data-state="open" class="select-menu"></div>
      <div id="h" data-closed data-enter role="listbox"></div>
      <div id="i" data-closed data-leave role="listbox"></div>`;
    const closing = (id: string) => isClosing(document.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e'].map(closing)).toEqual([true, true, true, true, true]);
    expect(isClosing(document.querySelector('#a ul')!)).toBe(true);
    expect(['f', 'g', 'h'].map(closing)).toEqual([false, false, false]);
    expect(closing('i')).toBe(true);
  });
});

describe('menus of always-mounted selects (Element Plus)', () => {
  it('fills select after select while transitions never finish (background tab)', async () => {
    stubLayout();
    const highest = mountFakeElSelect(DEGREES);
    const first = mountFakeElSelect(DEGREES);
    const second = mountFakeElSelect(DEGREES);
    expect(await write(highest.input, '硕士')).toEqual({ ok: true, shown: '硕士研究生' });
    // The previous menu is still displayed, stuck in its leave transition; this one opens scaled to 0.
    expect(highest.popper.style.display).toBe('');
    expect(await write(first.input, '硕士')).toEqual({ ok: true, shown: '硕士研究生' });
    expect(await write(second.input, '本科')).toEqual({ ok: true, shown: '本科' });
    expect([highest, first, second].map((s) => s.state.value)).toEqual(['硕士研究生', '硕士研究生', '本科']);
  });

  it('still fills when the transitions do run', async () => {
    stubLayout();
    const a = mountFakeElSelect(DEGREES, { stalled: false });
    const b = mountFakeElSelect(DEGREES, { stalled: false });
    expect((await write(a.input, '博士')).shown).toBe('博士研究生');
    expect((await write(b.input, '大专')).shown).toBe('大专');
  });

  it('a linked menu does not count while its trigger says aria-expanded=false', () => {
    const s = mountFakeElSelect(DEGREES);
    s.popper.style.display = ''; // displayed yet shut, e.g. hidden by opacity alone
    const root = s.input.closest('.el-select')!;
    expect(findMenu(root, [s.input], new Set())).toBeNull();
    s.input.setAttribute('aria-expanded', 'true');
    expect(findMenu(root, [s.input], new Set())?.id).toBe(s.input.getAttribute('aria-controls'));
  });

  it('a wrapper around each option is not the menu: the candidate holding every option is', () => {
    document.body.innerHTML = `
      <div class="sd-Select-container-2Vx9b"><input readonly placeholder="请选择"></div>
      <div class="sd-Dropdown-dropdown-9Fe2t"><div class="sd-Select-menu-3Ju8w" role="listbox">
        ${['博士', '硕士', '本科']
          .map(
            (d) =>
              `<div class="sd-Menu-container-6Ab4z"><div class="sd-Menu-content-item-1Hs7v" role="option">${d}</div></div>`,
          )
          .join('')}
      </div></div>`;
    const input = document.querySelector('input')!;
    const menu = findMenu(input.parentElement!, [input], new Set());
    expect(menu?.getAttribute('role')).toBe('listbox');
  });

  it("another widget's closing menu is never taken for this one's", () => {
    document.body.innerHTML = `
      <div class="picker-select"><input role="combobox" readonly></div>
      <div class="dropdown-menu fade-leave-active"><div class="option">硕士研究生</div></div>`;
    const input = document.querySelector('input')!;
    const menu = document.querySelector('.dropdown-menu')!;
    expect(findMenu(input.parentElement!, [input], new Set())).toBeNull();
    menu.classList.remove('fade-leave-active');
    expect(findMenu(input.parentElement!, [input], new Set())).toBe(menu);
  });
});
