// The 腾讯招聘 adapter: its selectors tell controls apart only by the `.subtitle` question line and the
// `.send_title` of their `.send_box` (the site gives them nothing else), and its combobox driver never
// writes a 省/市/区 cascader.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Driver, FieldDescription } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { answersQuestion, pinFields } from '~/lib/fill/adapt/pin-fields';
import { isCascader, sparingCascaders, tencent } from '~/lib/adapters/tencent';

// Element Plus' markup around one control, under the site's own question line.
const input = (id: string, placeholder = '请输入') =>
  `<div class="el-input"><div class="el-input__wrapper"><input id="${id}" class="el-input__inner" placeholder="${placeholder}"></div></div>`;
const row = (question: string, control: string) =>
  `<div class="el-col"><div class="subtitle"><i class="must">*</i>${question}</div>` +
  `<div class="el-form-item"><div class="el-form-item__content">${control}</div></div></div>`;
const box = (title: string, ...rows: string[]) =>
  `<div class="send_box"><div class="send_title">${title}</div><div class="el-row">${rows.join('')}</div></div>`;
const period = (from: string, to: string, now: string) =>
  `<div class="period">${input(from, '开始日期')}<span>至</span>${input(to, '结束日期')}` +
  `<label class="el-checkbox"><span class="el-checkbox__input"><input id="${now}" type="checkbox"></span>` +
  `<span class="el-checkbox__label">至今</span></label></div>`;

function mount(): ReturnType<typeof collectFields> {
  document.body.innerHTML =
    `<form class="send_form">` +
    box('基本信息', row('姓名', input('name')), row('手机号码', input('phone')), row('邮箱', input('mail'))) +
    box(
      '教育经历',
      row('学校名称', input('school')),
      row('院系', input('faculty')),
      row('专业', input('major')),
      row('GPA', input('gpa')),
    ) +
    box(
      '实习/工作经历',
      row('公司', input('company')),
      row('职位', input('title')),
      row('起止时间', period('w-from', 'w-to', 'w-now')),
    ) +
    box('项目经历', row('项目名称', input('project')), row('起止时间', period('p-from', 'p-to', 'p-now'))) +
    box('获奖经历', row('奖项名称', input('award'))) +
    `</form>`;
  return collectFields(document, { lang: 'zh' });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('tencent: fields pinned by section, question line and control', () => {
  it('gives each control the key its section and question name, and only those', () => {
    const fields = mount();
    const pin = pinFields(document, fields, tencent);
    const keyOf = (id: string) => pin.classes.get(fields.find((f) => f.el.id === id)!.id)?.key;
    expect(
      ['name', 'phone', 'mail', 'school', 'major', 'gpa', 'company', 'title', 'project'].map(keyOf),
    ).toEqual([
      'name.full',
      'phone',
      'email',
      'education.school',
      'education.major',
      'education.gpa',
      'experience.company',
      'experience.title',
      'projects.name',
    ]);
    // The same 起止时间 line means the job's dates in one section and the project's in the other.
    expect(['w-from', 'w-to', 'w-now', 'p-from', 'p-to', 'p-now'].map(keyOf)).toEqual([
      'experience.start',
      'experience.end',
      'experience.current',
      'projects.start',
      'projects.end',
      'projects.current',
    ]);
    // Questions no selector names stay with the rule tables.
    expect(keyOf('faculty')).toBeUndefined();
    expect(keyOf('award')).toBeUndefined();
    expect(pin.placedBy.get(fields.find((f) => f.el.id === 'school')!.id)).toMatchObject({
      by: 'adapter',
      variant: tencent.generations['send-box'].name,
      // The report names the words a selector needs, not only its CSS.
      selector: '.send_box input.el-input__inner (section /教育/, question /^(学校名称|学校)$/)',
    });
  });

  it('names the selectors that found nothing: here the 学历 select the page lacks, no optional field', () => {
    const fields = mount();
    const misses = pinFields(document, fields, tencent).misses.map((m) => m.what);
    expect(misses).toEqual(['education.degree', 'education.start', 'education.end']);
  });

  it('a control outside any .send_box section, or under another question, answers nothing', () => {
    mount();
    const school = tencent.fields.find((f) => f.key === 'education.school')!.selectors[0]!;
    expect(answersQuestion(document.getElementById('school')!, school, tencent.questions)).toBe(true);
    expect(answersQuestion(document.getElementById('major')!, school, tencent.questions)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', row('学校名称', input('stray')));
    expect(answersQuestion(document.getElementById('stray')!, school, tencent.questions)).toBe(false);
    // Without the adapter's questions, a selector with words can match nothing.
    expect(answersQuestion(document.getElementById('school')!, school, undefined)).toBe(false);
  });

  it('is not this page without a .subtitle inside a .send_box: every selector reports the redesign', () => {
    document.body.innerHTML = `<form>${row('姓名', input('name'))}</form>`;
    const pin = pinFields(document, collectFields(document, { lang: 'zh' }), tencent);
    expect(pin.classes.size).toBe(0);
    expect(pin.misses).toEqual([expect.objectContaining({ what: 'page generation' })]);
  });
});

describe('tencent: cascaders are never written', () => {
  const generic: Driver = {
    shows: 'option',
    read: () => '',
    write: vi.fn(async () => ({ ok: true, shown: '本科' })),
    save: () => '',
    restore: async () => true,
  };
  const at = (html: string): FieldDescription => {
    document.body.innerHTML = html;
    return { el: document.querySelector('input')! } as unknown as FieldDescription;
  };

  it('leaves an el-cascader alone without touching it', async () => {
    const f = at(`<div class="el-cascader"><div class="el-input"><input readonly></div></div>`);
    expect(isCascader(f)).toBe(true);
    const result = await sparingCascaders(generic).write(f, '深圳');
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('cascader') });
    expect(generic.write).not.toHaveBeenCalled();
  });

  it('hands an el-select to the generic driver', async () => {
    const f = at(`<div class="el-select"><input role="combobox" readonly></div>`);
    expect(isCascader(f)).toBe(false);
    expect(await sparingCascaders(generic).write(f, '本科')).toEqual({ ok: true, shown: '本科' });
    expect(generic.write).toHaveBeenCalledWith(f, '本科', undefined);
  });
});
