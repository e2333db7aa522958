import { describe, expect, it } from 'vitest';
import type { FieldOption, MatchKind } from '~/lib/fill/types';
import type { Fact } from '~/lib/fill/values/facts';
import { isPlaceholderOption, matchOption } from '~/lib/fill/values/match-option';

const opts = (...labels: string[]): FieldOption[] => labels.map((label) => ({ label, value: label }));
const pick = (labels: string[], wanted: string, kind: MatchKind = 'text') =>
  matchOption(opts(...labels), wanted, kind)?.label ?? null;

const ZH_DEGREES = ['请选择', '高中', '大专', '本科', '硕士', 'MBA', '博士'];
const FEISHU_DEGREES = ['博士', 'MBA', '硕士', '本科', '大专', '高中', '专职', '初中', '小学'];
const GREENHOUSE_DEGREES = [
  'Select...',
  'High School',
  "Associate's Degree",
  "Bachelor's Degree",
  "Master's Degree",
  'Master of Business Administration (M.B.A.)',
  'Juris Doctor (J.D.)',
  'Doctor of Medicine (M.D.)',
  'Doctor of Philosophy (Ph.D.)',
  "Engineer's Degree",
  'Other',
];

describe('matchOption: school tiers', () => {
  it('the top tier picks the option naming it, never a plain one', () => {
    const tiers = ['请选择', '985高校', '211高校', '双一流', '普通本科', '境外高校'];
    expect(pick(tiers, '985/211', 'school-tier')).toBe('985高校');
    expect(pick(tiers, '211', 'school-tier')).toBe('211高校');
    expect(pick(['985/211工程院校', '其他'], '985/211', 'school-tier')).toBe('985/211工程院校');
    expect(pick(['普通本科', '境外高校'], '985/211', 'school-tier')).toBeNull();
  });
});

describe('matchOption: degrees', () => {
  it.each([
    [ZH_DEGREES, '硕士', '硕士'],
    [ZH_DEGREES, '本科', '本科'],
    [ZH_DEGREES, 'Master\u2019s', '硕士'],
    [ZH_DEGREES, "Bachelor's", '本科'],
    [ZH_DEGREES, '研究生', '硕士'],
    [ZH_DEGREES, '专科', '大专'],
    [ZH_DEGREES, 'PhD', '博士'],
    [FEISHU_DEGREES, '硕士', '硕士'],
    [['本科及以下', '硕士研究生', '博士研究生'], '硕士', '硕士研究生'],
    [['学士', '硕士', '博士'], '本科', '学士'],
    [['大学本科', '研究生', '博士'], '硕士', '研究生'],
    [['专科', '本科', '硕士', '博士'], 'Associate', '专科'],
    [GREENHOUSE_DEGREES, "Master's", "Master's Degree"],
    [GREENHOUSE_DEGREES, '硕士', "Master's Degree"],
    [GREENHOUSE_DEGREES, '本科', "Bachelor's Degree"],
    [GREENHOUSE_DEGREES, '博士', 'Doctor of Philosophy (Ph.D.)'],
    [GREENHOUSE_DEGREES, 'MBA', 'Master of Business Administration (M.B.A.)'],
    [['Bachelor', 'Master', 'Doctorate'], 'M.S.', 'Master'],
    [['本科/Bachelor', '硕士/Master', '博士/PhD'], "Master's", '硕士/Master'],
    [['ＭＢＡ', '硕士'], 'MBA', 'ＭＢＡ'],
  ])('%j ← %s → %s', (labels, wanted, expected) => {
    expect(pick(labels, wanted, 'degree')).toBe(expected);
  });

  it.each([
    [['本科', '博士'], '硕士', 'no master option: never the neighbour'],
    [['Bachelor', 'Master of Business Administration', 'Doctor'], "Master's", 'MBA is not a general master'],
    [['本科', 'MBA', '博士'], '硕士', 'MBA is not 硕士'],
    [['Master of Science', 'Master of Arts', 'MBA'], "Master's", 'two general masters: ambiguous'],
    [['请选择', '--'], '本科', 'only placeholders'],
    [['高中', '中专'], '大专', 'no associate option'],
  ])('%j ← %s → null (%s)', (labels, wanted) => {
    expect(pick(labels, wanted, 'degree')).toBeNull();
  });

  it('a degree fact matches by level, in any language', () => {
    expect(
      matchOption(opts(...GREENHOUSE_DEGREES), { type: 'degree', value: 'bachelor' }, 'degree')?.label,
    ).toBe("Bachelor's Degree");
    expect(matchOption(opts(...ZH_DEGREES), { type: 'degree', value: 'doctorate' })?.label).toBe('博士');
    expect(matchOption(opts(...ZH_DEGREES), { type: 'degree', value: 'mba' })?.label).toBe('MBA');
  });
});

