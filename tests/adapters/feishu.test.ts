// The 飞书招聘 adapter's own logic: the Formily pins (start and end of 起止时间 told apart by the range
// separator, the phone box never the dial-code combobox), the atsx period picker collected though it has
// no input, and its driver writing both halves through the panel and reading them back; UD's year-month
// column panels (a period's two sides side by side) and the school dictionary's manual-entry escape.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldDescription } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields, siteControls } from '~/lib/fill/adapt/pin-fields';
import { feishu } from '~/lib/adapters/feishu';
import { feishuDatePicker, parsePeriod } from '~/lib/adapters/feishu-period-picker';
import { manualEscape } from '~/lib/adapters/feishu-manual-entry';
import { driverFor, driverTable } from '~/lib/fill/drivers';
import { writeDateRange } from '~/lib/fill/drivers/date-range';
import { makeField } from '../fill/values/make-field';
import { mountFakeSelect } from '../fill/drivers/fake-select';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('parsePeriod', () => {
  it('reads the months of a rendered range, and 至今 as an open end', () => {
    expect(parsePeriod('2019.08 - 2020.12')).toEqual({
      start: { year: '2019', month: 8 },
      end: { year: '2020', month: 12 },
    });
    expect(parsePeriod('2021-03 - 至今')).toEqual({ start: { year: '2021', month: 3 }, end: 'now' });
    expect(parsePeriod('03/2021 – Present')).toBeNull();
    expect(parsePeriod('2021.03 - Present')).toEqual({ start: { year: '2021', month: 3 }, end: 'now' });
    expect(parsePeriod('2021.13 - 2022.01')).toBeNull();
    expect(parsePeriod('2021.03')).toBeNull();
  });
});

/** One Formily leaf: wrapper with its field name, a label, the control markup. */
const leaf = (name: string, label: string, control: string) =>
  `<div class="ud-formily-item ud-formily-item-size-large" data-form-field-name="${name}">
     <div class="ud-formily-item-label"><span class="ud-formily-item-label-content">${label}</span></div>
     <div class="ud-formily-item-control">${control}</div></div>`;
const text = '<span class="ud__input"><input class="ud__native-input"></span>';
const range = (now: boolean) =>
  `<div class="ud__range"><span><span class="ud__input"><input class="ud__native-input"></span></span>
   <span class="ud__range__separator">-</span>
   <span><span class="ud__input"><input class="ud__native-input"></span></span>
   ${now ? '<label class="ud__checkbox"><input class="ud__checkbox__input" type="checkbox"><span>x</span></label>' : ''}</div>`;

describe('Formily pins', () => {
  it('places every field through data-form-field-name, whatever its label says', () => {
    // Labels in a language the rule tables do not read: only the structure tells the fields apart.
    document.body.innerHTML = `<form class="ud-formily-form">
      ${leaf('name', 'Ad', text)}
      ${leaf(
        'mobile',
        'Tel',
        `<div class="ud__select"><div class="ud__select__selector">
           <input class="ud__native-input" role="combobox" readonly><span class="ud__select__selector__selectItem">+1</span>
         </div></div>${text}`,
      )}
      ${leaf('email', 'Posta', text)}
      <div data-form-field-name="education"><div class="apply-form-array-card__x1">
        ${leaf('education.0.school', 'Okul', text)}
        ${leaf('education.0.period', 'Tarih', range(false))}
      </div><button type="button" class="ud__button apply-form-array-card__add_x2">+</button></div>
      <div data-form-field-name="work"><div class="apply-form-array-card__x1">
        ${leaf('company', 'Şirket', text)}
        ${leaf('work.0.period', 'Tarih', range(true))}
      </div></div></form>`;
    const fields = collectFields(document, { lang: 'en' });
    const pin = pinFields(document, fields, feishu);
    const keyOf = (el: Element | null) => pin.classes.get(fields.find((f) => f.el === el)!.id)?.key;
    const inputs = [...document.querySelectorAll<HTMLInputElement>('input')];
    const [name, code, phone, email, school, eduFrom, eduTo, company, workFrom, workTo, workNow] = inputs;
    expect(keyOf(name!)).toBe('name.full');
    expect(keyOf(code!)).toBe('phone.countryCode');
    expect(keyOf(phone!)).toBe('phone.national');
    expect(keyOf(email!)).toBe('email');
    expect(keyOf(school!)).toBe('education.school');
    expect(keyOf(eduFrom!)).toBe('education.start');
    expect(keyOf(eduTo!)).toBe('education.end');
    // A bare field name inside the list's wrapper counts as that list's field.
    expect(keyOf(company!)).toBe('experience.company');
    expect(keyOf(workFrom!)).toBe('experience.start');
    expect(keyOf(workTo!)).toBe('experience.end');
    expect(keyOf(workNow!)).toBe('experience.current');
    expect(pin.placedBy.get(fields.find((f) => f.el === school)!.id)).toMatchObject({
      by: 'adapter',
      variant: 'Formily + UD components (jobs.bytedance.com)',
    });
    // The cards are the blocks of their own list only.
    const card = document.querySelector(
      '[data-form-field-name=education] [class*="apply-form-array-card__"]',
    );
    expect(fields.find((f) => f.el === school)!.block).toBe(card);
  });
});

