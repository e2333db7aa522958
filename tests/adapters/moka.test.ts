// The Moka adapter on its own widgets: the phone pins found by structure (no label text), the sd-Select
// driver choosing options by meaning from a late body-portal menu, and the day_info year → month panel.
// The widgets are the hand-written Moka look-alikes the fixture pages share (another DOM variant than
// the moka-campus page's: `li` items, years shown as `1997年`), and a dictionary sd-Select written here,
// which lists only what the server returns for the text typed into its own input.
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldDescription } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields } from '~/lib/fill/adapt/pin-fields';
import { moka } from '~/lib/adapters/moka';
import { dayInfoDriver, sdSelectDriver } from '~/lib/adapters/moka-widgets';
import { sdSelect, sdYearMonthPicker, type SdOption } from '../fixtures/pages/site-widgets/sd-select';

const DEGREES = ['博士', '硕士', '本科', '大专'].map((label, i) => ({ label, value: String(i + 1) }));
const YEARS = Array.from({ length: 40 }, (_, i) => String(2030 - i)).map((y) => ({ label: y, value: y }));
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, value: String(i + 1) }));

function field(type: string, title: string, control: HTMLElement | string): HTMLElement {
  const box = document.createElement('div');
  box.className = `apply-field-7bRt2 ${type}-8Kd1f`;
  box.innerHTML = `<div class="title-2wLq8">${title}</div>`;
  if (typeof control === 'string') box.insertAdjacentHTML('beforeend', control);
  else box.append(control);
  return box;
}

function form(...fields: HTMLElement[]): void {
  document.body.innerHTML = `<form class="apply-blocks-2Hq7d"><div class="apply-block-3xKp1">
    <div class="blockTitle-1dZ9w">个人信息</div><div class="apply-fields-Q8n4T"></div></div></form>`;
  document.querySelector('.apply-fields-Q8n4T')!.append(...fields);
}