describe('matchOption: a level split by discipline', () => {
  const WORKDAY = [
    'Select One',
    'High School Diploma',
    "Associate's Degree",
    'Bachelor of Arts (BA)',
    'Bachelor of Science (BS)',
    'Master of Arts (MA)',
    'Master of Science (MS)',
    'Master of Business Administration (MBA)',
    'Doctor of Philosophy (PhD)',
    'Doctor of Medicine (MD)',
  ];
  const master = (major?: string): Fact => ({ type: 'degree', value: 'master', major });
  it.each([
    ['Computer Science', 'Master of Science (MS)'],
    ['计算机科学', 'Master of Science (MS)'],
    ['Comparative Literature', 'Master of Arts (MA)'],
  ])('a master in %s → %s', (major, expected) => {
    expect(matchOption(opts(...WORKDAY), master(major), 'degree')?.label).toBe(expected);
  });
  it('the rendered kind carries the major (degree:…), as drivers receive it', () => {
    expect(matchOption(opts(...WORKDAY), "Bachelor's", 'degree:Computer Science and Technology')?.label).toBe(
      'Bachelor of Science (BS)',
    );
    expect(matchOption(opts(...WORKDAY), '博士', 'degree')?.label).toBe('Doctor of Philosophy (PhD)');
  });
  it('no major, or one that names no discipline, chooses nothing', () => {
    expect(matchOption(opts(...WORKDAY), master(), 'degree')).toBeNull();
    expect(matchOption(opts(...WORKDAY), master('Management'), 'degree')).toBeNull();
  });
  it("the list's plain entry wins over the qualified ones; a discipline named word for word wins over the area", () => {
    expect(
      matchOption(opts("Master's Degree", 'Master of Science', 'Master of Arts'), master('Physics'), 'degree')
        ?.label,
    ).toBe("Master's Degree");
    expect(
      matchOption(opts('MS', 'MEng', 'Master of Computer Science'), master('Computer Science'), 'degree')
        ?.label,
    ).toBe('Master of Computer Science');
    // Science and engineering both fit nothing better: a software-engineering master's is an MEng here.
    expect(matchOption(opts('M.S.', 'M.Eng.', 'M.A.'), master('Software Engineering'), 'degree')?.label).toBe(
      'M.Eng.',
    );
  });
});

describe('matchOption: months and years', () => {
  const monthsZh = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const monthsPadded = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const monthsEn = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const monthsShort = monthsEn.map((m) => m.slice(0, 3));
  it.each([
    [monthsZh, '9', '9月'],
    [monthsZh, '09', '9月'],
    [monthsPadded, '9', '09'],
    [monthsEn, '9', 'September'],
    [monthsShort, '9', 'Sep'],
    [monthsEn, '09', 'September'],
    [['一月', '二月', '九月', '十月', '十一月', '十二月'], '9', '九月'],
    [['一月', '二月', '九月', '十月', '十一月', '十二月'], '11', '十一月'],
    [monthsZh, '12', '12月'],
    [['Month', ...monthsZh], '1', '1月'],
  ])('%j ← %s → %s', (labels, wanted, expected) => {
    expect(pick(labels, wanted, 'month')).toBe(expected);
  });

  it('month names with values counted from 0 (Taleo) are read by their names, never their values', () => {
    const zeroBased = monthsEn.map((label, i) => ({ label, value: String(i) }));
    expect(matchOption(zeroBased, '3', 'month')?.label).toBe('March');
    expect(matchOption(zeroBased, '12', 'month')?.label).toBe('December');
  });

  it('a month never matches another month or a day list by accident', () => {
    expect(pick(monthsZh, '13', 'month')).toBeNull();
    expect(pick(['1月', '2月'], '9', 'month')).toBeNull();
  });

  it.each([
    [['2023年', '2024年', '2025年'], '2024', '2024年'],
    [['2023', '2024', '2025'], '2024', '2024'],
    [['请选择年份', '2024', '2025'], '2024年', '2024'],
  ])('%j ← %s → %s', (labels, wanted, expected) => {
    expect(pick(labels, wanted, 'year')).toBe(expected);
  });

  it('a date fact gives its month or year by kind', () => {
    const fact = { type: 'date', value: { year: 2024, month: 9 } } as const;
    expect(matchOption(opts(...monthsEn), fact, 'month')?.label).toBe('September');
    expect(matchOption(opts('2023年', '2024年'), fact, 'year')?.label).toBe('2024年');
  });

  it('至今 / Present options match an ongoing end date', () => {
    expect(pick(['2024', '2025', '至今'], 'Present')).toBe('至今');
    expect(matchOption(opts('2024', 'Present'), { type: 'date', current: true })?.label).toBe('Present');
  });
});

