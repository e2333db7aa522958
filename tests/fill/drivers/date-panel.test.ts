import { beforeEach, describe, expect, it } from 'vitest';
import { driverFor } from '~/lib/fill/drivers';
import { readPanel } from '~/lib/fill/drivers/date-panel';
import { makeField, mount } from '../values/make-field';

interface PanelOptions {
  /** The view the panel opens on. */
  start: 'year' | 'month';
  /** A month cell's text. */
  monthText: (m: number) => string;
  /** What the input shows once a month is chosen. */
  show: (y: number, m: number) => string;
  /** A 至今 button in the footer. */
  present?: boolean;
  /** Years the « » buttons cannot page past (a panel limited to a range). */
  minYear?: number;
  /** Opens on this event of the input's wrapper. */
  openOn?: 'click' | 'mousedown';
  /** Ignores page turns for this long after it mounts (its year is still being set). */
  settlesAfter?: number;
}

/**
 * A year→month panel in a body portal mounted 30 ms after the press, with hashed class names a driver
 * cannot know: the year view lists a decade (± one) paged by « »; the month view has a year title that
 * leads back to the year grid. The whole panel redraws after every click, as real ones do.
 */
function mountYearMonthPanel(input: HTMLInputElement, opts: PanelOptions) {
  const clicks: string[] = [];
  let popup: HTMLElement | null = null;
  let year = 2026;
  let mountedAt = 0;
  const settled = () => !opts.settlesAfter || Date.now() - mountedAt >= opts.settlesAfter;
  const close = () => {
    popup?.remove();
    popup = null;
  };
  const draw = (view: 'year' | 'month') => {
    if (!popup) return;
    popup.innerHTML = '';
    const head = document.createElement('div');
    head.className = 'hd-7Qz';
    const decade = Math.floor(year / 10) * 10;
    head.innerHTML =
      view === 'year'
        ? `<button type="button" class="b-1">«</button><span class="t-2">${decade} - ${decade + 9}</span><button type="button" class="b-3">»</button>`
        : `<span class="t-2">${year}年</span>`;
    popup.append(head);
    const body = document.createElement('div');
    body.className = 'bd-9Kp';
    if (view === 'year') {
      for (let y = decade - 1; y <= decade + 10; y++) {
        const cell = document.createElement('div');
        cell.className = 'c-4';
        cell.textContent = String(y);
        cell.addEventListener('click', () => {
          clicks.push(String(y));
          year = y;
          draw('month');
        });
        body.append(cell);
      }
      const [prev, next] = head.querySelectorAll('button');
      prev.addEventListener('click', () => {
        if (!settled()) return;
        if (opts.minYear && decade - 10 < Math.floor(opts.minYear / 10) * 10) return;
        year -= 10;
        draw('year');
      });
      next.addEventListener('click', () => {
        if (!settled()) return;
        year += 10;
        draw('year');
      });
    } else {
      head.querySelector('span')!.addEventListener('click', () => draw('year'));
      for (let m = 1; m <= 12; m++) {
        const cell = document.createElement('div');
        cell.className = 'c-4';
        cell.textContent = opts.monthText(m);
        cell.addEventListener('click', () => {
          clicks.push(`${year}/${m}`);
          input.value = opts.show(year, m);
          close();
        });
        body.append(cell);
      }
    }
    popup.append(body);
    if (opts.present) {
      const now = document.createElement('button');
      now.type = 'button';
      now.textContent = '至今';
      now.addEventListener('click', () => {
        input.value = '至今';
        close();
      });
      popup.append(now);
    }
  };
  input.parentElement!.addEventListener(opts.openOn ?? 'click', () => {
    if (popup) return;
    setTimeout(() => {
      popup = document.createElement('div');
      popup.className = 'pp-3Xa';
      popup.style.position = 'absolute';
      document.body.append(popup);
      mountedAt = Date.now();
      draw(opts.start);
    }, 30);
  });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  return { clicks, isOpen: () => !!popup };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('year→month panels', () => {
  it('a readonly picker: the year from a decade grid paged back, then the month', async () => {
    const input = mount<HTMLInputElement>(
      '<div class="phoenix-select"><input readonly placeholder="请选择"></div>',
    );
    const panel = mountYearMonthPanel(input, {
      start: 'year',
      monthText: (m) => `${m}月`,
      show: (y, m) => `${y}-${String(m).padStart(2, '0')}`,
    });
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '1997-05')).toEqual({ ok: true, shown: '1997-05' });
    expect(panel.clicks).toEqual(['1997', '1997/5']);
    expect(panel.isOpen()).toBe(false);
  });

  it('a page turn the panel let pass while it settled is pressed again', async () => {
    const input = mount<HTMLInputElement>('<div class="x-2Lm"><input readonly placeholder="请选择"></div>');
    const panel = mountYearMonthPanel(input, {
      start: 'year',
      monthText: (m) => `${m}月`,
      show: (y, m) => `${y}.${String(m).padStart(2, '0')}`,
      settlesAfter: 150,
    });
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '2015-09')).toEqual({ ok: true, shown: '2015.09' });
    expect(panel.clicks).toEqual(['2015', '2015/9']);
  });

  it('a panel opening on this year’s months goes through its year title', async () => {
    const input = mount<HTMLInputElement>('<div class="x-8Ty"><input readonly placeholder="请选择"></div>');
    const panel = mountYearMonthPanel(input, {
      start: 'month',
      monthText: (m) => String(m).padStart(2, '0'),
      show: (y, m) => `${y}年${String(m).padStart(2, '0')}月`,
      openOn: 'mousedown',
    });
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '2019-08')).toEqual({ ok: true, shown: '2019年08月' });
    expect(panel.clicks).toEqual(['2019', '2019/8']);
  });

  it('a select-looking widget that opens a panel is written through it', async () => {
    const input = mount<HTMLInputElement>('<div class="phoenix-select"><input readonly></div>');
    mountYearMonthPanel(input, {
      start: 'year',
      monthText: (m) => `${m}月`,
      show: (y, m) => `${y}.${String(m).padStart(2, '0')}`,
    });
    const field = makeField(input, 'combobox');
    expect(await driverFor(field).write(field, '2021-03')).toEqual({ ok: true, shown: '2021.03' });
  });

  it('至今 comes from the panel’s button', async () => {
    const input = mount<HTMLInputElement>('<div class="phoenix-select"><input readonly></div>');
    mountYearMonthPanel(input, {
      start: 'year',
      monthText: (m) => `${m}月`,
      show: (y, m) => `${y}-${m}`,
      present: true,
    });
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '至今')).toEqual({ ok: true, shown: '至今' });
  });

  it('a panel without 至今 is closed and the field left empty', async () => {
    const input = mount<HTMLInputElement>('<div class="phoenix-select"><input readonly></div>');
    const panel = mountYearMonthPanel(input, {
      start: 'year',
      monthText: (m) => `${m}月`,
      show: (y, m) => `${y}-${m}`,
    });
    const field = makeField(input, 'date-picker');
    const r = await driverFor(field).write(field, '至今');
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('current entry (至今): the picker offers no 至今');
    expect(input.value).toBe('');
    expect(panel.isOpen()).toBe(false);
  });

  it('a year the panel cannot reach: no month is clicked, the panel is closed, the field stays empty', async () => {
    const input = mount<HTMLInputElement>('<div class="phoenix-select"><input readonly></div>');
    const panel = mountYearMonthPanel(input, {
      start: 'year',
      monthText: (m) => `${m}月`,
      show: (y, m) => `${y}-${m}`,
      minYear: 2010,
    });
    const field = makeField(input, 'date-picker');
    const r = await driverFor(field).write(field, '1997-05');
    expect(r.ok).toBe(false);
    expect(panel.clicks).toEqual([]);
    expect(input.value).toBe('');
    expect(panel.isOpen()).toBe(false);
  });

  it('an always-mounted panel shown by style is found, and months named 一月…十二月 are read', async () => {
    const input = mount<HTMLInputElement>(
      `<div class="w-1"><input readonly></div><div class="pop-5" style="display:none"><p>2026 年</p><table><tr>${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((m, i) => `<td data-m="${i + 1}">${m}月</td>`).join('')}</tr></table></div>`,
    );
    const pop = document.querySelector<HTMLElement>('.pop-5')!;
    input.parentElement!.addEventListener('click', () => setTimeout(() => (pop.style.display = ''), 20));
    pop.addEventListener('click', (e) => {
      const td = (e.target as Element).closest<HTMLElement>('td');
      if (!td) return;
      input.value = `2026-${td.dataset.m!.padStart(2, '0')}`;
      pop.style.display = 'none';
    });
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '2026-11')).toEqual({ ok: true, shown: '2026-11' });
  });

  it('reads a day grid as no month grid, and a month grid’s year from its header', () => {
    document.body.innerHTML = `<div id="days"><div>2021年3月</div>${Array.from({ length: 31 }, (_, i) => `<span>${i + 1}</span>`).join('')}</div>
      <div id="months"><div><button>‹</button><b>2021</b></div><ul>${Array.from({ length: 12 }, (_, i) => `<li>${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][i]}</li>`).join('')}</ul></div>`;
    expect(readPanel(document.getElementById('days')!).months).toEqual([]);
    const view = readPanel(document.getElementById('months')!);
    expect(view.months.map((g) => [g.year, g.cells.size])).toEqual([[2021, 12]]);
    expect(view.title?.textContent).toBe('2021');
    expect(view.years.size).toBe(0);
  });
});

