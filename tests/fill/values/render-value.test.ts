import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldDescription, WidgetKind } from '~/lib/fill/types';
import type { Fact } from '~/lib/fill/values/facts';
import { detectDateTemplate, detectRangeSeparator, formatDate } from '~/lib/fill/values/date-format';
import { matchKindFor, renderValue, type Rendered } from '~/lib/fill/values/render-value';
import { cls, makeField, mount } from './make-field';

const sep2024: Fact = { type: 'date', value: { year: 2024, month: 9 } };
const phone: Fact = {
  type: 'phone',
  value: { raw: '', national: '13800001111', countryCode: '86', e164: '+8613800001111', mobile: true },
};

function field(html: string, widget: WidgetKind = 'text', lang: 'zh' | 'en' = 'zh'): FieldDescription {
  return makeField(mount(html), widget, { lang });
}

const value = (r: Rendered) => (r.ok ? r.value : `skip: ${r.reason}`);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('date templates', () => {
  it.each([
    ['YYYY-MM', 'YYYY-MM'],
    ['yyyy.mm', 'YYYY.MM'],
    ['格式：YYYY/MM', 'YYYY/MM'],
    ['YYYY年MM月', 'YYYY年MM月'],
    ['MM/YYYY', 'MM/YYYY'],
    ['yyyy-mm-dd', 'YYYY-MM-DD'],
    ['mm/dd/yyyy', 'MM/DD/YYYY'],
    ['DD/MM/YYYY', 'DD/MM/YYYY'],
    ['dd.mm.yyyy', 'DD.MM.YYYY'],
    ['如 2021.03', 'YYYY.MM'],
    ['例：2024年9月', 'YYYY年M月'],
    ['09/2024', 'MM/YYYY'],
    ['2024-09-01', 'YYYY-MM-DD'],
  ])('%s → %s', (hint, template) => {
    expect(detectDateTemplate(hint)).toBe(template);
  });

  it('no date shape in ordinary placeholders', () => {
    expect(detectDateTemplate('请选择日期', '开始时间', undefined)).toBeUndefined();
  });

  it('never invents a day or a month', () => {
    expect(formatDate({ year: 2024, month: 9 }, 'YYYY-MM-DD')).toBeUndefined();
    expect(formatDate({ year: 2024 }, 'YYYY-MM')).toBeUndefined();
    expect(formatDate({ year: 2024, month: 9, day: 3 }, 'YYYY/MM/DD')).toBe('2024/09/03');
    expect(formatDate({ year: 2024, month: 9 }, 'YYYY年M月')).toBe('2024年9月');
  });

  it('range separators from placeholders', () => {
    expect(detectRangeSeparator('2020.09 - 2024.06')).toBe(' - ');
    expect(detectRangeSeparator('YYYY.MM~YYYY.MM')).toBe('~');
    expect(detectRangeSeparator('开始时间 至 结束时间')).toBe(' 至 ');
    expect(detectRangeSeparator('请输入')).toBeUndefined();
  });
});

