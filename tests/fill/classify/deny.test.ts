import { describe, expect, it } from 'vitest';
import { classifyField, classifyFields } from '~/lib/fill/classify/classify-field';
import { findDeny } from '~/lib/fill/classify/deny';
import { RULES_EN } from '~/lib/fill/classify/rules-en';
import { RULES_ZH } from '~/lib/fill/classify/rules-zh';
import { makeField, makeFields, type FieldSpec } from './make-field';

// Labels that must never be filled from the résumé. Every deny row of both tables appears (checked below).
const ZH: string[] = [
  '紧急联系人电话',
  '紧急联系人姓名',
  '推荐人姓名',
  '内推码',
  '家庭成员姓名',
  '父亲电话',
  '证明人电话',
  '导师姓名',
  '本人签名',
  '专业技术职务',
  '备用电话',
  '备用邮箱',
  '固定电话',
  '传真',
  '搜索职位',
  '联系人手机',
  'HR邮箱',
  '面试官姓名',
  '辅修专业',
  '第二学位',
  '岗位代码',
  '短信验证码',
  '用户名',
  '账号',
  '期望薪资',
  '意向城市',
  '期望职位',
  '到岗时间',
  '性别',
  '民族',
  '籍贯',
  '户口所在地',
  '政治面貌',
  '身份证号',
  '护照号码',
  '婚姻状况',
  '健康状况',
  '年龄',
  '宗教信仰',
  '通讯地址',
  '现居住地址',
  '应聘岗位',
  '申请职位',
  '英语四级成绩',
  '外语能力',
  '获奖情况',
  '证书名称',
  '兴趣爱好',
  '信息来源',
  '招聘渠道',
  'QQ号',
  '邮编',
  '职级',
  '离职原因',
  '团队规模',
  '简历附件',
  '备注',
  '其他',
  '是否接受调剂',
  '是否非全日制',
  '全日制学制',
  '院系',
  '所在学院',
  '主修课程',
];

const EN: string[] = [
  'Emergency contact phone',
  'Attention',
  'Referrer name',
  'Referred by',
  'Reference email',
  'Spouse name',
  "Father's name",
  'Manager name',
  'Supervisor phone',
  'Alternate phone number',
  'Secondary email',
  "If yes, enter the employee's full name",
  'If Other, please specify',
  'May we contact this employer?',
  'Other Institution',
  "Referring employee's work email",
  'HR email',
  'Recruiter phone',
  'Search by title, skill, or company',
  "Friend's email",
  'Gift recipient email',
  'Professor email',
  'Team lead email',
  '亲友姓名及关系',
  '亲戚电话',
  'Verification code',
  'Captcha',
  'Name on card',
  'Cardholder’s first name',
  'Full Name (As it appears on card)',
  'Username',
  'Preferred name',
  'Middle name',
  'Nickname',
  'Password',
  'Expected salary',
  'Desired pay',
  'Gender',
  'Pronouns',
  'Race',
  'Veteran status',
  'Disability status',
  'National ID number',
  'Passport number',
  'Are you legally authorized to work in the US?',
  'Street address',
  'Postal code',
  'Home address',
  'Country',
  'Marital status',
  'Health conditions',
  'Age',
  'Religion',
  'How did you hear about us?',
  'Source',
  'Cover letter',
  'Why do you want to work here?',
  'Desired start date',
  'Willing to relocate?',
  'Notice period',
  'When can you start?',
  'Twitter',
  'QQ',
  'Languages',
  'Signature',
  'I agree to the privacy policy',
  'Have you previously worked for us?',
  'Hobbies',
  'Awards',
  'Certifications',
  'Company size',
  'Industry',
  'Phone extension',
  'Fax',
  'Home phone',
  'Minor',
  'GPA scale',
  'Class rank',
  'GRE score',
  'TOEFL',
  'VAT number',
  'Tax ID',
  'Furigana',
  'Let the company know about your interest working there',
];

function hits(labels: string[], lang: 'zh' | 'en'): Set<number> {
  const out = new Set<number>();
  for (const label of labels) {
    const hit = findDeny(makeField(label, { lang }));
    if (hit?.lang === lang) out.add(hit.index);
  }
  return out;
}

