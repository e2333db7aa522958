// The questions a résumé does not answer but nearly every application asks, in both languages: how each
// is worded (matched against the field's label, folded to lower case and half-width like the rule tables
// in lib/fill/classify), and what its options mean (男 / Male / M are one choice), so an answer kept in
// one language picks the right option on a page in the other. A value for these comes only from the
// user's own answers (options page, or learned after a fill); with none, the field is left as it is.

import type { WidgetKind } from '../fill/types';

/** One meaning among a question's options; the first word per language is how it is written. */
export interface OptionMeaning {
  id: string;
  zh: string[];
  en: string[];
}

export interface Concept {
  id: string;
  /** Options-page title per UI language. */
  title: { zh: string; en: string };
  /** Question wordings on Chinese and on English pages. */
  zh?: RegExp;
  en?: RegExp;
  /** Wordings that look alike but ask something else ('pronouns' beside 'gender'). */
  not?: RegExp;
  /** What the options mean, for matching an answer to a list in either language. */
  options?: readonly OptionMeaning[];
  /**
   * Only these widgets ('text', 'select'…): all of one's languages are one line of text, never a choice
   * in a list of single languages (a 语种 row of a 语言能力 section).
   */
  widgets?: readonly WidgetKind[];
  /** An identifier (ID number): masked in every UI, filled only when the user turned that on. */
  sensitive?: boolean;
  /**
   * A résumé fact that answers the same question (现居住城市 is the résumé's location): the engine
   * classifies it as that fact, and the answer is used only when the résumé does not say.
   */
  resumeKey?: 'location';
}

const YES_NO: readonly OptionMeaning[] = [
  { id: 'yes', zh: ['是', '有', '愿意', '接受', '需要'], en: ['Yes', 'Y', 'True'] },
  { id: 'no', zh: ['否', '无', '没有', '不愿意', '不接受', '不需要'], en: ['No', 'N', 'False'] },
];