/**
 * A year column beside a month column, both shown at once: years written without separators (their
 * text runs together), months `01`…`12` disabled until a year is chosen. `confirm`: the pick is kept
 * only on 确定; `days`: a day column stands beside them (a whole date).
 */
function mountColumnsPanel(input: HTMLInputElement, opts: { confirm?: boolean; days?: boolean } = {}) {
  const clicks: string[] = [];
  let popup: HTMLElement | null = null;
  let year: number | null = null;
  let pending = '';
  const close = () => {
    popup?.remove();
    popup = null;
  };
  const draw = () => {
    if (!popup) return;
    const years = Array.from({ length: 41 }, (_, i) => 2030 - i)
      .map((y) => `<li class="opt${y === year ? ' opt--active' : ''}" data-y="${y}">${y}</li>`)
      .join('');
    const months = Array.from({ length: 12 }, (_, i) => i + 1)
      .map(
        (m) =>
          `<li class="opt${year ? '' : ' opt--disabled'}" data-m="${m}">${String(m).padStart(2, '0')}</li>`,
      )
      .join('');
    const days = opts.days
      ? `<ul class="col">${Array.from({ length: 31 }, (_, i) => `<li class="opt">${i + 1}</li>`).join('')}</ul>`
      : '';
    popup.innerHTML = `<div class="heads"><span>年</span><span>月</span></div><div class="cols"><ul class="col">${years}</ul><ul class="col">${months}</ul>${days}</div>${opts.confirm ? '<button type="button">确定</button>' : ''}`;
  };
  input.parentElement!.addEventListener('click', () => {
    if (popup) return;
    setTimeout(() => {
      popup = document.createElement('div');
      popup.className = 'pk-2Wd';
      popup.style.position = 'absolute';
      popup.addEventListener('click', (e) => {
        const t = e.target as HTMLElement;
        if (t.dataset.y) {
          clicks.push(t.dataset.y);
          year = Number(t.dataset.y);
          draw();
        } else if (t.dataset.m && year && !t.classList.contains('opt--disabled')) {
          clicks.push(`${year}/${t.dataset.m}`);
          pending = `${year}.${t.dataset.m.padStart(2, '0')}`;
          if (!opts.confirm) {
            input.value = pending;
            close();
          }
        } else if (t.tagName === 'BUTTON' && pending) {
          input.value = pending;
          close();
        }
      });
      document.body.append(popup);
      draw();
    }, 30);
  });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  return { clicks, isOpen: () => !!popup };
}

