import { describe, expect, it } from 'vitest';
import { classifyField } from '~/lib/fill/classify/classify-field';
import { RULES_ZH } from '~/lib/fill/classify/rules-zh';
import type { FieldKey, ValuePart } from '~/lib/fill/types';
import { makeField, type FieldSpec } from './make-field';

type Row = [label: string, key: FieldKey, spec?: FieldSpec & { part?: ValuePart }];

const EDU: FieldSpec = { section: '教育经历' };
const WORK: FieldSpec = { section: '工作经历' };
const PROJ: FieldSpec = { section: '项目经历' };
const BOX: FieldSpec = { widget: 'checkbox' };

// Every row of rules-zh.ts has at least one line here (checked below).
const TABLE: Row[] = [
  ['英文姓', 'name.latinFamily'],
  ['姓（拼音）', 'name.latinFamily'],
  ['名（拼音）', 'name.latinGiven'],
  ['名(英文)', 'name.latinGiven'],
  ['英文名', 'name.latinFull'],
  ['姓名拼音', 'name.latinFull'],
  ['英文姓名', 'name.latinFull'],
  ['姓', 'name.family'],
  ['姓氏', 'name.family'],
  ['名', 'name.given'],
  ['姓名', 'name.full'],
  ['真实姓名', 'name.full'],
  ['中文姓名', 'name.full'],
  ['名字', 'name.full'],
  ['姓名（与身份证一致）', 'name.full'],
  ['', 'name.full', { name: 'xing ming' }],
  ['邮箱', 'email'],
  ['电子邮箱', 'email'],
  ['电子邮件', 'email'],
  ['邮箱地址', 'email'],
  ['', 'email', { name: 'you xiang' }],
  ['国家/地区代码', 'phone.countryCode'],
  ['国际区号', 'phone.countryCode'],
  ['手机区号', 'phone.countryCode'],
  ['区号', 'phone.countryCode', { widget: 'select' }],
  ['手机', 'phone'],
  ['手机号码', 'phone'],
  ['电话类型', 'phone.deviceType', { widget: 'select' }],
  ['联系电话', 'phone'],
  ['移动电话', 'phone'],
  ['电话', 'phone'],
  ['联系方式', 'phone'],
  ['', 'phone', { name: 'shou ji' }],
  ['微信', 'wechat'],
  ['微信号', 'wechat'],
  ['领英', 'linkedin'],
  ['作品链接/GitHub', 'profileLink'],
  ['个人网站', 'website'],
  ['个人主页', 'website'],
  ['博客', 'website'],
  ['作品集链接', 'website'],
  ['现居城市', 'location'],
  ['所在城市', 'location'],
  ['当前所在地', 'location'],
  ['现居住地', 'location'],
  ['出生年份', 'birth', { part: 'year' }],
  ['出生月份', 'birth', { part: 'month' }],
  ['出生日期', 'birth'],
  ['出生年月', 'birth'],
  ['生日', 'birth'],
  ['当前公司', 'currentCompany'],
  ['目前就职公司', 'currentCompany'],
  ['现单位', 'currentCompany'],
  ['当前职位', 'currentTitle'],
  ['目前职务', 'currentTitle'],
  ['现工作单位及职务', 'currentPosition'],
  ['工作单位及职务', 'experience.companyTitle', WORK],
  ['毕业院校系及专业', 'education.schoolMajor'],
  ['GPA满分', 'education.gpaScale', EDU],
  ['GPA满分', 'education.gpaScale', { ...EDU, widget: 'radio-group', options: ['4.0', '4.3', '5.0', '100'] }],
  ['院校及专业', 'education.schoolMajor', EDU],
  ['参加工作时间', 'workStart'],
  ['参加工作年月', 'workStart', { widget: 'date-picker' }],
  ['工作年限', 'yearsOfExperience'],
  ['工作经验', 'yearsOfExperience', { widget: 'select', options: ['1年', '3年', '5年以上'] }],
  ['工龄', 'yearsOfExperience'],
  ['最高学历', 'highestDegree'],
  ['最高学位', 'highestDegree'],
  ['专业技能', 'skills', { widget: 'textarea' }],
  ['技能特长', 'skills', { widget: 'textarea' }],
  ['个人技能', 'skills'],
  ['自我评价', 'selfIntro', { widget: 'textarea' }],
  ['自我介绍', 'selfIntro', { widget: 'textarea' }],
  ['个人简介', 'selfIntro'],
  ['学校', 'education.school'],
  ['毕业院校', 'education.school'],
  ['学校名称', 'education.school', EDU],
  ['就读大学', 'education.school'],
  ['专业', 'education.major'],
  ['所学专业', 'education.major'],
  ['专业名称', 'education.major', EDU],
  ['主修', 'education.major'],
  ['学历', 'education.degree', EDU],
  ['学历', 'highestDegree'],
  ['学位', 'education.degree', EDU],
  ['绩点', 'education.gpa', EDU],
  ['是否全日制', 'education.fullTime', { ...EDU, widget: 'radio-group', options: ['是', '否'] }],
  // The school of the highest degree, not the degree (a 报名表's 最高学历毕业院校).
  ['最高学历毕业院校', 'education.school'],
  ['是否985', 'education.is985', { ...EDU, widget: 'radio-group', options: ['是', '否'] }],
  ['是否为985/211院校', 'education.is211', { ...EDU, widget: 'select', options: ['是', '否'] }],
  ['是否双一流高校', 'education.isFirstClass', { ...EDU, widget: 'radio-group', options: ['是', '否'] }],
  ['院校类型', 'education.schoolTier', { ...EDU, widget: 'select', options: ['985高校', '211高校', '普通'] }],
  // A 是否 question over a list of tiers asks for the tier.
  [
    '是否985/211',
    'education.schoolTier',
    { ...EDU, widget: 'select', options: ['985高校', '211高校', '普通'] },
  ],
  ['目前是否在职', 'currentlyEmployed', { widget: 'radio-group', options: ['是', '否'] }],
  ['没有实习经历', 'noExperience', { ...WORK, widget: 'checkbox' }],
  ['暂无工作经验', 'noExperience', { widget: 'checkbox' }],
  ['无项目经历', 'noProjects', { ...PROJ, widget: 'checkbox' }],
  ['是否具有硕士及以上学历', 'degreeHeld', { widget: 'radio-group', options: ['是', '否'] }],
  ['全日制', 'education.fullTime', { ...EDU, widget: 'checkbox' }],
  ['专业排名', 'education.ranking', EDU],
  ['学习形式', 'education.studyMode', { ...EDU, widget: 'select', options: ['全日制', '非全日制'] }],
  ['是否最高学历', 'education.highest', { ...EDU, widget: 'radio-group', options: ['是', '否'] }],
  ['平均成绩', 'education.gpa'],
  ['入学年份', 'education.start', { part: 'year' }],
  ['入学时间', 'education.start'],
  ['毕业年份', 'education.end', { part: 'year' }],
  ['毕业时间', 'education.end'],
  ['预计毕业时间', 'education.end'],
  ['在校时间', 'education.range'],
  ['就读时间', 'education.range', EDU],
  ['在校经历', 'education.description', { ...EDU, widget: 'textarea' }],
  ['公司名称', 'experience.company', WORK],
  ['工作单位', 'experience.company'],
  ['实习单位', 'experience.company'],
  ['公司', 'experience.company'],
  ['部门', 'experience.department', WORK],
  ['所在部门', 'experience.department'],
  ['职位', 'experience.title', WORK],
  ['职位', 'projects.role', PROJ],
  ['职位', 'experience.title'],
  ['岗位名称', 'experience.title', WORK],
  ['职务', 'experience.title', WORK],
  ['入职时间', 'experience.start'],
  ['离职时间', 'experience.end'],
  ['在职时间', 'experience.range'],
  ['实习时间', 'experience.range', WORK],
  ['任职期间', 'experience.range'],
  ['至今', 'experience.current', { ...WORK, ...BOX }],
  ['至今', 'projects.current', { ...PROJ, ...BOX }],
  ['目前在职', 'experience.current', BOX],
  ['工作内容', 'experience.description', { widget: 'textarea' }],
  ['主要职责', 'experience.description', { ...WORK, widget: 'textarea' }],
  ['个人职责', 'projects.description', { ...PROJ, widget: 'textarea' }],
  ['工作描述', 'experience.description', WORK],
  ['岗位职责', 'experience.description'],
  ['项目名称', 'projects.name'],
  ['项目角色', 'projects.role'],
  ['担任角色', 'projects.role', PROJ],
  ['角色', 'projects.role', PROJ],
  ['项目描述', 'projects.description', { widget: 'textarea' }],
  ['项目经历', 'projects.description', { widget: 'textarea' }],
  ['项目内容', 'projects.description'],
  ['项目时间', 'projects.range'],
  ['项目周期', 'projects.range', PROJ],
  ['项目开始时间', 'projects.start'],
  ['项目结束时间', 'projects.end'],
  ['开始时间', 'education.start', EDU],
  ['开始时间', 'experience.start', WORK],
  ['起始日期', 'projects.start', PROJ],
  ['开始年份', 'education.start', { ...EDU, part: 'year' }],
  ['结束时间', 'experience.end', WORK],
  ['截止日期', 'education.end', EDU],
  ['起止时间', 'education.range', EDU],
  ['时间段', 'experience.range', WORK],
  ['描述', 'projects.description', { ...PROJ, widget: 'textarea' }],
  ['经历描述', 'experience.description', { ...WORK, widget: 'textarea' }],
  ['名称', 'projects.name', PROJ],
  ['名称', 'education.school', EDU],
  ['院校所在地', 'education.region', { ...EDU, widget: 'radio-group', options: ['境内', '境外'] }],
  ['是否海外院校', 'education.abroad', { ...EDU, widget: 'radio-group', options: ['是', '否'] }],
  ['学校所在地区', 'education.region', { widget: 'select', options: ['境内', '港澳台', '境外'] }],
  ['境内外', 'education.region', { ...EDU, widget: 'radio-group', options: ['境内', '境外'] }],
  ['院校所在国家', 'education.country', { widget: 'select', options: ['新加坡', '美国'] }],
  ['国家/地区', 'education.country', { ...EDU, widget: 'select', options: ['新加坡', '美国'] }],
  ['国家（地区）', 'education.country', EDU],
];