describe('renderValue: dates', () => {
  it.each([
    ['<input placeholder="YYYY.MM">', '2024.09'],
    ['<input placeholder="例如 2024年09月">', '2024年09月'],
    ['<input placeholder="MM/YYYY">', '09/2024'],
    ['<input placeholder="请输入">', '2024-09'],
    ['<input placeholder="YYYY-MM-DD">', 'skip: the box needs a day; the résumé gives only year and month'],
  ])('text %s → %s', (html, expected) => {
    expect(value(renderValue(sep2024, field(html), cls('education.start'), { lang: 'zh' }))).toBe(expected);
  });

  it('native month and date inputs', () => {
    expect(
      value(
        renderValue(sep2024, field('<input type="month">', 'native-date'), cls('education.start'), {
          lang: 'zh',
        }),
      ),
    ).toBe('2024-09');
    expect(
      renderValue(sep2024, field('<input type="date">', 'native-date'), cls('education.start'), {
        lang: 'zh',
      }).ok,
    ).toBe(false);
    const birth: Fact = { type: 'date', value: { year: 1999, month: 3, day: 7 } };
    expect(
      value(renderValue(birth, field('<input type="date">', 'native-date'), cls('birth'), { lang: 'zh' })),
    ).toBe('1999-03-07');
  });

  it('split parts: year, zero-padded month for boxes, plain month for option lists', () => {
    expect(renderValue(sep2024, field('<input>'), cls('education.start', 'year'), { lang: 'zh' })).toEqual({
      ok: true,
      value: '2024',
      match: 'year',
    });
    expect(
      value(
        renderValue(sep2024, field('<input placeholder="MM">'), cls('education.start', 'month'), {
          lang: 'zh',
        }),
      ),
    ).toBe('09');
    expect(
      value(
        renderValue(sep2024, field('<input placeholder="M">'), cls('education.start', 'month'), {
          lang: 'zh',
        }),
      ),
    ).toBe('9');
    expect(
      renderValue(sep2024, field('<select></select>', 'select'), cls('education.start', 'month'), {
        lang: 'zh',
      }),
    ).toEqual({
      ok: true,
      value: '9',
      match: 'month',
    });
    expect(value(renderValue(sep2024, field('<input>'), cls('birth.month'), { lang: 'zh' }))).toBe('09');
    expect(renderValue(sep2024, field('<input>'), cls('education.start', 'day'), { lang: 'zh' }).ok).toBe(
      false,
    );
  });

  it('an ongoing end date: 至今 for option lists and free Chinese boxes, skipped for date boxes', () => {
    const current: Fact = { type: 'date', current: true };
    expect(
      value(
        renderValue(current, field('<input placeholder="YYYY-MM">'), cls('experience.end'), { lang: 'zh' }),
      ),
    ).toMatch(/^skip/);
    expect(
      value(
        renderValue(current, field('<input type="month">', 'native-date'), cls('experience.end'), {
          lang: 'zh',
        }),
      ),
    ).toMatch(/^skip/);
    // A Chinese form's free end box takes the word as people write it there; an English one does not.
    expect(value(renderValue(current, field('<input>'), cls('experience.end'), { lang: 'zh' }))).toBe('至今');
    expect(value(renderValue(current, field('<input>'), cls('experience.end'), { lang: 'en' }))).toMatch(
      /^skip/,
    );
    // My97's box takes it only when its handler lets any text stand.
    expect(
      value(
        renderValue(
          current,
          field(`<input class="Wdate" onclick="WdatePicker({dateFmt:'yyyy-MM'})">`),
          cls('experience.end'),
          {
            lang: 'zh',
          },
        ),
      ),
    ).toMatch(/^skip/);
    expect(
      value(
        renderValue(
          current,
          field(`<input class="Wdate" onclick="WdatePicker({dateFmt:'yyyy-MM',errDealMode:-1})">`),
          cls('experience.end'),
          { lang: 'zh' },
        ),
      ),
    ).toBe('至今');
    expect(
      value(
        renderValue(current, field('<select></select>', 'select'), cls('experience.end', 'year'), {
          lang: 'en',
        }),
      ),
    ).toBe('Present');
    expect(
      value(
        renderValue(current, field('<select></select>', 'select'), cls('experience.end', 'month'), {
          lang: 'zh',
        }),
      ),
    ).toMatch(/^skip/);
    expect(
      value(
        renderValue(current, field('<input placeholder="YYYY-MM 或 至今">'), cls('experience.end'), {
          lang: 'zh',
        }),
      ),
    ).toBe('至今');
  });

  it('an ongoing end in a year list: Present when the list offers it, left alone when it lists only years', () => {
    const current: Fact = { type: 'date', current: true };
    const years = (extra: string[]) =>
      makeField(mount('<select></select>'), 'select', {
        lang: 'en',
        options: [...['2019', '2020', '2021'], ...extra].map((label) => ({ label, value: label })),
      });
    expect(
      value(renderValue(current, years(['Present']), cls('experience.end', 'year'), { lang: 'en' })),
    ).toBe('Present');
    expect(value(renderValue(current, years([]), cls('experience.end', 'year'), { lang: 'en' }))).toBe(
      'skip: current entry: no end date (至今)',
    );
  });

  it('an ongoing end in a read-only month picker: 至今 from its panel, unless the entry has a 至今 box', () => {
    const current: Fact = { type: 'date', current: true };
    const picker = (html: string) => {
      const el = mount(html, 'input[readonly]');
      return makeField(el, 'date-picker', { block: el.closest('.entry') ?? undefined });
    };
    expect(
      value(
        renderValue(current, picker('<div class="entry"><input readonly></div>'), cls('projects.end'), {
          lang: 'zh',
        }),
      ),
    ).toBe('至今');
    expect(
      value(
        renderValue(
          current,
          picker(
            '<div class="entry"><input readonly><label><input type="checkbox"><span>至今</span></label></div>',
          ),
          cls('projects.end'),
          { lang: 'zh' },
        ),
      ),
    ).toMatch(/^skip: current entry: the 至今 box/);
    // The box of the row the picker sits in counts; another row's box, farther up, does not.
    const nested = picker(
      '<div class="entry"><div class="row"><span><input readonly></span><label><input type="checkbox">至今</label></div></div>',
    );
    expect(value(renderValue(current, nested, cls('projects.end'), { lang: 'zh' }))).toMatch(/^skip/);
    const other = picker(
      '<div><div class="entry"><div class="row"><span><input readonly></span><label><input type="checkbox">是否公开</label></div></div><label><input type="checkbox">至今</label></div>',
    );
    expect(value(renderValue(current, other, cls('projects.end'), { lang: 'zh' }))).toBe('至今');
  });

  it('ranges follow the placeholder style, with 至今 / Present', () => {
    const range: Fact = {
      type: 'range',
      value: { raw: '', start: { year: 2024, month: 9 }, end: { year: 2025, month: 10 }, current: false },
    };
    const ongoing: Fact = {
      type: 'range',
      value: { raw: '', start: { year: 2021, month: 7 }, current: true },
    };
    expect(value(renderValue(range, field('<input>'), cls('education.range'), { lang: 'zh' }))).toBe(
      '2024.09 - 2025.10',
    );
    expect(
      value(
        renderValue(range, field('<input placeholder="YYYY-MM ~ YYYY-MM">'), cls('education.range'), {
          lang: 'zh',
        }),
      ),
    ).toBe('2024-09 ~ 2025-10');
    expect(value(renderValue(ongoing, field('<input>'), cls('experience.range'), { lang: 'zh' }))).toBe(
      '2021.07 - 至今',
    );
    expect(
      value(renderValue(ongoing, field('<input>', 'text', 'en'), cls('experience.range'), { lang: 'en' })),
    ).toBe('2021.07 - Present');
  });
});