const fieldOf = (el: Element): FieldDescription => {
  const f = collectFields(document, { lang: 'zh' }).find((x) => el.contains(x.el));
  if (!f) throw new Error('not collected');
  return f;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('moka adapter pins', () => {
  it('the phone field: the code select and the number beside it, by structure alone', () => {
    const code = sdSelect([{ label: '+86', value: '86' }], '请选择', () => {});
    code.set('86');
    const phone = field('string_info', '联系方式', '<div class="sd-Input-container-3Ty7u"></div>');
    phone.querySelector('div.sd-Input-container-3Ty7u')!.append(code.el);
    phone
      .querySelector('div.sd-Input-container-3Ty7u')!
      .insertAdjacentHTML('beforeend', '<input class="sd-Input-input-1WaF0" placeholder="请输入">');
    form(
      field(
        'string_info',
        '姓名',
        '<div class="sd-Input-container-3Ty7u"><input class="sd-Input-input-1WaF0"></div>',
      ),
      phone,
    );
    const fields = collectFields(document, { lang: 'zh' });
    const pin = pinFields(document, fields, moka);
    const keys = fields.map((f) => pin.classes.get(f.id)?.key ?? null);
    expect(keys).toEqual([null, 'phone.countryCode', 'phone.national']);
    expect(pin.misses).toEqual([]);
  });

  it('reports the page generation missing on a page without the apply form', () => {
    document.body.innerHTML = '<form><input name="q"></form>';
    const pin = pinFields(document, collectFields(document), moka);
    expect(pin.misses.map((m) => m.what)).toEqual(['page generation']);
  });
});

describe('sd-Select driver', () => {
  it('picks a degree by meaning from the late portal menu; the display shows it and the form gets the id', async () => {
    let chosen: string | null = null;
    const select = sdSelect(DEGREES, '请选择', (v) => (chosen = v));
    form(field('select_info', '学历', select.el));
    const f = fieldOf(select.el);
    const r = await sdSelectDriver.write(f, '硕士研究生', { match: 'degree' });
    expect(r).toMatchObject({ ok: true, shown: '硕士' });
    expect(chosen).toBe('2');
    expect(sdSelectDriver.read(f)).toBe('硕士');
    // The menu is gone again.
    expect(document.querySelector('[class*=sd-Dropdown-dropdown-]')).toBeNull();
  });

  it('years and months of a month range: 2019 and 8 → 8月', async () => {
    const got: string[] = [];
    const year = sdSelect(YEARS, '年', (v) => got.push(`y${v}`));
    const month = sdSelect(MONTHS, '月', (v) => got.push(`m${v}`));
    const range = document.createElement('div');
    range.className = 'month-range-select-6Xb2l';
    range.append(year.el, month.el);
    form(field('date_info', '就读时间', range));
    expect(await sdSelectDriver.write(fieldOf(year.el), '2019', { match: 'year' })).toMatchObject({
      ok: true,
    });
    expect(await sdSelectDriver.write(fieldOf(month.el), '8', { match: 'month' })).toMatchObject({
      ok: true,
      shown: '8月',
    });
    expect(got).toEqual(['y2019', 'm8']);
  });

  it('no option means it: nothing chosen, the menu closed, the reason given', async () => {
    const select = sdSelect(DEGREES, '请选择', () => {});
    form(field('select_info', '学历', select.el));
    const r = await sdSelectDriver.write(fieldOf(select.el), '小学', { match: 'degree' });
    expect(r).toMatchObject({ ok: false, shown: '', reason: 'no matching option' });
    expect(document.querySelector('[class*=sd-Dropdown-dropdown-]')).toBeNull();
  });

  it('a disabled select (the end of a 至今 range) is not opened', async () => {
    const select = sdSelect(YEARS, '年', () => {});
    form(field('date_info', '就读时间', select.el));
    const f = fieldOf(select.el);
    select.setDisabled(true);
    expect(await sdSelectDriver.write(f, '2020', { match: 'year' })).toMatchObject({
      ok: false,
      reason: 'the select is disabled',
    });
  });

  it("至今 is never looked for in a month range's lists: the range's own box takes it", async () => {
    const year = sdSelect(YEARS, '年', () => {});
    const range = document.createElement('div');
    range.className = 'month-range-select-6Xb2l';
    range.append(year.el);
    form(field('date_info', '在职时间', range));
    const r = await sdSelectDriver.write(fieldOf(year.el), '至今', { match: 'year' });
    expect(r).toMatchObject({ ok: false, reason: 'current entry (至今): ticked in the range’s 至今 box' });
    expect(year.el.className).not.toMatch(/sd-Select-open-/);
  });

  it('undo picks the old option again, and leaves a select that was empty as it is (it has no clear)', async () => {
    const select = sdSelect(DEGREES, '请选择', () => {});
    select.set('3');
    form(field('select_info', '学历', select.el));
    const f = fieldOf(select.el);
    const saved = sdSelectDriver.save(f);
    expect(saved).toBe('本科');
    await sdSelectDriver.write(f, '硕士', { match: 'degree' });
    expect(await sdSelectDriver.restore(f, saved)).toBe(true);
    expect(sdSelectDriver.read(f)).toBe('本科');
    expect(await sdSelectDriver.restore(f, '')).toBe(false);
  });
});

/**
 * A dictionary sd-Select (学校名称): its input is editable, nothing is listed until a name is typed, the
 * server's results come `delay` ms after typing, ranked as the server ranks them, and the typed text is
 * dropped on close.
 */
function sdSearchSelect(
  search: (q: string) => SdOption[],
  onChange: (v: string) => void,
  delay = 120,
  readOnlyUntilOpen = false,
) {
  const el = document.createElement('div');
  el.className = 'sd-Select-container-2xK9d sd-Select-showSearch-7Qm1c';
  el.innerHTML = `<div class="sd-Input-wrapper-4Hc0s"><input class="sd-Input-input-1WaF0" placeholder="请输入关键字" autocomplete="off"><span class="sd-Input-display-value-3Jq1x"></span></div>`;
  const input = el.querySelector('input')!;
  input.readOnly = readOnlyUntilOpen;
  const display = el.querySelector('span')!;
  let menu: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const typed: string[] = [];
  const close = () => {
    clearTimeout(timer);
    menu?.remove();
    menu = null;
    input.value = '';
    input.readOnly = readOnlyUntilOpen;
    document.removeEventListener('mousedown', outside, true);
  };
  const outside = (e: Event) => {
    if (![el, menu].some((x) => x?.contains(e.target as Node))) close();
  };
  const list = (items: SdOption[]) => {
    if (!menu) return;
    menu.innerHTML = items.length
      ? `<ul class="sd-Menu-content-7Qw1e">${items.map((o) => `<li class="sd-Menu-content-item-5Tr8u" data-value="${o.value}">${o.label}</li>`).join('')}</ul>`
      : '<div class="sd-Menu-empty-3Sy6w">暂无数据</div>';
  };
  el.addEventListener('click', () => {
    if (menu) return;
    input.readOnly = false;
    menu = document.createElement('div');
    menu.className = 'sd-Dropdown-dropdown-8fGh2';
    menu.innerHTML = '<div class="sd-Menu-empty-3Sy6w">请输入关键字搜索</div>';
    menu.addEventListener('click', (e) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>('[data-value]');
      if (!item) return;
      display.textContent = item.textContent;
      onChange(item.dataset.value!);
      close();
    });
    document.body.append(menu);
    document.addEventListener('mousedown', outside, true);
  });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    typed.push(q);
    clearTimeout(timer);
    if (!q) return list([]);
    menu!.innerHTML = '<div class="sd-Menu-empty-3Sy6w">搜索中…</div>';
    timer = setTimeout(() => list(search(q)), delay);
  });
  return { el, input, typed };
}