/**
 * An atsx period picker as a page would drive it: a press on a side opens a panel of year and month
 * cells in the body; the start hands over to the end; 至今 ends it.
 */
function mountPeriod(allowNow: boolean): { picker: HTMLElement; state: { start: string; end: string } } {
  document.body.innerHTML = `<form><div class="atsx-form-item"><div class="atsx-form-item-label"><label>起止时间</label></div>
    <div class="atsx-date-picker atsx-date-picker-period-month">
      <div class="atsx-date-picker-period-display"><span class="atsx-date-picker-period-start">开始时间</span>
      <span>-</span><span class="atsx-date-picker-period-end">结束时间</span>
      <input type="hidden" class="period-hidden-input"></div></div></div></form>`;
  const picker = document.querySelector<HTMLElement>('.atsx-date-picker-period-month')!;
  const state = { start: '', end: '' };
  let panel: HTMLElement | null = null;
  let side: 'start' | 'end' = 'start';
  let year = '';
  const show = () => {
    picker.querySelector('.atsx-date-picker-period-start')!.textContent = state.start || '开始时间';
    picker.querySelector('.atsx-date-picker-period-end')!.textContent = state.end || '结束时间';
  };
  const close = () => {
    panel?.remove();
    panel = null;
  };
  const choose = (value: string) => {
    state[side] = value;
    show();
    if (side === 'start') {
      side = 'end';
      year = '';
      panel!.querySelector('.p-start')!.className = 'atsx-date-picker-period-input p-start';
      panel!.querySelector('.p-end')!.className =
        'atsx-date-picker-period-input atsx-date-picker-period-input-active p-end';
    } else close();
  };
  const open = (which: 'start' | 'end') => {
    side = which;
    panel = document.createElement('div');
    panel.className = 'atsx-date-picker-period-panel';
    const active = (s: string) =>
      `atsx-date-picker-period-input${s === which ? ' atsx-date-picker-period-input-active' : ''}`;
    panel.innerHTML = `<div class="atsx-date-picker-period-inputs"><input class="${active('start')} p-start"><input class="${active('end')} p-end"></div>
      <ul class="atsx-date-picker-period-year-column">${['2024', '2023', '2022', '2021'].map((y) => `<li>${y}</li>`).join('')}</ul>
      <ul class="atsx-date-picker-period-month-column">${Array.from({ length: 12 }, (_, i) => `<li>${String(i + 1).padStart(2, '0')}</li>`).join('')}</ul>
      ${allowNow ? '<span class="atsx-date-picker-period-now">至今</span>' : ''}`;
    panel
      .querySelectorAll('.atsx-date-picker-period-year-column li')
      .forEach((li) => li.addEventListener('click', () => (year = li.textContent!)));
    panel
      .querySelectorAll('.atsx-date-picker-period-month-column li')
      .forEach((li) => li.addEventListener('click', () => year && choose(`${year}-${li.textContent}`)));
    panel.querySelector('.atsx-date-picker-period-now')?.addEventListener('click', () => choose('至今'));
    document.body.append(panel);
  };
  picker.querySelector('.atsx-date-picker-period-display')!.addEventListener('click', (e) => {
    if (panel) return;
    open((e.target as Element).closest('.atsx-date-picker-period-end') ? 'end' : 'start');
  });
  document.addEventListener('mousedown', (e) => {
    if (panel && !panel.contains(e.target as Node) && !picker.contains(e.target as Node)) close();
  });
  return { picker, state };
}