describe('renderValue: phone, degree, text', () => {
  it('phone: national on zh pages, e164 on en pages, national beside a country code', () => {
    expect(value(renderValue(phone, field('<input type="tel">'), cls('phone'), { lang: 'zh' }))).toBe(
      '13800001111',
    );
    expect(value(renderValue(phone, field('<input type="tel">'), cls('phone'), { lang: 'en' }))).toBe(
      '+8613800001111',
    );
    expect(
      value(
        renderValue(phone, field('<input type="tel">'), cls('phone'), {
          lang: 'en',
          hasCountryCodeField: true,
        }),
      ),
    ).toBe('13800001111');
    // A box holding the dial code itself takes the number whole, even beside a picker or on a zh page.
    const holds = field('<input type="tel" value="+1">');
    expect(value(renderValue(phone, holds, cls('phone'), { lang: 'zh', hasCountryCodeField: true }))).toBe(
      '+8613800001111',
    );
    const addon = field('<div class="group"><span class="addon">+86</span><input type="tel"></div>');
    expect(value(renderValue(phone, addon, cls('phone'), { lang: 'en' }))).toBe('13800001111');
    expect(value(renderValue(phone, field('<input maxlength="11">'), cls('phone'), { lang: 'en' }))).toBe(
      '13800001111',
    );
    expect(
      value(
        renderValue(
          { type: 'text', value: '+86' },
          field('<select></select>', 'select'),
          cls('phone.countryCode'),
          { lang: 'en' },
        ),
      ),
    ).toBe('+86');
  });

  it('degree words follow the page language', () => {
    const master: Fact = { type: 'degree', value: 'master' };
    expect(
      renderValue(master, field('<select></select>', 'select'), cls('education.degree'), { lang: 'zh' }),
    ).toEqual({ ok: true, value: '硕士', match: 'degree' });
    expect(
      value(
        renderValue(master, field('<select></select>', 'select'), cls('education.degree'), { lang: 'en' }),
      ),
    ).toBe("Master's");
    expect(
      value(
        renderValue({ type: 'degree', value: 'associate' }, field('<input>'), cls('highestDegree'), {
          lang: 'zh',
        }),
      ),
    ).toBe('大专');
    expect(
      value(
        renderValue({ type: 'degree', value: 'doctorate' }, field('<input>'), cls('highestDegree'), {
          lang: 'en',
        }),
      ),
    ).toBe('Doctorate');
  });

  it('lines: newlines in a textarea, joined with ；in a single-line box', () => {
    const skills: Fact = { type: 'lines', value: ['熟悉 Go；', '了解 Rust；'] };
    expect(
      value(renderValue(skills, field('<textarea></textarea>', 'textarea'), cls('skills'), { lang: 'zh' })),
    ).toBe('熟悉 Go；\n了解 Rust；');
    expect(value(renderValue(skills, field('<input>'), cls('skills'), { lang: 'zh' }))).toBe(
      '熟悉 Go；了解 Rust',
    );
  });

  it('maxlength: whole lines that fit, noted; a single text too long is skipped, never cut', () => {
    const lines: Fact = { type: 'lines', value: ['summary.', 'first highlight', 'second highlight'] };
    const r = renderValue(
      lines,
      field('<textarea maxlength="30"></textarea>', 'textarea'),
      cls('projects.description'),
      { lang: 'en' },
    );
    expect(r).toEqual({
      ok: true,
      value: 'summary.\nfirst highlight',
      match: 'text',
      note: '1 of 3 lines left out to fit 30 characters',
    });
    const long: Fact = { type: 'text', value: 'x'.repeat(40) };
    expect(
      value(renderValue(long, field('<input maxlength="20">'), cls('experience.company'), { lang: 'en' })),
    ).toBe('skip: too long for this box (40 > 20 characters)');
  });

  it('number boxes take the number only', () => {
    expect(
      value(
        renderValue(
          { type: 'text', value: '3.8/4.0' },
          field('<input type="number">'),
          cls('education.gpa'),
          { lang: 'zh' },
        ),
      ),
    ).toBe('3.8');
    expect(
      value(
        renderValue({ type: 'text', value: 'abc' }, field('<input type="number">'), cls('education.gpa'), {
          lang: 'zh',
        }),
      ),
    ).toMatch(/^skip/);
  });

  it('a month box with no shape of its own takes the one the page’s instructions state', () => {
    document.body.innerHTML = `<p>填表说明：出生年月、参加工作时间按“1990.01”格式填写。</p><input id="d">`;
    const box = makeField(document.querySelector<HTMLElement>('#d')!, 'text', { lang: 'zh' });
    const date = { type: 'date', value: { year: 2021, month: 3 } } as const;
    expect(value(renderValue(date, box, cls('workStart'), { lang: 'zh' }))).toBe('2021.03');
  });

  it('a grade goes with its scale where the box asks for both', () => {
    const gpa = { type: 'text', value: '3.7', scale: '4.0' } as const;
    const render = (html: string) =>
      value(renderValue(gpa, field(html), cls('education.gpa'), { lang: 'zh' }));
    expect(render('<input placeholder="格式：绩点/满分，如 3.6/4.0">')).toBe('3.7/4.0');
    expect(render('<input placeholder="如 3.6">')).toBe('3.7');
    expect(render('<input placeholder="如：3.5/4.0">')).toBe('3.7');
    expect(render('<input>')).toBe('3.7');
  });

  it('checkboxes take booleans only; files are never filled', () => {
    expect(
      renderValue(
        { type: 'boolean', value: true },
        field('<input type="checkbox">', 'checkbox'),
        cls('experience.current'),
        { lang: 'zh' },
      ),
    ).toEqual({
      ok: true,
      value: 'true',
      match: 'boolean',
    });
    expect(
      renderValue({ type: 'text', value: 'x' }, field('<input type="checkbox">', 'checkbox'), cls('email'), {
        lang: 'zh',
      }).ok,
    ).toBe(false);
    expect(
      renderValue({ type: 'text', value: 'x' }, field('<input type="file">', 'file'), cls('email'), {
        lang: 'zh',
      }).ok,
    ).toBe(false);
  });

  it('match kinds by key and part', () => {
    expect(matchKindFor('education.degree')).toBe('degree');
    expect(matchKindFor('highestDegree')).toBe('degree');
    expect(matchKindFor('education.start', 'month')).toBe('month');
    expect(matchKindFor('birth.year')).toBe('year');
    expect(matchKindFor('phone.countryCode')).toBe('country-code');
    expect(matchKindFor('experience.current')).toBe('boolean');
    expect(matchKindFor('education.school')).toBe('text');
  });
});