describe('year and month columns', () => {
  it('the year is chosen in its column, then the month the column enables', async () => {
    const input = mount<HTMLInputElement>(
      '<div class="sel-1"><input readonly placeholder="请选择年月"></div>',
    );
    const panel = mountColumnsPanel(input);
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '2015-09')).toEqual({ ok: true, shown: '2015.09' });
    expect(panel.clicks).toEqual(['2015', '2015/9']);
  });

  it('a panel that keeps its pick until 确定 gets 确定 pressed', async () => {
    const input = mount<HTMLInputElement>('<div class="sel-1"><input readonly></div>');
    const panel = mountColumnsPanel(input, { confirm: true });
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '1997-05')).toEqual({ ok: true, shown: '1997.05' });
    expect(panel.isOpen()).toBe(false);
  });

  it('a day column beside them asks for a day: nothing is picked, the field stays empty', async () => {
    const input = mount<HTMLInputElement>('<div class="sel-1"><input readonly></div>');
    const panel = mountColumnsPanel(input, { days: true });
    const field = makeField(input, 'date-picker');
    const r = await driverFor(field).write(field, '1997-05');
    expect(r.ok).toBe(false);
    expect(panel.clicks).toEqual([]);
    expect(input.value).toBe('');
    expect(panel.isOpen()).toBe(false);
  });
});

