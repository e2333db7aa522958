import { beforeEach, describe, expect, it } from 'vitest';
import { driverFor } from '~/lib/fill/drivers';
import { comboRoot, readShown } from '~/lib/fill/drivers/combobox-parts';
import { readMenuOptions } from '~/lib/fill/drivers/menu';
import { makeField } from '../values/make-field';
import { mountFakeSelect, type FakeSelectOptions } from './fake-select';

const DEGREES = ['博士研究生', '硕士研究生', '本科', '大专'];

function setup(o: FakeSelectOptions) {
  const select = mountFakeSelect(o);
  const field = makeField(select.input, 'combobox', { label: '学历' });
  return {
    ...select,
    field,
    write: (v: string, match: 'text' | 'degree' | 'month' = 'text') =>
      driverFor(field).write(field, v, { match }),
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('combobox driver', () => {
  it('waits for a late portal menu, picks the option meaning the value (not the first), and confirms it', async () => {
    const s = setup({ options: DEGREES, delay: 350 });
    const r = await s.write('硕士', 'degree');
    expect(r).toEqual({ ok: true, shown: '硕士研究生' });
    expect(s.state.value).toBe('硕士研究生');
    expect(s.menu()).toBeNull();
  });

  it('opens Element-style selects that react to click only', async () => {
    const s = setup({ options: ['北京', '上海'], opensOn: 'click', delay: 100 });
    expect((await s.write('上海')).ok).toBe(true);
    expect(s.state.value).toBe('上海');
  });

  it('opens selects that toggle on both mousedown and click', async () => {
    const s = setup({ options: ['北京', '上海'], opensOn: 'toggle-both', delay: 50 });
    expect((await s.write('北京')).ok).toBe(true);
    expect(s.state.value).toBe('北京');
  });

  it('types into a searchable select to reach an option the virtual list does not render', async () => {
    const schools = Array.from({ length: 50 }, (_, i) => `大学${i}`).concat('浙江大学');
    const s = setup({ options: schools, searchable: true, visibleCount: 8, delay: 100 });
    const r = await s.write('浙江大学');
    expect(r).toEqual({ ok: true, shown: '浙江大学' });
  });

  it('no matching option: closes the menu, keeps the old value, reports it', async () => {
    const s = setup({ options: DEGREES, delay: 50, initial: '本科', searchable: true });
    const r = await s.write('高中', 'degree');
    expect(r).toEqual({ ok: false, shown: '本科', reason: 'no matching option' });
    expect(s.state.value).toBe('本科');
    expect(s.menu()).toBeNull();
    expect(s.input.value).toBe('');
  });

  it('a widget that ignores the click is a failure, not a success', async () => {
    const s = setup({ options: DEGREES, delay: 20, ignoresSelection: true });
    const r = await s.write('本科', 'degree');
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/did not show/);
  });

  it("a question wrapper naming the control's type (select_info) is not part of the select: its title is no value", () => {
    document.body.innerHTML = `<div class="apply-field-7bRt2 select_info-8Kd1f"><div class="title-2wLq8">最高学历</div>
      <div class="sd-Select-container-2Vx9b"><div class="sd-Input-container-3Ty7u"><input readonly placeholder="请选择">
      <span class="sd-Input-display-value-6Gk1m"></span></div></div></div>`;
    const root = comboRoot(document.querySelector('input')!);
    expect(root.className).toBe('sd-Select-container-2Vx9b');
    expect(readShown(root)).toBe('');
  });

  it('readShown ignores the placeholder', () => {
    const s = setup({ options: DEGREES });
    expect(readShown(s.root)).toBe('');
    s.state.value = '本科';
    s.root.querySelector('.fake-select-selection-item')!.textContent = '本科';
    expect(readShown(s.root)).toBe('本科');
  });

  it('a click inside a form never submits it', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    const select = mountFakeSelect({ options: ['A', 'B'], delay: 10 }, form);
    const button = document.createElement('button'); // type=submit by default
    button.textContent = 'B';
    select.root.append(button);
    const field = makeField(select.input, 'combobox');
    expect((await driverFor(field).write(field, 'A')).ok).toBe(true);
    expect(submitted).toBe(0);
  });
});