const SCHOOLS: SdOption[] = [
  { label: '新加坡国立大学（苏州研究院）', value: 'F00231-SZ' },
  { label: '新加坡国立大学', value: 'F00231' },
  { label: '华中科技大学同济医学院', value: 'S10487-TJ' },
];
const server = (q: string) => SCHOOLS.filter((s) => s.label.includes(q));

describe('searchable sd-Select (a dictionary field)', () => {
  it('the adapter takes its editable input for the select, a plain text box stays text', () => {
    const school = sdSearchSelect(server, () => {});
    form(
      field('select_info', '学校名称', school.el),
      field(
        'string_info',
        '专业',
        '<div class="sd-Input-container-3Ty7u"><input class="sd-Input-input-1WaF0"></div>',
      ),
    );
    const fields = collectFields(document, { lang: 'zh' });
    pinFields(document, fields, moka);
    expect(fields.map((f) => f.widget)).toEqual(['combobox', 'text']);
  });

  it('types the name and picks the exact result, never the near miss ranked first', async () => {
    let chosen = '';
    const school = sdSearchSelect(server, (v) => (chosen = v));
    form(field('select_info', '学校名称', school.el));
    const f = fieldOf(school.el);
    const r = await sdSelectDriver.write(f, '新加坡国立大学', { match: 'text' });
    expect(r).toMatchObject({ ok: true, shown: '新加坡国立大学' });
    expect(chosen).toBe('F00231');
    expect(school.typed).toEqual(['新加坡国立大学']);
    expect(sdSelectDriver.read(f)).toBe('新加坡国立大学');
    expect(document.querySelector('[class*=sd-Dropdown-dropdown-]')).toBeNull();
  });

  it('a search box that takes typing only once its list opens is searched all the same', async () => {
    let chosen = '';
    const school = sdSearchSelect(server, (v) => (chosen = v), 120, true);
    form(field('select_info', '学校名称', school.el));
    const f = fieldOf(school.el);
    const r = await sdSelectDriver.write(f, '新加坡国立大学', { match: 'text' });
    expect(r).toMatchObject({ ok: true, shown: '新加坡国立大学' });
    expect(chosen).toBe('F00231');
    expect(school.typed).toEqual(['新加坡国立大学']);
  });

  it('only a near miss found: nothing chosen, the query cleared, the list closed', async () => {
    let chosen = '';
    // The name without its bracketed note would read as the school: it must not be taken.
    const nearOnly = (q: string) => server(q).filter((s) => s.label !== q);
    const school = sdSearchSelect(nearOnly, (v) => (chosen = v));
    form(field('select_info', '学校名称', school.el));
    const f = fieldOf(school.el);
    const r = await sdSelectDriver.write(f, '新加坡国立大学', { match: 'text' });
    expect(r).toMatchObject({ ok: false, shown: '', reason: 'no matching option' });
    expect(chosen).toBe('');
    expect(school.typed.at(-1)).toBe('');
    expect(school.input.value).toBe('');
    expect(document.querySelector('[class*=sd-Dropdown-dropdown-]')).toBeNull();
  });
});