describe('negative phrases', () => {
  it.each([...ZH, ...EN])('%s → null', (label) => {
    const field = makeField(label);
    expect(findDeny(field)).toBeDefined();
    expect(classifyField(field, [field])).toBeNull();
  });

  it('every deny row of both tables is exercised', () => {
    const zh = hits(ZH, 'zh');
    const en = hits(EN, 'en');
    expect(RULES_ZH.deny.map((_, i) => i).filter((i) => !zh.has(i))).toEqual([]);
    expect(RULES_EN.deny.map((_, i) => i).filter((i) => !en.has(i))).toEqual([]);
  });

  it('exceptions keep the applicant’s own facts', () => {
    for (const [label, key] of [
      ['邮箱地址', 'email'],
      ['Email address', 'email'],
      ['姓名（与身份证一致）', 'name.full'],
      ['手机号（用于接收验证码）', 'phone'],
      ['Degree', 'highestDegree'],
      ['邮箱（请勿使用QQ邮箱）', 'email'],
    ] as const) {
      const field = makeField(label);
      expect(classifyField(field, [field])?.key, label).toBe(key);
    }
  });

  it('a skill’s years are not the career’s', () => {
    for (const label of [
      'How many years of work experience do you have with Python?',
      'Years of experience in data engineering',
    ]) {
      const field = makeField(label);
      expect(classifyField(field, [field])?.key, label).toBeUndefined();
    }
    for (const label of ['Years of experience', 'How many years of experience do you have in total?']) {
      const field = makeField(label);
      expect(classifyField(field, [field])?.key, label).toBe('yearsOfExperience');
    }
  });

  it('name and id words deny too', () => {
    const field = makeField('Phone', { name: 'emergency contact phone' });
    expect(classifyField(field, [field])).toBeNull();
    const referral = makeField('', { id: 'referrer email' });
    expect(classifyField(referral, [referral])).toBeNull();
    for (const name of ['ref phone', 'next of kin phone']) {
      const bare = makeField('', { name });
      expect(classifyField(bare, [bare]), name).toBeNull();
    }
  });

  it('a deny word in a group label (the question around a box) counts', () => {
    const field = makeField('手机', { groupLabel: '紧急联系人' });
    expect(classifyField(field, [field])).toBeNull();
  });

  it('a placeholder only denies when nothing else names the field', () => {
    const named = makeField('姓名', { placeholder: '请输入与身份证一致的姓名' });
    expect(classifyField(named, [named])?.key).toBe('name.full');
    const bare = makeField('', { placeholder: '请输入推荐人手机号' });
    expect(classifyField(bare, [bare])).toBeNull();
  });
});

describe('sections about other people', () => {
  const cases: Array<[string, string]> = [
    ['紧急联系人', '姓名'],
    ['紧急联系人', '电话'],
    ['紧急联系人信息', '手机号码'],
    ['家庭成员', '姓名'],
    ['联系人信息', '手机号码'],
    ['监护人信息', '姓名'],
    ['导师信息', '电话'],
    ['担保人信息', '姓名'],
    ['Your Referrer', 'Name'],
    ['Guardian Information', 'Phone'],
    ['家庭主要成员', '工作单位'],
    ['证明人', '公司'],
    ['Emergency Contact', 'Name'],
    ['Emergency Contact', 'Phone'],
    ['References', 'Name'],
    ['References', 'Company'],
    ['Professional References', 'Email'],
    ['Family', 'Name'],
  ];
  it.each(cases)('%s / %s → null', (section, label) => {
    const field = makeField(label, { section });
    expect(classifyField(field, [field])).toBeNull();
  });

  it('the same labels are the applicant’s outside those sections', () => {
    const fields = makeFields([
      ['姓名', { section: '基本信息' }],
      ['电话', { section: '基本信息' }],
      ['姓名', { section: '紧急联系人' }],
      ['电话', { section: '紧急联系人' }],
    ]);
    const out = classifyFields(fields);
    expect(out.get(0)?.key).toBe('name.full');
    expect(out.get(1)?.key).toBe('phone');
    expect(out.has(2)).toBe(false);
    expect(out.has(3)).toBe(false);
  });

  it('awards and activities sections ask for nothing the résumé has, except links and the like', () => {
    const spec: FieldSpec = { section: '获奖经历' };
    const name = makeField('名称', spec);
    const time = makeField('获得时间', spec);
    const start = makeField('开始时间', { section: '校园经历' });
    for (const f of [name, time, start]) expect(classifyField(f, [f])).toBeNull();
    const site = makeField('个人网站', { section: '附加信息' });
    expect(classifyField(site, [site])?.key).toBe('website');
  });

  it('a link inside a project is the project’s; after an education block it is still the applicant’s', () => {
    const project = makeField('GitHub', { section: 'Projects' });
    expect(classifyField(project, [project])).toBeNull();
    const afterEducation = makeField('Website', { section: 'Education' });
    expect(classifyField(afterEducation, [afterEducation])?.key).toBe('website');
  });

  it('custom question sections (Additional questions, 其他信息) still ask for the applicant', () => {
    const company = makeField('Current Company', { section: 'Additional questions' });
    expect(classifyField(company, [company])?.key).toBe('currentCompany');
    const intro = makeField('自我评价', { section: '其他信息', widget: 'textarea' });
    expect(classifyField(intro, [intro])?.key).toBe('selfIntro');
  });

  it('wishes under 求职意向 are not facts', () => {
    for (const label of ['城市', '所在城市', '职位']) {
      const field = makeField(label, { section: '求职意向' });
      expect(classifyField(field, [field])).toBeNull();
    }
  });
});
