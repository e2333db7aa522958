// The 北森 adapter's own drivers against small phoenix look-alikes: a month calendar mounted late in a body
// portal (‹ › step the year, `N月` commits, 至今 only where the footer offers it) and an editable select
// that lists only what is typed. Both draw their value in `.phoenix-select__placeHolder`, never in the input.
import { afterEach, describe, expect, it } from 'vitest';
import { beisen, phoenixShown } from '~/lib/adapters/beisen';
import type { Driver, FieldDescription, WidgetKind } from '~/lib/fill/types';
import { makeField } from '../fill/values/make-field';

afterEach(() => {
  document.body.innerHTML = '';
});

const driver = (kind: WidgetKind): Driver => beisen.drivers![kind]!;

/** The trigger both widgets share; returns its input and a setter for the drawn label. */
function mountSelect(extraClass: string, editable: boolean) {
  document.body.innerHTML = `
    <div class="form-item form-item--phoenix"><div class="form-item__title"><label class="form-item__text">时间</label></div>
      <div class="form-item__control"><div class="phoenix-select ${extraClass}"><div class="phoenix-select__selection">
        <input class="phoenix-select__input" ${editable ? '' : 'readonly'}>
        <span class="phoenix-select__placeHolder phoenix-select__placeHolder--show">请选择</span>
      </div></div></div></div>`;
  const root = document.querySelector<HTMLElement>('.phoenix-select')!;
  const input = root.querySelector('input')!;
  const label = root.querySelector('.phoenix-select__placeHolder')!;
  const show = (text: string) => {
    label.textContent = text;
    label.className = 'phoenix-select__placeHolder';
  };
  return { root, input, show };
}

function mountCalendar(opts: { present: boolean }) {
  const { root, input, show } = mountSelect('phoenix-select--date', false);
  let panel: HTMLElement | null = null;
  let year = 2026;
  const draw = () => {
    panel!.innerHTML = `<div class="phoenix-calendar__header"><span class="phoenix-calendar__prev" role="button">‹</span>
      <span class="phoenix-calendar__year">${year}年</span><span class="phoenix-calendar__next" role="button">›</span></div>
      <div class="phoenix-calendar__body">${Array.from({ length: 12 }, (_, i) => `<span class="phoenix-calendar__cell">${i + 1}月</span>`).join('')}</div>
      ${opts.present ? '<div class="phoenix-calendar__footer"><span class="phoenix-calendar__now" role="button">至今</span></div>' : ''}`;
    panel!.querySelector('.phoenix-calendar__prev')!.addEventListener('click', () => {
      year--;
      draw();
    });
    panel!.querySelector('.phoenix-calendar__next')!.addEventListener('click', () => {
      year++;
      draw();
    });
    panel!
      .querySelectorAll('.phoenix-calendar__cell')
      .forEach((cell, i) =>
        cell.addEventListener('click', () => commit(`${year}-${String(i + 1).padStart(2, '0')}`)),
      );
    panel!.querySelector('.phoenix-calendar__now')?.addEventListener('click', () => commit('至今'));
  };
  const commit = (v: string) => {
    show(v);
    panel?.remove();
    panel = null;
  };
  root.addEventListener('click', () => {
    if (panel) return;
    // Mounted late, as the site's portal is.
    setTimeout(() => {
      panel = document.createElement('div');
      panel.className = 'phoenix-calendar phoenix-calendar--month';
      document.body.append(panel);
      draw();
    }, 30);
  });
  return makeField(input, 'date-picker');
}

const SCHOOLS = ['华中科技大学', '华中师范大学', '华中农业大学', '武汉大学'];

