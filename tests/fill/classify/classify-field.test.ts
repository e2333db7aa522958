import { describe, expect, it } from 'vitest';
import { classifyField, classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { detectOptionSet } from '~/lib/fill/classify/option-sets';
import { makeField, makeFields } from './make-field';

const one = (label: string, spec: Parameters<typeof makeField>[1] = {}) => {
  const field = makeField(label, spec);
  return classifyField(field, [field]);
};

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const YEARS = Array.from({ length: 30 }, (_, i) => String(2026 - i));

describe('order of trust', () => {
  it('autocomplete wins over the label', () => {
    expect(one('联系方式', { autocomplete: 'email' })).toMatchObject({
      key: 'email',
      reason: 'autocomplete:email',
    });
    expect(one('Name', { autocomplete: 'given-name' })?.key).toBe('name.given');
    expect(one('', { autocomplete: 'section-apply tel-national' })?.key).toBe('phone.national');
    expect(one('', { autocomplete: 'bday-year' })).toMatchObject({ key: 'birth', part: 'year' });
  });

  it('autocomplete for a fact the résumé lacks leaves the field alone', () => {
    expect(one('City', { autocomplete: 'street-address' })).toBeNull();
    expect(one('Birthday', { autocomplete: 'bday-day' })).toBeNull();
    expect(one('Phone', { autocomplete: 'work tel' })).toBeNull();
  });

  it('meaningless autocomplete values (off, antd new-password) fall through to the label', () => {
    expect(one('学历', { autocomplete: 'new-password', widget: 'combobox' })?.key).toBe('highestDegree');
    expect(one('手机', { autocomplete: 'off' })?.key).toBe('phone');
  });

  it('organization inside a work section is that entry’s company', () => {
    expect(one('', { autocomplete: 'organization', section: 'Work Experience' })?.key).toBe(
      'experience.company',
    );
    expect(one('', { autocomplete: 'organization' })?.key).toBe('currentCompany');
  });

  it('type=email is an email even without words', () => {
    expect(one('', { type: 'email' })).toMatchObject({ key: 'email', reason: 'type:email' });
  });

  it('negatives beat autocomplete', () => {
    expect(one('Emergency contact', { autocomplete: 'tel' })).toBeNull();
  });

  it('name/id words and placeholder classify unlabeled fields with less confidence', () => {
    const byAttr = one('', { name: 'mobile' });
    const byPlaceholder = one('', { placeholder: '请输入手机号码' });
    const byLabel = one('手机号码');
    expect(byAttr?.key).toBe('phone');
    expect(byPlaceholder?.key).toBe('phone');
    expect(byPlaceholder!.confidence).toBeLessThan(byLabel!.confidence);
    expect(byPlaceholder!.confidence).toBeGreaterThanOrEqual(CONFIDENCE_BAR);
  });
});

describe('option lists', () => {
  it('recognises degrees, months, years, days and dial codes', () => {
    const opts = (labels: string[]) => labels.map((label) => ({ label, value: label }));
    expect(detectOptionSet(opts(['本科', '硕士', '博士', '其他']))).toBe('degree');
    expect(detectOptionSet(opts(["Bachelor's Degree", "Master's Degree", 'PhD']))).toBe('degree');
    expect(detectOptionSet(opts(MONTHS))).toBe('month');
    expect(
      detectOptionSet(
        opts(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']),
      ),
    ).toBe('month');
    expect(detectOptionSet(opts(YEARS))).toBe('year');
    expect(detectOptionSet(opts(Array.from({ length: 31 }, (_, i) => String(i + 1))))).toBe('day');
    expect(detectOptionSet(opts(['+86 （中国大陆）', '+852 （中国香港）', '+1 （美国）']))).toBe('dial-code');
    expect(
      detectOptionSet(
        opts(['1年', '2年', '3年', '4年', '5年', '6年', '7年', '8年', '9年', '10年', '10年以上']),
      ),
    ).toBeUndefined();
    expect(detectOptionSet(opts(['是', '否']))).toBeUndefined();
  });

  it('an unlabeled select of degrees is a degree field', () => {
    const spec = { widget: 'select' as const, options: ['本科', '硕士', '博士'] };
    expect(one('', { ...spec, section: '教育经历' })?.key).toBe('education.degree');
    expect(one('', spec)?.key).toBe('highestDegree');
  });

  it('a select of dial codes next to nothing else is the country code', () => {
    expect(one('', { widget: 'select', options: ['+86', '+1', '+44'] })?.key).toBe('phone.countryCode');
    expect(one('手机号', { widget: 'select', options: ['+86', '+1', '+44'] })?.key).toBe('phone.countryCode');
  });

  it('year and month options give the part of a date field', () => {
    expect(one('入学时间', { widget: 'select', options: YEARS })).toMatchObject({
      key: 'education.start',
      part: 'year',
    });
    expect(one('入学时间', { widget: 'select', options: MONTHS })).toMatchObject({
      key: 'education.start',
      part: 'month',
    });
  });

  it('a date picker never takes a part from its own words', () => {
    expect(one('出生日期', { widget: 'date-picker', placeholder: 'Select month' })?.part).toBeUndefined();
  });
});

describe('names by page language', () => {
  it('on English pages First/Last name are the plain keys (rendering romanizes)', () => {
    expect(one('First Name', { lang: 'en' })?.key).toBe('name.given');
    expect(one('Last Name', { lang: 'en' })?.key).toBe('name.family');
    expect(one('Full name', { lang: 'en' })?.key).toBe('name.full');
  });

  it('on Chinese pages an English-only name label asks for the romanized name', () => {
    expect(one('First Name', { lang: 'zh' })?.key).toBe('name.latinGiven');
    expect(one('Last Name', { lang: 'zh' })?.key).toBe('name.latinFamily');
    expect(one('Full name', { lang: 'zh' })?.key).toBe('name.latinFull');
  });

  it('an English name/id under a Chinese label is the page’s code: the Chinese name (Workday’s 本地文字 pair)', () => {
    expect(one('姓氏（本地文字）', { lang: 'zh', id: 'name legal name last name local' })?.key).toBe(
      'name.family',
    );
    expect(one('', { lang: 'zh', id: 'name legal name first name' })?.key).toBe('name.latinGiven');
  });

  it('a bilingual label is the Chinese name', () => {
    expect(one('名 First name', { lang: 'zh' })?.key).toBe('name.given');
    expect(one('姓名 Name', { lang: 'zh' })?.key).toBe('name.full');
  });
});

describe('widgets', () => {
  it('a file input is never classified', () => {
    expect(one('简历', { widget: 'file' })).toBeNull();
  });

  it('至今 is only a checkbox; a checkbox is only 至今', () => {
    expect(one('至今', { widget: 'text', section: '工作经历' })).toBeNull();
    expect(one('姓名', { widget: 'checkbox' })).toBeNull();
  });

  it('a multi-line box only takes prose', () => {
    expect(one('Company', { widget: 'textarea', section: 'Work Experience' })).toBeNull();
    expect(one('工作内容', { widget: 'textarea' })?.key).toBe('experience.description');
  });

  it('years of experience is never a long text; a date never a textarea', () => {
    expect(one('工作经验', { widget: 'textarea' })).toBeNull();
    expect(one('出生日期', { widget: 'textarea' })).toBeNull();
  });

  it('a native date input only takes dates', () => {
    expect(one('姓名', { widget: 'native-date' })).toBeNull();
    expect(one('出生日期', { widget: 'native-date' })?.key).toBe('birth');
  });
});

describe('sections without headings', () => {
  it('a neighbouring 学校 / 公司 decides what 开始时间 means', () => {
    const fields = makeFields([
      ['学校'],
      ['专业'],
      ['开始时间'],
      ['结束时间'],
      ['公司名称'],
      ['职位'],
      ['开始时间'],
      ['结束时间'],
    ]);
    const out = classifyFields(fields);
    expect([2, 3, 6, 7].map((id) => out.get(id)?.key)).toEqual([
      'education.start',
      'education.end',
      'experience.start',
      'experience.end',
    ]);
    expect(out.get(2)!.confidence).toBeLessThan(0.9);
  });

  it('inside a block the anchor must be in the same block', () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    const fields = makeFields([
      ['项目名称', { block: a }],
      ['开始时间', { block: b }],
      ['公司', { block: b }],
    ]);
    expect(classifyFields(fields).get(1)?.key).toBe('experience.start');
  });
});
