import { beforeEach, describe, expect, it } from 'vitest';
import { driverFor } from '~/lib/fill/drivers';
import { sameDate, writeDateRange } from '~/lib/fill/drivers/date-picker';
import { makeField, mount } from '../values/make-field';

/**
 * A month panel like antd's / Element Plus': opens when its input is focused, shows one grid per year
 * (two for a range) with a header year and prev/next-year buttons, and redraws after every click.
 */
function mountMonthPanel(inputs: HTMLInputElement[], startYear: number) {
  let year = startYear;
  let panel: HTMLElement | null = null;
  const picked: string[] = [];
  const grid = (y: number) => {
    const cells = Array.from(
      { length: 12 },
      (_, i) => `<td data-m="${i + 1}"><div class="cell">${i + 1}月</div></td>`,
    );
    return `<div class="picker-content"><div class="picker-header">${y}年</div><table><tbody><tr>${cells.join('')}</tr></tbody></table></div>`;
  };
  const draw = () => {
    // A redraw scheduled just before the panel closed has nothing left to draw.
    if (!panel) return;
    panel.innerHTML =
      `<button class="picker-super-prev-btn" type="button">«</button><button class="picker-super-next-btn" type="button">»</button>` +
      [year, ...(inputs.length === 2 ? [year + 1] : [])].map(grid).join('');
  };
  const open = () => {
    if (panel) return;
    panel = document.createElement('div');
    panel.className = 'picker-dropdown';
    document.body.append(panel);
    draw();
    panel.addEventListener('click', (e) => {
      const t = e.target as Element;
      if (t.closest('.picker-super-prev-btn')) year--;
      else if (t.closest('.picker-super-next-btn')) year++;
      const td = t.closest('td');
      if (td) {
        const y = Number(
          td.closest('.picker-content')!.querySelector('.picker-header')!.textContent!.slice(0, 4),
        );
        picked.push(`${y}-${String(td.dataset.m).padStart(2, '0')}`);
        if (picked.length === inputs.length) {
          inputs.forEach((input, i) => (input.value = picked[i]));
          panel!.remove();
          panel = null;
          return;
        }
      }
      // Redraw after every click, as real panels do.
      setTimeout(draw, 20);
    });
  };
  inputs.forEach((i) => {
    i.addEventListener('focus', open);
    i.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !panel) return;
      panel.remove();
      panel = null;
    });
  });
  return picked;
}

/**
 * A range editor like Element Plus' monthrange: each half keeps what was typed; Enter in either half
 * commits the pair once both halves parse; focus leaving the editor drops uncommitted text and shows the
 * model again. Text that does not parse is flagged aria-invalid and, like antd's when no animation frame
 * comes, stays even after the focus left.
 */