function periodField(): FieldDescription {
  const fields = collectFields(document, { lang: 'zh', recognise: siteControls(document, feishu) });
  const field = fields.find((f) => f.el.matches('.atsx-date-picker-period-month'));
  expect(field, 'the period picker is collected').toBeDefined();
  return field!;
}

describe('atsx period picker', () => {
  it('is collected as one date-picker control labelled by its form item', () => {
    mountPeriod(false);
    const field = periodField();
    expect(field.widget).toBe('date-picker');
    expect(field.label).toBe('起止时间');
    expect(feishuDatePicker.read(field)).toBe('');
  });

  it('writes both months through the panel and reads them back', async () => {
    const { state } = mountPeriod(false);
    const field = periodField();
    const result = await feishuDatePicker.write(field, '2022.01 - 2023.05');
    expect(result).toMatchObject({ ok: true, shown: '2022-01 - 2023-05' });
    expect(state).toEqual({ start: '2022-01', end: '2023-05' });
    expect(document.querySelector('.atsx-date-picker-period-panel')).toBeNull();
  });

  it('ends a current entry with the panel’s 至今, and fails where the panel offers none', async () => {
    const now = mountPeriod(true);
    expect(await feishuDatePicker.write(periodField(), '2021.03 - 至今')).toMatchObject({ ok: true });
    expect(now.state).toEqual({ start: '2021-03', end: '至今' });

    const none = mountPeriod(false);
    const result = await feishuDatePicker.write(periodField(), '2021.03 - 至今');
    expect(result).toMatchObject({ ok: false, reason: 'the panel did not take the end month' });
    expect(none.state.end).toBe('');
  });

  it('undo writes an earlier range back; an empty one stays, since the panel has no empty choice', async () => {
    mountPeriod(false);
    const field = periodField();
    const empty = feishuDatePicker.save(field);
    await feishuDatePicker.write(field, '2022.01 - 2023.05');
    const filled = feishuDatePicker.save(field);
    await feishuDatePicker.write(field, '2021.03 - 2021.12');
    expect(await feishuDatePicker.restore(field, filled)).toBe(true);
    expect(feishuDatePicker.read(field)).toBe('2022-01 - 2023-05');
    expect(await feishuDatePicker.restore(field, empty)).toBe(false);
  });
});

/**
 * UD's year-month column panel as real 飞书 tenants draw it: a `YYYY年` column beside an `N月` column
 * (months disabled until a year is chosen), kept only on 确定. `range`: one box with 开始时间 / 结束时间
 * inputs whose dropdown shows the start's columns and the end's side by side (the end's years before
 * the start disabled, 至今 a checkbox under the end's columns).
 */