describe('day_info driver', () => {
  it('chooses the year, then the month, from the panel the read-only input opens', async () => {
    let value = '';
    const picker = sdYearMonthPicker('出生日期 (年龄)', (v) => (value = v));
    form(field('day_info', '出生日期 (年龄)', picker));
    const f = fieldOf(picker);
    expect(f.widget).toBe('date-picker');
    expect(await dayInfoDriver.write(f, '1997-05')).toMatchObject({ ok: true, shown: '1997-05' });
    expect(value).toBe('1997-05');
    expect(dayInfoDriver.read(f)).toBe('1997-05');
    // Already showing it: nothing is opened again.
    expect(await dayInfoDriver.write(f, '1997.05')).toMatchObject({ ok: true });
    expect(document.querySelector('[class*=sd-Dropdown-dropdown-]')).toBeNull();
  });

  it("an end picker's 至今 sits in its popover's footer, outside the year and month columns", async () => {
    const picker = document.createElement('div');
    picker.className = 'sd-DatePicker-container-5hJ2w';
    picker.innerHTML =
      '<div class="sd-Input-wrapper-4Hc0s"><input class="sd-Input-input-1WaF0" readonly></div>';
    const input = picker.querySelector('input')!;
    input.addEventListener('click', () => {
      const pop = document.createElement('div');
      pop.className = 'sd-basic-selector-popover-Ui2Hs';
      pop.innerHTML = `<div><ul class="sd-basic-selector-year-Rk3Ja"><li class="sd-basic-selector-item-Ev5Pw">2021年</li></ul>
        <ul class="sd-basic-selector-month-Ti8Gc"><li>请先选择年份</li></ul></div>
        <div class="sd-basic-selector-footer-Lq9Dn"><span class="sd-basic-selector-item-Ev5Pw">至今</span></div>`;
      pop.querySelector('div:last-child span')!.addEventListener('click', () => {
        input.value = '至今';
        pop.remove();
      });
      document.body.append(pop);
    });
    form(field('day_info', '结束时间', picker));
    expect(await dayInfoDriver.write(fieldOf(picker), '至今')).toMatchObject({ ok: true, shown: '至今' });
    expect(document.querySelector('[class*=sd-basic-selector-popover-]')).toBeNull();
  });

  it("a build whose year and month items carry no item class: the list's own entries are picked", async () => {
    const picker = document.createElement('div');
    picker.className = 'sd-DatePicker-container-9Qa2x';
    picker.innerHTML =
      '<div class="sd-Input-wrapper-4Hc0s"><input class="sd-Input-input-1WaF0" readonly></div>';
    const input = picker.querySelector('input')!;
    input.addEventListener('click', () => {
      const pop = document.createElement('div');
      pop.className = 'sd-DatePicker-popup-Gs4k1';
      const years = [2026, 2025, 2024, 2023, 2022, 2021];
      pop.innerHTML = `<ul class="sd-basic-selector-year-Xn6q3">${years.map((y) => `<li class="sd-basic-selector-year-item-Dd8f2">${y}年</li>`).join('')}</ul>`;
      pop.querySelectorAll('li').forEach((li) =>
        li.addEventListener('click', () => {
          const y = li.textContent!.slice(0, 4);
          pop.innerHTML = `<ul class="sd-basic-selector-month-Ev4m7">${[...Array(12).keys()].map((m) => `<li>${m + 1}月</li>`).join('')}</ul>`;
          pop.querySelectorAll('li').forEach((m, i) =>
            m.addEventListener('click', () => {
              input.value = `${y}-${String(i + 1).padStart(2, '0')}`;
              pop.remove();
            }),
          );
        }),
      );
      document.body.append(pop);
    });
    form(field('day_info', '开始时间', picker));
    expect(await dayInfoDriver.write(fieldOf(picker), '2021-03')).toMatchObject({
      ok: true,
      shown: '2021-03',
    });
  });

  it('a year the panel does not list is reported, the panel closed, the input left empty', async () => {
    const picker = sdYearMonthPicker('出生日期 (年龄)', () => {});
    form(field('day_info', '出生日期 (年龄)', picker));
    const r = await dayInfoDriver.write(fieldOf(picker), '1890-05');
    expect(r).toMatchObject({ ok: false, shown: '', reason: 'the panel offers no year 1890' });
    expect(document.querySelector('[class*=sd-Dropdown-dropdown-]')).toBeNull();
  });

  it('leaves any other date picker to the user', async () => {
    document.body.innerHTML = `<div class="ant-form-item"><label>入职时间</label>
      <div class="ant-picker"><input readonly placeholder="请选择日期"></div></div>`;
    const f = collectFields(document, { lang: 'zh' })[0]!;
    expect(f.widget).toBe('date-picker');
    expect(await dayInfoDriver.write(f, '2021-03')).toMatchObject({ ok: false });
  });
});