describe('rules-zh', () => {
  it.each(TABLE)('%s → %s', (label, key, spec = {}) => {
    const field = makeField(label, { lang: 'zh', ...spec });
    const c = classifyField(field, [field]);
    expect(c?.key).toBe(key);
    expect(c?.part).toBe(spec.part);
    expect(c!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('every row is exercised by the table', () => {
    const hit = new Set<number>();
    for (const [label, , spec = {}] of TABLE) {
      const field = makeField(label, { lang: 'zh', ...spec });
      const m = /zh#(\d+) /.exec(classifyField(field, [field])?.reason ?? '');
      if (m) hit.add(Number(m[1]));
    }
    const missing = RULES_ZH.rules.map((_, i) => i).filter((i) => !hit.has(i));
    expect(missing).toEqual([]);
  });

  it('section-dependent labels stay empty outside any section', () => {
    for (const label of ['开始时间', '结束时间', '起止时间', '描述', '名称']) {
      const field = makeField(label, { lang: 'zh', section: '基本信息' });
      expect(classifyField(field, [field])).toBeNull();
    }
  });

  it("a school's place is asked only where the label or its entry says it is the school's", () => {
    for (const label of ['国家/地区', '境内外']) {
      const field = makeField(label, {
        lang: 'zh',
        section: '基本信息',
        widget: 'select',
        options: ['境内', '境外'],
      });
      expect(classifyField(field, [field])?.key ?? '').not.toMatch(/^education\./);
    }
    // Typed, 院校所在地 is a city: not the user's own city either.
    const typed = makeField('院校所在地', { lang: 'zh', ...EDU });
    expect(classifyField(typed, [typed])?.key ?? null).toBeNull();
  });

  it('区号 as a free text box is not taken for the country code', () => {
    const field = makeField('区号', { lang: 'zh' });
    expect(classifyField(field, [field])).toBeNull();
  });
});
