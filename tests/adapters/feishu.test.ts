// The 飞书招聘 adapter's own logic: the Formily pins (start and end of 起止时间 told apart by the range
// separator, the phone box never the dial-code combobox), the atsx period picker collected though it has
// no input, and its driver writing both halves through the panel and reading them back.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldDescription } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields, siteControls } from '~/lib/fill/adapt/pin-fields';
import { feishu } from '~/lib/adapters/feishu';
import { feishuDatePicker, parsePeriod } from '~/lib/adapters/feishu-period-picker';

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