describe('a date split into day, month and year', () => {
  const birth: Fact = { type: 'date', value: { year: 1997, month: 5 } };
  const part = (p: 'day' | 'month' | 'year', partsOf: Array<'day' | 'month' | 'year'>) =>
    value(
      renderValue(
        birth,
        field('<select></select>', 'select', 'en'),
        { ...cls('birth'), part: p, partsOf },
        { lang: 'en' },
      ),
    );

  it('leaves every part alone when the résumé has no day', () => {
    for (const p of ['day', 'month', 'year'] as const)
      expect(part(p, ['day', 'month', 'year'])).toMatch(/^skip: /);
  });

  it('fills a month and year pair', () => {
    expect(part('month', ['month', 'year'])).toBe('5');
    expect(part('year', ['month', 'year'])).toBe('1997');
  });

  const graduated = (p: 'day' | 'month' | 'year', dayOpen: boolean) =>
    value(
      renderValue(
        birth,
        field('<select></select>', 'select', 'en'),
        { ...cls('education.end'), part: p, partsOf: ['month', 'day', 'year'], dayOpen },
        { lang: 'en' },
      ),
    );

  it('an entry’s date whose day box shows nothing takes month and year, the day left to the user', () => {
    expect(graduated('month', true)).toBe('5');
    expect(graduated('year', true)).toBe('1997');
    expect(graduated('day', true)).toMatch(/^skip: /);
  });

  it('a day box that shows a day already would make a date that is not the user’s: all left alone', () => {
    for (const p of ['day', 'month', 'year'] as const) expect(graduated(p, false)).toMatch(/^skip: /);
  });

  it('a birth date is never given in half, even with its day box empty', () => {
    const v = renderValue(
      birth,
      field('<select></select>', 'select', 'en'),
      { ...cls('birth'), part: 'month', partsOf: ['day', 'month', 'year'], dayOpen: true },
      { lang: 'en' },
    );
    expect(value(v)).toMatch(/^skip: /);
  });
});