function mountTypedRange(parses = /^\d{4}-\d{2}$/) {
  document.body.innerHTML =
    '<div class="el-date-editor el-range-editor"><input placeholder="开始日期"><span>至</span><input placeholder="结束日期"></div>';
  const editor = document.querySelector<HTMLElement>('.el-range-editor')!;
  const [start, end] = [...editor.querySelectorAll('input')];
  const model: string[] = [];
  const typed: (string | null)[] = [null, null];
  const show = (keepFlagged = false) => {
    [start, end].forEach((input, i) => {
      if (keepFlagged && input.getAttribute('aria-invalid') === 'true') return;
      input.value = model[i] ?? '';
      input.removeAttribute('aria-invalid');
    });
    typed.fill(null);
  };
  [start, end].forEach((input, i) => {
    input.addEventListener('input', () => {
      typed[i] = input.value;
      input.setAttribute('aria-invalid', String(!parses.test(input.value)));
    });
    input.addEventListener('keydown', (e) => {
      const pair = typed.map((t, j) => t ?? model[j] ?? '');
      if (e.key === 'Enter' && pair.every((t) => parses.test(t))) {
        model.splice(0, 2, ...pair);
        show();
      }
    });
  });
  editor.addEventListener('focusout', () =>
    setTimeout(() => !editor.contains(document.activeElement) && show(true)),
  );
  return { start, end, model };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('date picker driver', () => {
  it('sameDate compares dates across formats', () => {
    expect(sameDate('2021.03', '2021年03月')).toBe(true);
    expect(sameDate('03/2021', '2021-3')).toBe(true);
    expect(sameDate('2021-03', '2021-04')).toBe(false);
    expect(sameDate('', '2021-03')).toBe(false);
  });

  it('sameDate compares periods half by half, 至今 included', () => {
    expect(sameDate('2019年08月 至 2020年12月', '2019.08 - 2020.12')).toBe(true);
    expect(sameDate('2021年03月 至今', '2021.03 ~ 至今')).toBe(true);
    expect(sameDate('2021-03 - 至今', '2021.03 - 2021.12')).toBe(false);
    // Read whole, both were 2019-08-20: the ends differ.
    expect(sameDate('2019.08 - 2020.12', '2019.08 - 2020.11')).toBe(false);
    expect(sameDate('2019.08 - 2020.12', '2019.08')).toBe(false);
  });

  it('types a format the picker accepts, trying the common shapes', async () => {
    const input = mount<HTMLInputElement>('<div class="ant-picker"><input placeholder="请选择月份"></div>');
    // Accepts only 'YYYY.MM' and puts anything else back, like a strict picker on blur.
    input.addEventListener('blur', () => {
      if (!/^\d{4}\.\d{2}$/.test(input.value)) input.value = '';
    });
    const field = makeField(input, 'date-picker');
    const r = await driverFor(field).write(field, '2021-03');
    expect(r).toEqual({ ok: true, shown: '2021.03' });
  });

  it('picks the month from the panel of a readonly picker, stepping back through the years', async () => {
    const input = mount<HTMLInputElement>(
      '<div class="picker"><input readonly placeholder="选择月份"></div>',
    );
    mountMonthPanel([input], 2026);
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '2019-08')).toEqual({ ok: true, shown: '2019-08' });
  });

  it('a range picker gets its start and end from one panel', async () => {
    document.body.innerHTML =
      '<div class="range-editor"><input readonly><span>至</span><input readonly></div>';
    const [start, end] = [...document.querySelectorAll('input')];
    mountMonthPanel([start, end], 2026);
    const r = await writeDateRange(start, end, '2015-09', '2019-06');
    expect(r.map((x) => x.ok)).toEqual([true, true]);
    expect([start.value, end.value]).toEqual(['2015-09', '2019-06']);
  });

  it('types each half of a range editor and commits the pair without leaving it in between', async () => {
    const { start, end, model } = mountTypedRange();
    const r = await writeDateRange(start, end, '2019-08', '2020-12');
    expect(r).toEqual([
      { ok: true, shown: '2019-08' },
      { ok: true, shown: '2020-12' },
    ]);
    expect(model).toEqual(['2019-08', '2020-12']);
  });

  it('a range whose typed text is flagged invalid takes both months from its panel instead', async () => {
    const { start, end } = mountTypedRange(/^\d{4}\.\d{2}$/);
    const picked = mountMonthPanel([start, end], 2026);
    const r = await writeDateRange(start, end, '2015-09', '2019-06');
    expect(r.map((x) => x.ok)).toEqual([true, true]);
    // The typed text lingering in the inputs is no proof: the panel made the choice.
    expect(picked).toEqual(['2015-09', '2019-06']);
    expect([start.value, end.value]).toEqual(['2015-09', '2019-06']);
  });

  it('a range that accepts nothing reports it and is left empty', async () => {
    const { start, end, model } = mountTypedRange(/^never$/);
    const r = await writeDateRange(start, end, '2015-09', '2019-06');
    expect(r.map((x) => x.ok)).toEqual([false, false]);
    expect(r[0].reason).toBe('the range picker did not accept 2015-09 – 2019-06');
    expect([start.value, end.value, model.length]).toEqual(['', '', 0]);
  });

  it('a read-only picker that opens a panel of days declines a year and month, and shuts it', async () => {
    const input = mount<HTMLInputElement>(
      '<div class="picker"><input readonly placeholder="请选择日期"></div>',
    );
    let panel: HTMLElement | null = null;
    input.addEventListener('focus', () => {
      if (panel) return;
      panel = document.createElement('div');
      panel.className = 'picker-dropdown';
      const days = Array.from({ length: 31 }, (_, i) => `<td><div class="cell">${i + 1}</div></td>`);
      panel.innerHTML = `<div class="picker-header">2026年12月</div><table><tbody><tr>${days.join('')}</tr></tbody></table>`;
      document.body.append(panel);
    });
    input.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !panel) return;
      panel.remove();
      panel = null;
    });
    const field = makeField(input, 'date-picker');
    const r = await driverFor(field).write(field, '2021-03');
    expect(r).toMatchObject({ ok: false, declined: true, shown: '' });
    expect(r.reason).toContain('asks for a day');
    expect(document.querySelector('.picker-dropdown')).toBeNull();
  });

  it('a date the picker refuses leaves it as it was', async () => {
    const input = mount<HTMLInputElement>('<div class="picker"><input></div>');
    input.addEventListener('blur', () => (input.value = ''));
    const field = makeField(input, 'date-picker');
    const r = await driverFor(field).write(field, '2021-03');
    expect(r.ok).toBe(false);
    expect(input.value).toBe('');
  });
});