describe('listbox button driver', () => {
  function mountListbox(labels: string[]) {
    document.body.innerHTML =
      '<button type="button" aria-haspopup="listbox" aria-controls="lb-1">Select One</button>';
    const btn = document.querySelector('button')!;
    btn.addEventListener('click', () => {
      setTimeout(() => {
        const ul = document.createElement('ul');
        ul.id = 'lb-1';
        ul.setAttribute('role', 'listbox');
        for (const label of labels) {
          const li = document.createElement('li');
          li.setAttribute('role', 'option');
          li.textContent = label;
          li.addEventListener('click', () => {
            btn.textContent = label;
            ul.remove();
          });
          ul.append(li);
        }
        document.body.append(ul);
      }, 250);
    });
    return btn;
  }

  it('opens the portal list, clicks the match and reads the button text back', async () => {
    const btn = mountListbox(["Bachelor's Degree", "Master's Degree", 'Doctorate']);
    const field = makeField(btn, 'listbox-button');
    expect(await driverFor(field).write(field, '硕士', { match: 'degree' })).toEqual({
      ok: true,
      shown: "Master's Degree",
    });
  });

  it('reports a missing option and leaves the button as it was', async () => {
    const btn = mountListbox(['High School']);
    const field = makeField(btn, 'listbox-button');
    const r = await driverFor(field).write(field, "Master's", { match: 'degree' });
    expect(r).toEqual({ ok: false, shown: 'Select One', reason: 'no matching option' });
  });
});

/** A select like antd 3's: no input, the click handler on the selection box; `short`: it shows the option without its note. */
function dialCodeSelect(short: boolean) {
  document.body.innerHTML = `<div class="x-select"><div class="x-select-selection" role="combobox" aria-controls="x-list">
    <div class="x-select-selection__rendered"><div class="x-select-selection-selected-value">+1 （美国）</div></div>
    </div></div>
    <div id="x-list" class="x-select-dropdown x-select-dropdown-hidden"><ul role="listbox">
    <li role="option">+1 （美国）</li><li role="option">+86 （中国大陆）</li><li role="option">+869 （圣基茨和尼维斯）</li></ul></div>`;
  const selection = document.querySelector<HTMLElement>('.x-select-selection')!;
  const list = document.getElementById('x-list')!;
  const shown = document.querySelector<HTMLElement>('.x-select-selection-selected-value')!;
  // Only the selection box listens (a press on its wrapper does nothing), as in antd 3 and its forks.
  selection.addEventListener('click', () => {
    const open = list.classList.toggle('x-select-dropdown-hidden');
    selection.setAttribute('aria-expanded', String(!open));
  });
  list.querySelectorAll('li').forEach((li) =>
    li.addEventListener('click', () => {
      shown.textContent = short ? li.textContent!.split(' ')[0]! : li.textContent;
      list.classList.add('x-select-dropdown-hidden');
      selection.setAttribute('aria-expanded', 'false');
    }),
  );
  return makeField(selection, 'combobox', { label: '手机号码' });
}

describe('dial-code selects', () => {
  it('open through the shown value when one is chosen, not only through the placeholder (antd 3)', async () => {
    const field = dialCodeSelect(false);
    const r = await driverFor(field).write(field, '+86', { match: 'country-code' });
    expect(r).toEqual({ ok: true, shown: '+86 （中国大陆）' });
  });

  it('accept a widget that shows the chosen option without its note (+86 for +86 （中国大陆）)', async () => {
    const field = dialCodeSelect(true);
    const r = await driverFor(field).write(field, '+86', { match: 'country-code' });
    expect(r).toEqual({ ok: true, shown: '+86' });
  });
});

describe('menu options of two lines', () => {
  it('read as the first line with the rest as a note, and named by the first line', () => {
    document.body.innerHTML = `<ul id="m" role="listbox">
      <li role="option"><div>新加坡国立大学</div><div>National University of Singapore · 新加坡</div></li>
      <li role="option">新加坡国立大学（苏州研究院）</li></ul>`;
    const options = readMenuOptions(document.getElementById('m')!);
    expect(options.map((o) => [o.label, o.name])).toEqual([
      ['新加坡国立大学 (National University of Singapore · 新加坡)', '新加坡国立大学'],
      ['新加坡国立大学（苏州研究院）', undefined],
    ]);
  });
});