describe('a phone box after a country picker in its row', () => {
  const en = (html: string, selector = 'input.number') => {
    document.body.innerHTML = html;
    const el = document.querySelector<HTMLElement>(selector)!;
    return value(renderValue(phone, makeField(el, 'text', { lang: 'en' }), cls('phone'), { lang: 'en' }));
  };

  it('takes the national number beside the person’s own code: a box holding +86, a read-only 86, an intl-tel-input flag', () => {
    expect(en('<span><span><input value="+86"></span><span><input class="number"></span></span>')).toBe(
      '13800001111',
    );
    expect(
      en(
        '<div><div><p>+</p><input type="tel" readonly value="86"></div><div><input class="number" type="tel"></div></div>',
      ),
    ).toBe('13800001111');
    expect(
      en(
        '<div class="row"><div class="iti"><button aria-label="Selected country"><div>+86</div></button></div><div><div><input class="number"></div></div></div>',
      ),
    ).toBe('13800001111');
  });

  it('takes the national number beside another code too (a shop’s fixed +1, a picker set before it)', () => {
    expect(en('<span><span><input value="+1"></span><span><input class="number"></span></span>')).toBe(
      '13800001111',
    );
    expect(
      en(
        '<div class="row"><div class="iti"><button aria-label="Selected country"><div>+62</div></button></div><div><div><input class="number"></div></div></div>',
      ),
    ).toBe('13800001111');
  });

  it('a house number before the phone is no dial code', () => {
    expect(en('<div><input value="12"><input class="number"></div>')).toBe('+8613800001111');
  });
});