function mountColumns(range: boolean) {
  document.body.innerHTML = range
    ? `<div class="ud__picker ud__picker-range"><div class="ud__picker-input"><input readonly placeholder="开始时间"></div>
       <span class="ud__picker-range-separator">至</span><div class="ud__picker-input"><input readonly placeholder="结束时间"></div></div>`
    : `<div class="ud__picker"><div class="ud__picker-input"><input readonly placeholder="请选择月份"></div></div>`;
  const inputs = [...document.querySelectorAll<HTMLInputElement>('input')];
  const drafts = inputs.map(() => ({ year: 0, month: 0, now: false }));
  let dropdown: HTMLElement | null = null;
  const key = (d: { year: number; month: number }) => d.year * 12 + d.month;
  const column = (side: number) => {
    const d = drafts[side]!;
    const min = side === 1 && drafts[0]!.month ? key(drafts[0]!) : 0;
    const years = [2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015]
      .map((y) => {
        const off = y * 12 + 12 < min;
        return `<li class="ud__scrolllist__item${d.year === y ? ' ud__scrolllist__item-sel' : ''}${off ? ' ud__scrolllist__item-disabled' : ''}" data-side="${side}" data-y="${y}">${y}年</li>`;
      })
      .join('');
    const months = Array.from({ length: 12 }, (_, i) => i + 1)
      .map((m) => {
        const off = !d.year || key({ year: d.year, month: m }) < min;
        return `<li class="ud__scrolllist__item${off ? ' ud__scrolllist__item-disabled' : ''}" data-side="${side}" data-m="${m}">${m}月</li>`;
      })
      .join('');
    const now =
      range && side === 1
        ? `<label><input type="checkbox" data-now${d.now ? ' checked' : ''}><span>至今</span></label>`
        : '';
    return `<div class="ud__picker-yearmonth"><div class="ud__picker-yearmonth-body"><ul role="listbox">${years}</ul><ul role="listbox">${months}</ul></div>${now}</div>`;
  };
  const draw = () => {
    if (!dropdown) return;
    dropdown.innerHTML = `<div class="cols">${inputs.map((_, i) => column(i)).join('')}</div>
      <div class="ud__picker-footer"><button type="button" data-cancel>取消</button><button type="button" data-ok>确定</button></div>`;
  };
  const show = (d: { year: number; month: number; now: boolean }) =>
    d.now ? '至今' : d.month ? `${d.year}-${String(d.month).padStart(2, '0')}` : '';
  const close = () => {
    dropdown?.remove();
    dropdown = null;
  };
  document.querySelector('.ud__picker')!.addEventListener('click', () => {
    if (dropdown) return;
    drafts.forEach((d) => Object.assign(d, { year: 0, month: 0, now: false }));
    setTimeout(() => {
      dropdown = document.createElement('div');
      dropdown.className = 'ud__picker-dropdown';
      dropdown.addEventListener('click', (e) => {
        const t = e.target as HTMLElement;
        const d = drafts[Number(t.dataset.side)];
        if (t.classList.contains('ud__scrolllist__item-disabled')) return;
        if (d && t.dataset.y) Object.assign(d, { year: Number(t.dataset.y), month: 0 });
        else if (d && t.dataset.m) d.month = Number(t.dataset.m);
        else if (t.matches('[data-now]')) drafts[1]!.now = (t as HTMLInputElement).checked;
        else if (t.matches('[data-ok]')) {
          inputs.forEach((input, i) => (input.value = show(drafts[i]!) || input.value));
          return close();
        } else if (t.matches('[data-cancel]')) return close();
        draw();
      });
      document.body.append(dropdown);
      draw();
    }, 20);
  });
  // A press outside drops the draft.
  document.addEventListener('mousedown', (e) => {
    if (dropdown && !dropdown.contains(e.target as Node)) close();
  });
  return { inputs, isOpen: () => !!dropdown };
}

describe('UD year-month column panels', () => {
  it('a month picker whose columns are listboxes takes year, month, then 确定', async () => {
    const { inputs, isOpen } = mountColumns(false);
    const field = makeField(inputs[0]!, 'combobox');
    expect(await driverFor(field).write(field, '1997-05')).toMatchObject({ ok: false });
    // 1997 is not offered: nothing is chosen, and the panel is shut.
    expect(inputs[0]!.value).toBe('');
    expect(isOpen()).toBe(false);
    expect(await driverFor(field).write(field, '2019-05')).toMatchObject({ ok: true, shown: '2019-05' });
    expect(isOpen()).toBe(false);
  });

  it('a period box showing both sides takes the start in the start’s columns and the end in the end’s', async () => {
    const { inputs } = mountColumns(true);
    const [start, end] = inputs as [HTMLInputElement, HTMLInputElement];
    const results = await writeDateRange(start, end, '2019-08', '2020-12');
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect([start.value, end.value]).toEqual(['2019-08', '2020-12']);
  });

  it('an ongoing period ends with the 至今 box under the end’s columns', async () => {
    const { inputs } = mountColumns(true);
    const [start, end] = inputs as [HTMLInputElement, HTMLInputElement];
    await writeDateRange(start, end, '2021-03', '至今');
    expect([start.value, end.value]).toEqual(['2021-03', '至今']);
  });
});