function mountSearchSelect() {
  const { root, input, show } = mountSelect('phoenix-select--editable', true);
  let list: HTMLElement | null = null;
  input.addEventListener('input', () => {
    list?.remove();
    list = null;
    const hits = SCHOOLS.filter((s) => input.value && s.includes(input.value));
    if (!hits.length) return;
    list = document.createElement('div');
    list.className = 'phoenix-selectList';
    list.innerHTML = `<div role="listbox">${hits.map((h) => `<div role="option" class="phoenix-selectList__listItem">${h}</div>`).join('')}</div>`;
    list.querySelectorAll('[role=option]').forEach((o) =>
      o.addEventListener('click', () => {
        show(o.textContent!);
        input.value = '';
        list?.remove();
        list = null;
      }),
    );
    setTimeout(() => document.body.append(list!), 20);
  });
  return { field: makeField(input, 'text'), root, input };
}

describe('phoenixShown', () => {
  it('reads the drawn label; a prompt (--show, 请选择) is empty; tags and calcEle come first', () => {
    document.body.innerHTML = `
      <div id="a" class="phoenix-select"><span class="phoenix-select__placeHolder phoenix-select__placeHolder--show">请选择</span></div>
      <div id="b" class="phoenix-select"><span class="phoenix-select__placeHolder">居民身份证</span></div>
      <div id="c" class="phoenix-select"><span class="phoenix-select__calcEle">本科</span><span class="phoenix-select__placeHolder">请选择</span></div>
      <div id="d" class="phoenix-select"><ul><li><span class="phoenix-select__tag">上海市</span></li><li><span class="phoenix-select__tag">杭州市</span></li></ul></div>`;
    const shown = (id: string) => phoenixShown(document.getElementById(id)!);
    expect([shown('a'), shown('b'), shown('c'), shown('d')]).toEqual([
      '',
      '居民身份证',
      '本科',
      '上海市, 杭州市',
    ]);
  });
});

describe('phoenix month calendar (date-picker driver)', () => {
  it('steps back through the years to the month and reads it from the drawn label', async () => {
    const field = mountCalendar({ present: false });
    const r = await driver('date-picker').write(field, '1997-05');
    expect(r).toMatchObject({ ok: true, shown: '1997-05' });
    expect(driver('date-picker').read(field)).toBe('1997-05');
    expect(document.querySelector('.phoenix-calendar')).toBeNull();
  });

  it('至今 from the footer of an end date; a calendar without one is closed and left empty', async () => {
    const end = mountCalendar({ present: true });
    expect(await driver('date-picker').write(end, '至今')).toMatchObject({ ok: true, shown: '至今' });
    const start = mountCalendar({ present: false });
    const r = await driver('date-picker').write(start, '至今');
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/至今/);
    expect(driver('date-picker').read(start)).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('undo without a clear control cannot empty it and says so; an earlier month is picked again', async () => {
    const field = mountCalendar({ present: false });
    const d = driver('date-picker');
    const empty = d.save(field);
    await d.write(field, '2019-08');
    expect(await d.restore(field, empty)).toBe(false);
    expect(await d.restore(field, '2020-12')).toBe(true);
    expect(d.read(field)).toBe('2020-12');
  });
});

describe('phoenix editable select (text driver)', () => {
  it('types the name and chooses the exact option among near-misses', async () => {
    const { field, input } = mountSearchSelect();
    const d = driver('text');
    expect(d.stager?.(field)).toBeUndefined();
    expect(await d.write(field, '华中科技大学')).toMatchObject({ ok: true, shown: '华中科技大学' });
    expect(d.read(field)).toBe('华中科技大学');
    expect(input.value).toBe('');
  });

  it('with near-misses only it chooses nothing and leaves the search empty', async () => {
    const { field, input } = mountSearchSelect();
    const r = await driver('text').write(field, '华中大学');
    expect(r).toMatchObject({ ok: false, shown: '' });
    expect(input.value).toBe('');
  });

  it('a plain phoenix text box is still written by the generic text driver', async () => {
    document.body.innerHTML = `<div class="phoenix-input"><input class="phoenix-input__input" type="text"></div>`;
    const input = document.querySelector('input')!;
    const field: FieldDescription = makeField(input, 'text');
    expect(driver('text').stager?.(field)).toBeDefined();
    expect(await driver('text').write(field, '美团')).toMatchObject({ ok: true, shown: '美团' });
  });
});