export const CONCEPTS: readonly Concept[] = [
  {
    id: 'gender',
    title: { zh: '性别', en: 'Gender' },
    zh: /性别/,
    en: /\bgender\b|\bsex\b/,
    not: /pronoun|orientation|取向/,
    options: [
      { id: 'male', zh: ['男', '男性'], en: ['Male', 'M', 'Man'] },
      { id: 'female', zh: ['女', '女性'], en: ['Female', 'F', 'Woman'] },
      {
        id: 'undisclosed',
        zh: ['不愿透露', '保密', '不便透露'],
        en: ['Decline to self-identify', 'Prefer not to say', "I don't wish to answer", 'Decline to state'],
      },
    ],
  },
  {
    id: 'ethnicity',
    title: { zh: '民族', en: 'Ethnic group' },
    zh: /民族/,
    en: /ethnic group|^ethnicity$/,
    not: /race|hispanic|latino/,
    options: [{ id: 'han', zh: ['汉族', '汉'], en: ['Han', 'Han Chinese'] }],
  },
  {
    id: 'politicalStatus',
    title: { zh: '政治面貌', en: 'Political status' },
    zh: /政治面貌|政治身份/,
    en: /political (status|affiliation|background)/,
    options: [
      {
        id: 'cpcProbationary',
        zh: ['中共预备党员', '预备党员'],
        en: ['Probationary CPC Member', 'Probationary Party Member'],
      },
      {
        id: 'cpcMember',
        zh: ['中共党员', '党员', '中国共产党党员', '共产党员'],
        en: ['CPC Member', 'Communist Party Member', 'Party Member'],
      },
      {
        id: 'cylMember',
        zh: ['共青团员', '团员', '中国共产主义青年团团员'],
        en: ['Communist Youth League Member', 'CYL Member', 'League Member'],
      },
      { id: 'masses', zh: ['群众', '普通群众', '无党派'], en: ['Masses', 'None', 'No Party Affiliation'] },
    ],
  },
  {
    id: 'nativePlace',
    title: { zh: '籍贯', en: 'Native place' },
    zh: /籍贯|祖籍/,
    en: /native place|place of origin|ancestral home/,
  },
  {
    id: 'hukou',
    title: { zh: '户口所在地', en: 'Hukou (household registration)' },
    zh: /户口所在地|户籍所在地|户口所在|户籍地|^户口$|^户籍$/,
    en: /\bhukou\b|household registration/,
    not: /性质|类型|类别/,
  },
  {
    id: 'idType',
    title: { zh: '证件类型', en: 'ID type' },
    zh: /证件类型|证件种类|证件类别/,
    en: /\bid type\b|type of (id|identification)|identification type|id document type/,
    options: [
      {
        id: 'idCard',
        zh: ['居民身份证', '身份证', '中国居民身份证', '中国大陆居民身份证', '二代身份证'],
        en: ['ID Card', 'National ID', 'Resident Identity Card', 'Chinese ID Card', 'Identity Card'],
      },
      { id: 'passport', zh: ['护照'], en: ['Passport'] },
    ],
  },
  {
    id: 'idNumber',
    title: { zh: '证件号码', en: 'ID number' },
    zh: /身份证号|身份证号码|证件号码|证件号|^身份证$/,
    en: /\bid (number|no)\b|identification number|national id( number)?$|id card number|passport (number|no)/,
    not: /类型|type/,
    sensitive: true,
  },
  {
    id: 'currentCity',
    title: { zh: '现居住城市', en: 'Current city' },
    resumeKey: 'location',
  },
  {
    id: 'expectedSalary',
    title: { zh: '期望薪资', en: 'Expected salary' },
    zh: /期望(的)?(薪资|月薪|年薪|薪酬|工资|待遇|收入)|薪资(要求|期望)|期望年收入/,
    en: /(expected|desired) (annual |base |monthly )?(salary|compensation|pay)|salary expectations?|compensation expectations?/,
    not: /current|当前|目前|现/,
  },
  {
    id: 'availability',
    title: { zh: '到岗时间', en: 'Available to start' },
    zh: /到岗(时间|日期)|最快(多久|何时)?(可以)?到岗|可到岗|何时(可以)?到岗|最早(可)?(到岗|入职)(时间|日期)?|可入职(时间|日期)/,
    en: /notice period|when can you start|earliest (possible )?start|availab(le|ility) (to|date to) start|start date availability/,
    options: [
      { id: 'now', zh: ['随时', '随时到岗', '立即', '立即到岗'], en: ['Immediately', 'Immediate', 'ASAP'] },
      { id: '1w', zh: ['一周内', '1周内', '一周以内'], en: ['Within 1 week', '1 week', 'One week'] },
      { id: '2w', zh: ['两周内', '2周内', '两周以内'], en: ['Within 2 weeks', '2 weeks', 'Two weeks'] },
      { id: '1m', zh: ['一个月内', '1个月内', '一月内'], en: ['Within 1 month', '1 month', 'One month'] },
      { id: '3m', zh: ['三个月内', '3个月内'], en: ['Within 3 months', '3 months', 'Three months'] },
    ],
  },
  {
    id: 'englishLevel',
    title: { zh: '英语水平', en: 'English level' },
    zh: /英语(水平|等级|能力|级别|成绩)|外语(水平|等级)|四六级/,
    en: /english (level|proficiency|skills?)|level of english/,
    options: [
      { id: 'tem8', zh: ['专业八级', '英语专业八级', 'TEM-8'], en: ['TEM-8', 'TEM8'] },
      { id: 'tem4', zh: ['专业四级', '英语专业四级', 'TEM-4'], en: ['TEM-4', 'TEM4'] },
      {
        id: 'cet6',
        zh: ['CET-6', '大学英语六级', '英语六级', '六级'],
        en: ['CET-6', 'CET6', 'College English Test Band 6'],
      },
      {
        id: 'cet4',
        zh: ['CET-4', '大学英语四级', '英语四级', '四级'],
        en: ['CET-4', 'CET4', 'College English Test Band 4'],
      },
      { id: 'native', zh: ['母语'], en: ['Native', 'Native speaker', 'Bilingual'] },
      { id: 'fluent', zh: ['流利', '精通'], en: ['Fluent', 'Full professional proficiency'] },
    ],
  },
  {
    id: 'visaSponsorship',
    title: { zh: '是否需要签证担保', en: 'Requires visa sponsorship' },
    zh: /签证担保|担保签证|工作签证(担保|支持|赞助)|签证(支持|赞助)/,
    en: /sponsor/,
    options: YES_NO,
  },
  {
    id: 'workAuthorization',
    title: { zh: '是否有合法工作许可', en: 'Authorized to work' },
    zh: /工作许可|合法(的)?工作(权|资格|身份)|工作权/,
    en: /authori[sz]ed to work|work authori[sz]ation|eligible to work|right to work|legally (eligible|permitted|able) to work/,
    not: /sponsor|担保/,
    options: YES_NO,
  },
  {
    id: 'relocation',
    title: { zh: '是否接受异地工作', en: 'Willing to relocate' },
    zh: /异地(工作|就业)|(接受|愿意|能否|是否)(外派|搬迁|调往|迁居)|工作地(点)?调(整|剂)/,
    en: /relocat/,
    options: YES_NO,
  },
  {
    id: 'referralSource',
    title: { zh: '从何得知本职位', en: 'How did you hear about us' },
    zh: /(从何|如何|怎么|怎样|通过(什么|何种|哪些?)(渠道|途径|方式)?)(渠道)?(得知|了解|获知|知道|看到)|信息来源|获知(渠道|途径)|了解(渠道|途径)|招聘信息(来源|渠道)/,
    en: /how did you (hear|find|learn)|where did you (hear|find|learn|see)|heard about (us|this)|how you heard/,
    options: [
      {
        id: 'website',
        zh: ['公司官网', '官网', '官方网站', '招聘官网'],
        en: ['Company website', 'Careers page', 'Company careers site'],
      },
      { id: 'linkedin', zh: ['领英'], en: ['LinkedIn'] },
      { id: 'campus', zh: ['校园宣讲会', '宣讲会', '校园招聘'], en: ['Campus event', 'Campus recruiting'] },
      { id: 'jobFair', zh: ['招聘会'], en: ['Career fair', 'Job fair'] },
      { id: 'friend', zh: ['朋友', '朋友介绍', '亲友'], en: ['Friend', 'Word of mouth'] },
      { id: 'jobBoard', zh: ['招聘网站'], en: ['Job board', 'Online job board'] },
    ],
  },
  {
    id: 'languages',
    title: { zh: '掌握语言', en: 'Languages' },
    zh: /^语言$|^语种$|掌握(的)?语言|语言能力|外语语种|^外语$|会(说|讲)(的)?语言/,
    en: /^languages?( spoken)?$|languages? (you )?(speak|spoken)|language skills|which languages/,
    not: /english|英语|水平|level|programming|编程/,
    widgets: ['text'],
  },
];

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

export function conceptById(id: string): Concept | undefined {
  return BY_ID.get(id);
}

/** The concept a résumé key stands in for (location ← currentCity). */
export function conceptForResumeKey(key: string): Concept | undefined {
  return CONCEPTS.find((c) => c.resumeKey === key);
}

/** Whether the concept's values are identifiers to mask and to fill only on request. */
export function isSensitive(id: string): boolean {
  return !!BY_ID.get(id)?.sensitive;
}