describe('a phone box that takes digits only', () => {
  it('gets the national number', () => {
    const numeric = field('<input inputmode="numeric">', 'text', 'en');
    expect(value(renderValue(phone, numeric, cls('phone'), { lang: 'en' }))).toBe('13800001111');
  });
});

describe('a phone box whose pattern takes one writing only', () => {
  it('gets the writing that fits', () => {
    const plus = field('<input pattern="\\+\\d+">', 'text', 'zh');
    expect(value(renderValue(phone, plus, cls('phone'), { lang: 'zh' }))).toBe('+8613800001111');
    const digits = field('<input pattern="\\d{11}">', 'text', 'en');
    expect(value(renderValue(phone, digits, cls('phone'), { lang: 'en' }))).toBe('13800001111');
  });
});

describe('a yes / no on holding a degree level', () => {
  const master: Fact = { type: 'degree', value: 'master' };
  const ask = (label: string) =>
    value(
      renderValue(
        master,
        makeField(mount('<input type="radio">'), 'radio-group', { label, lang: 'en' }),
        cls('degreeHeld'),
        { lang: 'en' },
      ),
    );

  it('yes when the résumé holds that level or above; a higher one, or none named, is left alone', () => {
    expect(ask('Have you completed the following level of education: Master’s Degree?')).toBe('true');
    expect(ask("Do you have a Bachelor's degree?")).toBe('true');
    expect(ask('Have you completed the following level of education: Doctorate?')).toMatch(/^skip:/);
    expect(ask("Do you have a bachelor's or a master's degree?")).toMatch(/^skip:/);
    expect(ask('Do you have a degree?')).toMatch(/^skip:/);
  });
});

describe('a box of a skills checklist', () => {
  const skills: Fact = {
    type: 'lines',
    value: ['熟悉Java、Go语言及并发编程；C++ 基础', 'MySQL, Redis and Kafka; good at communication'],
  };
  const tick = (label: string) =>
    value(
      renderValue(
        skills,
        makeField(mount('<input type="checkbox">'), 'checkbox', { label }),
        cls('skillNamed'),
        {
          lang: 'en',
        },
      ),
    );

  it('ticks an option the skills name as a word of their own, among Chinese too', () => {
    expect(tick('Java')).toBe('true');
    expect(tick('Go')).toBe('true');
    expect(tick('C++')).toBe('true');
    expect(tick('redis')).toBe('true');
    expect(tick('TypeScript / JavaScript')).toMatch(/^skip: /);
  });

  it('never a name inside another word or a short word written otherwise', () => {
    document.body.innerHTML = '';
    const plain: Fact = { type: 'lines', value: ['JavaScript and C++; I go to meetups'] };
    const one = (label: string) =>
      value(
        renderValue(
          plain,
          makeField(mount('<input type="checkbox">'), 'checkbox', { label }),
          cls('skillNamed'),
          {
            lang: 'en',
          },
        ),
      );
    expect(one('Java')).toMatch(/^skip: /);
    expect(one('C')).toMatch(/^skip: /);
    expect(one('Go')).toMatch(/^skip: /);
    expect(one('JavaScript')).toBe('true');
  });
});