describe('matchOption: dialling codes', () => {
  it.each([
    [['+1 United States', '+86 （中国大陆）', '+852 （中国香港）'], '+86', '+86 （中国大陆）'],
    [['+1', '+86', '+886'], '+86', '+86'],
    [['United States (+1)', 'China (+86)', 'Taiwan (+886)'], '+86', 'China (+86)'],
    [['美国', '中国大陆', '中国香港'], '+86', '中国大陆'],
    [['United States', 'China', 'Japan'], '+86', 'China'],
    [['+1', '86', '852'], '+86', '86'],
  ])('%j ← %s → %s', (labels, wanted, expected) => {
    expect(pick(labels, wanted, 'country-code')).toBe(expected);
  });

  it('a grouped list (常用地区 / 全部地区) naming the same choice twice is one choice, region first or code first', () => {
    expect(pick(['中国大陆 +86', '美国 +1', '中国大陆 +86', '中国台湾 +886'], '+86', 'country-code')).toBe(
      '中国大陆 +86',
    );
    expect(pick(['+86 中国大陆', '+86 China'], '+86', 'country-code')).toBeNull();
    // What such a picker showed ('+1'), chosen again on undo.
    expect(pick(['中国大陆 +86', '美国 +1', '美国 +1'], '+1')).toBe('美国 +1');
    expect(pick(['美国 +1', '加拿大 +1'], '+1')).toBeNull();
  });

  it('a school listed with its English name as a second line matches by its first', () => {
    // The menu reader gives such an option its first line as its name (drivers/menu.ts).
    const options = [
      {
        label: '新加坡国立大学 (National University of Singapore · 新加坡)',
        value: 'a',
        name: '新加坡国立大学',
      },
      { label: '南洋理工大学 (Nanyang · 新加坡)', value: 'b', name: '南洋理工大学' },
    ];
    expect(matchOption(options, '新加坡国立大学')?.value).toBe('a');
  });

  it('a phone type list: the mobile, the personal one where mobiles are split', () => {
    expect(pick(['Home', 'Mobile', 'Work'], 'Mobile', 'phone-type')).toBe('Mobile');
    expect(
      pick(['Home Landline', 'Personal Cell', 'Work Cell', 'Work Landline', 'Fax'], 'Mobile', 'phone-type'),
    ).toBe('Personal Cell');
    expect(pick(['Home Landline', 'Work Cell', 'Fax'], 'Mobile', 'phone-type')).toBeNull();
  });

  it('never the +886 or +852 neighbours', () => {
    expect(pick(['+886 Taiwan', '+852 Hong Kong'], '+86', 'country-code')).toBeNull();
    expect(pick(['Taiwan, China', 'Hong Kong, China'], '+86', 'country-code')).toBeNull();
  });
});

describe('matchOption: text and yes/no', () => {
  it.each([
    [['北京', '上海', '深圳'], '上海', '上海'],
    [['北京', ' 上海 ', '深圳'], '上海', ' 上海 '],
    [['Google', 'ByteDance', 'Alibaba'], 'bytedance', 'ByteDance'],
    [['浙江大学', '浙江工业大学'], '浙江大学', '浙江大学'],
    [['ＡＢＣ科技', 'XYZ'], 'ABC科技', 'ＡＢＣ科技'],
  ])('%j ← %s → %s', (labels, wanted, expected) => {
    expect(pick(labels, wanted)).toBe(expected);
  });

  it('never a near miss or a substring', () => {
    expect(pick(['浙江工业大学', '浙江理工大学'], '浙江大学')).toBeNull();
    expect(pick(['上海交通大学'], '上海')).toBeNull();
    expect(pick([], '上海')).toBeNull();
    expect(pick(['上海'], '')).toBeNull();
  });

  it('an option shown without its note is chosen again by that text, never an ambiguous one', () => {
    // A dial-code select that shows '+1' once '+1 （美国）' is chosen: undo picks it again from '+1'.
    expect(pick(['+1 （美国）', '+86 （中国大陆）', '+869 （圣基茨和尼维斯）'], '+86')).toBe(
      '+86 （中国大陆）',
    );
    expect(pick(['+1 （美国）', '+86 （中国大陆）'], '+1')).toBe('+1 （美国）');
    expect(pick(['本科（全日制）', '本科（非全日制）'], '本科')).toBeNull();
    expect(pick(['+86 （中国大陆）'], '+8')).toBeNull();
  });

  it('a name never takes an option whose brackets name another place', () => {
    // The dictionary lacks the school: a campus or institute named after it is another school.
    expect(pick(['新加坡国立大学（苏州研究院）', '华中科技大学'], '新加坡国立大学')).toBeNull();
    expect(pick(['中国石油大学（华东）'], '中国石油大学')).toBeNull();
    // A region shown without the code in its brackets is chosen again by its name.
    expect(pick(['美国 (+1)', '中国 (+86)'], '中国')).toBe('中国 (+86)');
  });

  it('two identical labels are ambiguous', () => {
    expect(pick(['其他', '其他'], '其他')).toBeNull();
  });

  it.each([
    [['是', '否'], 'true', '是'],
    [['是', '否'], 'false', '否'],
    [['Yes', 'No'], 'true', 'Yes'],
    [['有', '无'], 'yes', '有'],
  ])('boolean %j ← %s → %s', (labels, wanted, expected) => {
    expect(pick(labels, wanted, 'boolean')).toBe(expected);
  });

  it('matches an option by its value when the label differs', () => {
    const options = [
      { label: '男', value: 'm' },
      { label: '女', value: 'f' },
    ];
    expect(matchOption(options, 'f')?.label).toBe('女');
  });

  it('skips disabled options', () => {
    const el = document.createElement('option');
    el.disabled = true;
    el.setAttribute('disabled', '');
    expect(matchOption([{ label: '本科', value: 'b', el }], '本科', 'degree')).toBeNull();
  });
});