describe('a year grid whose early years are disabled (an end picker after its start)', () => {
  it('is still a year grid, offering only the years left', () => {
    const cells = Array.from({ length: 12 }, (_, i) => 2009 + i)
      .map((y) => `<div class="cell${y < 2019 ? ' cell-disabled' : ''}"><div class="inner">${y}</div></div>`)
      .join('');
    document.body.innerHTML = `<div id="p" class="picker-dropdown"><div class="header">2010 - 2019</div><div class="body">${cells}</div></div>`;
    const view = readPanel(document.getElementById('p')!);
    expect([...view.years.keys()]).toEqual([2019, 2020]);
  });
});

/**
 * One box for a whole period: its portal holds a 开始时间 side and a 结束时间 side, each a month grid
 * paging its own year with « »; 至今 in the end side's footer. The pair is kept once both ends are in.
 */
function mountTwoSidedRange(input: HTMLInputElement) {
  const clicks: string[] = [];
  let popup: HTMLElement | null = null;
  const years = [2025, 2026];
  const picked: (string | null)[] = [null, null];
  const dot = (y: number, m: number) => `${y}.${String(m).padStart(2, '0')}`;
  const choose = (i: number, v: string) => {
    picked[i] = v;
    if (picked[0] && picked[1]) {
      input.value = `${picked[0]} - ${picked[1]}`;
      popup?.remove();
      popup = null;
    } else draw();
  };
  const draw = () => {
    if (!popup) return;
    popup.innerHTML = '';
    years.forEach((year, i) => {
      const side = document.createElement('div');
      side.className = `side-${i}`;
      side.innerHTML = `<div class="cap">${i ? '结束时间' : '开始时间'}</div><div class="hd"><span role="button" class="p">«</span><span class="t">${year}年</span><span role="button" class="n">»</span></div>`;
      const [prev, next] = side.querySelectorAll('[role=button]');
      prev!.addEventListener('click', () => ((years[i] = year - 1), draw()));
      next!.addEventListener('click', () => ((years[i] = year + 1), draw()));
      const grid = document.createElement('div');
      for (let m = 1; m <= 12; m++) {
        const cell = document.createElement('span');
        cell.textContent = `${m}月`;
        cell.addEventListener('click', () => (clicks.push(`${i}:${year}/${m}`), choose(i, dot(year, m))));
        grid.append(cell);
      }
      side.append(grid);
      if (i === 1) {
        const now = document.createElement('span');
        now.setAttribute('role', 'button');
        now.textContent = '至今';
        now.addEventListener('click', () => (clicks.push('1:至今'), choose(1, '至今')));
        side.append(now);
      }
      popup!.append(side);
    });
  };
  input.addEventListener('click', () => {
    if (popup) return;
    popup = document.createElement('div');
    popup.className = 'layer-9Qx';
    popup.style.position = 'absolute';
    document.body.append(popup);
    draw();
  });
  return { clicks };
}

describe('a period in one box, its start and end sides each paging their own year', () => {
  it('the start is picked on the start side and the end on the end side', async () => {
    const input = mount<HTMLInputElement>(
      '<div class="rp-1"><input readonly placeholder="开始时间 - 结束时间"></div>',
    );
    const panel = mountTwoSidedRange(input);
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '2019.08 - 2019.12')).toEqual({
      ok: true,
      shown: '2019.08 - 2019.12',
    });
    expect(panel.clicks).toEqual(['0:2019/8', '1:2019/12']);
  });

  it('an ongoing period takes the end side’s 至今', async () => {
    const input = mount<HTMLInputElement>('<div class="rp-1"><input readonly></div>');
    const panel = mountTwoSidedRange(input);
    const field = makeField(input, 'date-picker');
    expect(await driverFor(field).write(field, '2021.03 - 至今')).toEqual({
      ok: true,
      shown: '2021.03 - 至今',
    });
    expect(panel.clicks).toEqual(['0:2021/3', '1:至今']);
  });
});