/**
 * A 飞书 school dictionary select (searchable, near misses only) with the 手动填写 checkbox beside its
 * label; ticking it swaps the select for a text box, as the tenant's form does.
 */
function mountSchool() {
  document.body.innerHTML = `<div class="ud-formily-item" data-form-field-name="education_list.0.school">
    <div class="ud-formily-item-label"><span>学校名称</span><span class="aside"><label class="ud__checkbox-wrapper">
      <input type="checkbox" class="ud__checkbox__input"><span>院校未收录？手动填写</span></label></span></div>
    <div class="ud-formily-item-control"></div></div>
    <div class="ud-formily-item"><div class="ud-formily-item-label">专业</div><input class="ud__native-input"></div>`;
  const control = document.querySelector<HTMLElement>('.ud-formily-item-control')!;
  const box = document.querySelector<HTMLInputElement>('.ud__checkbox__input')!;
  const select = mountFakeSelect(
    {
      options: ['新加坡国立大学（苏州研究院）', '新加坡国立大学（重庆）研究院', '华中科技大学'],
      searchable: true,
      delay: 20,
    },
    control,
  );
  box.addEventListener('change', () => {
    select.state.value = '';
    if (box.checked) {
      select.root.remove();
      control.innerHTML =
        '<span class="ud__input"><input class="ud__native-input" placeholder="请输入学校全称"></span>';
    } else {
      control.innerHTML = '';
      control.append(select.root);
    }
  });
  return { select, box, control };
}

describe('a dictionary select with a manual-entry escape', () => {
  const driver = () => driverFor(makeField(document.body, 'combobox'), driverTable(feishu.drivers));

  it('a name the dictionary lacks is typed in the box the 手动填写 checkbox reveals, never a near miss', async () => {
    const { select, box, control } = mountSchool();
    const field = makeField(select.input, 'combobox');
    const d = driver();
    const saved = d.save(field);
    const result = await d.write(field, '新加坡国立大学');
    expect(result).toMatchObject({ ok: true, shown: '新加坡国立大学' });
    expect(box.checked).toBe(true);
    expect(control.querySelector('input')!.value).toBe('新加坡国立大学');
    expect(select.state.value).toBe('');
    expect(d.read(field)).toBe('新加坡国立大学');
    // Undo unticks it: the empty select comes back.
    expect(await d.restore(field, saved)).toBe(true);
    expect(box.checked).toBe(false);
    expect(control.contains(select.root)).toBe(true);
  });

  it('a listed name is chosen in the dictionary; the escape stays unticked', async () => {
    const { select, box } = mountSchool();
    const field = makeField(select.input, 'combobox');
    expect(await driver().write(field, '华中科技大学')).toMatchObject({ ok: true });
    expect(select.state.value).toBe('华中科技大学');
    expect(box.checked).toBe(false);
  });

  it('a choice that is no name (a degree) never takes the escape', async () => {
    const { select, box } = mountSchool();
    const field = makeField(select.input, 'combobox');
    expect(await driver().write(field, '硕士', { match: 'degree' })).toMatchObject({ ok: false });
    expect(box.checked).toBe(false);
  });

  it('an escape belongs to its own question only', () => {
    mountSchool();
    const major = document.querySelectorAll<HTMLInputElement>('.ud__native-input')[0]!;
    expect(manualEscape(major)).toBeNull();
  });
});