describe('isPlaceholderOption', () => {
  it.each([
    '请选择',
    '请选择学历',
    'Select...',
    'Select an option',
    'Please select',
    '--',
    '-- 请选择 --',
    '—',
    '',
    'Choose one',
  ])('%j is a placeholder', (label) => {
    expect(isPlaceholderOption({ label, value: label })).toBe(true);
  });
  it.each(['本科', 'Other', '无', 'Selected Works'])('%j is an answer', (label) => {
    expect(isPlaceholderOption({ label, value: label })).toBe(false);
  });
  it('an <option value=""> is a placeholder whatever it says', () => {
    const el = document.createElement('option');
    el.value = '';
    el.textContent = '学历';
    expect(isPlaceholderOption({ label: '学历', value: '', el })).toBe(true);
  });
});

describe('matchOption: a count of years against ranges', () => {
  const label = (labels: string[], n: string) => matchOption(opts(...labels), n)?.label ?? null;
  it('takes the one range that holds it; whole years rounded down belong to the range they begin', () => {
    expect(label(['应届生', '1年以下', '1-3年', '3-5年', '5-7年', '7-10年', '10年以上'], '6')).toBe('5-7年');
    expect(label(['1年以下', '1-3年', '3-5年', '5-10年', '10年以上'], '12')).toBe('10年以上');
    expect(label(['1年以下', '1-3年'], '0')).toBe('1年以下');
    // 5 years and some months: in '5-10', not in '3-5'; where ranges do not meet, '3-5' holds it.
    expect(label(['1-3 years', '3-5 years', '5-10 years'], '5')).toBe('5-10 years');
    expect(label(['1-3年', '3-5年', '5-10年', '10年以上'], '5')).toBe('5-10年');
    expect(label(['1-2年', '3-5年', '6-10年'], '5')).toBe('3-5年');
    expect(label(['Less than 1 year', '1-3 years', 'More than 3 years'], '5')).toBe('More than 3 years');
    // Typeset dashes and words join a range too.
    expect(label(['1–2 years', '3–4 years', '5–10 years', 'More than 10 years'], '5')).toBe('5–10 years');
    expect(label(['0 to 2 years', '3 to 5 years', '6 to 10 years'], '8')).toBe('6 to 10 years');
  });
});

describe('matchOption: a name whose list holds only its first half', () => {
  const label = (labels: string[], v: string) => matchOption(opts(...labels), v)?.label ?? null;
  it('takes the half before "and" / 与, never a shorter word run', () => {
    const disciplines = ['Computer Engineering', 'Computer Science', 'Information Technology', 'Other'];
    expect(label(disciplines, 'Computer Science and Technology')).toBe('Computer Science');
    expect(label(['软件工程', '计算机科学', '电子信息'], '计算机科学与技术')).toBe('计算机科学');
    expect(label(['Computer', 'Science'], 'Computer Science and Technology')).toBeNull();
    expect(label(['Other'], 'Other activities')).toBeNull();
    // The whole name, where listed, is still the one chosen.
    expect(label(['计算机科学', '计算机科学与技术'], '计算机科学与技术')).toBe('计算机科学与技术');
  });
});
