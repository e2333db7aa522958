// 腾讯招聘 (join.qq.com/resumeedit.html?postid=…): a Vue 3 + Element Plus résumé editor
// (../shared/notes/recruiting-sites.md §11). Sections are `.send_box` boxes titled by a `.send_title`;
// each question is a plain `.subtitle` line above an Element Plus control whose el-form-item has no label
// of its own. The controls carry nothing that says what they ask: Element Plus gives them generated
// `el-id-*` ids and no name, and the form item keeps its `prop` out of the DOM. So the only stable thing
// that tells 学校名称 from 专业 is the text of the question line and of the section title: every field
// below is pinned by structure (`.send_box` → the row holding a `.subtitle` → the Element Plus control)
// AND that text (`text`, read through `questions`). Label text is all the real site offers here.
// - Selects (学历) are `.el-select` with their menus teleported to <body>; the generic combobox driver
//   chooses from them. Dates are Element Plus month editors: a school's 起止时间 is one monthrange editor
//   (开始日期 至 结束日期), a job's or project's may be two month pickers with a 至今 box.
// - 当前所处地 and 期望工作城市 are 3-level 省/市/区 cascaders: a résumé's place is no path through them,
//   so this adapter's combobox driver never writes a cascader (the generic one would pick a province).
// - Entries are added with the site's own 新增 / 添加 control below each section; no source names its
//   class, so the generic Add-button finder (which reads the section around it) presses it.
// Runtime imports are relative: wxt.config.ts loads the adapters (for the host list) without the `~` alias.
import type { Driver, FieldDescription, SiteAdapter, SiteField, WriteResult } from '~/lib/fill/types';

type Dom = 'send-box';

const DOM: Dom = 'send-box';

// Element Plus controls, as the site renders them (§11: input.el-input__inner, .el-select,
// input[placeholder*=日期], label.el-radio).
const TEXT = 'input.el-input__inner';
const TEXTAREA = 'textarea.el-textarea__inner';
const SELECT = '.el-select';
// 起止时间: Element Plus' own zh-CN placeholders for the two halves, in a monthrange editor or two pickers.
const FROM = 'input[placeholder^="开始"][placeholder*="日期"]';
const TO = 'input[placeholder^="结束"][placeholder*="日期"]';
const RADIO = 'label.el-radio';
const NOW = '.el-checkbox input[type=checkbox]';

// Section titles (`.send_title`), as the site words them; 实习 and 工作 share one section on campus forms.
const BASIC = /基本|个人/;
const EDUCATION = /教育/;
const WORK = /工作|实习/;
const PROJECT = /项目/;

/**
 * A control answering the question `question` in the section titled `section`: every selector is a
 * `.send_box` control under a `.subtitle` line, told apart by that line's words (the site offers no
 * attribute that names the question).
 */
function field(
  key: SiteField<Dom>['key'],
  css: string | string[],
  section: RegExp,
  question: RegExp,
  optional = false,
): SiteField<Dom> {
  return {
    key,
    ...(optional ? { optional } : {}),
    selectors: [css].flat().map((c) => ({ css: `.send_box ${c}`, dom: DOM, text: { section, question } })),
  };
}

/** Is this control part of an Element Plus cascader (省/市/区)? */
export function isCascader(f: Pick<FieldDescription, 'el'>): boolean {
  return !!f.el.closest('.el-cascader');
}

/**
 * The generic combobox driver, except for cascaders: a place in the résumé names no 省 → 市 → 区 path,
 * and choosing its first level alone is a wrong answer, so a cascader is left for the applicant.
 */
export function sparingCascaders(generic: Driver): Driver {
  return {
    ...generic,
    write: async (f, value, opts): Promise<WriteResult> =>
      isCascader(f)
        ? { ok: false, shown: generic.read(f), reason: 'a 省/市/区 cascader: left for you to choose' }
        : generic.write(f, value, opts),
  };
}

export const tencent: SiteAdapter<Dom> = {
  id: 'tencent',
  name: '腾讯招聘',
  matches: ['https://join.qq.com/*'],
  testUrls: [
    'https://join.qq.com/resumeedit.html?postid=123',
    'https://join.qq.com/resumeedit.html?postid=1f2e3d4c5b6a7980a1b2c3d4e5f60718',
  ],
  generations: {
    'send-box': {
      name: 'Element Plus résumé editor (.send_box sections, .subtitle questions)',
      detect: '.send_box .subtitle',
    },
  },
  questions: [{ dom: DOM, title: '.subtitle', section: '.send_box', sectionTitle: '.send_title' }],
  fields: [
    // 基本信息: §11's labels 姓名, 手机号码, 邮箱.
    field('name.full', TEXT, BASIC, /^姓名$/),
    field('phone', TEXT, BASIC, /^(手机号码|手机|联系电话)$/),
    field('email', TEXT, BASIC, /^(邮箱|电子邮箱)$/),
    // 教育经历: 学历, 学校名称, 专业, 起止时间, GPA (§11); 是否全日制 is not in the sourced list.
    field('education.degree', SELECT, EDUCATION, /^(学历|最高学历)$/),
    // A typed box, or a filterable select searching the school list (Element Plus 2.5+ draws its own
    // input, no el-input__inner, inside it).
    field('education.school', [TEXT, SELECT], EDUCATION, /^(学校名称|学校)$/),
    field('education.major', TEXT, EDUCATION, /^(专业|专业名称)$/),
    field('education.start', FROM, EDUCATION, /^起止时间$/),
    field('education.end', TO, EDUCATION, /^起止时间$/),
    field('education.gpa', TEXT, EDUCATION, /^GPA/i),
    field('education.fullTime', RADIO, EDUCATION, /全日制/, true),
    // 实习/工作经历: 公司, 职位, 起止时间 (§11); 至今 and the description are not sourced.
    field('experience.company', TEXT, WORK, /^(公司|公司名称)$/),
    field('experience.title', TEXT, WORK, /^(职位|职位名称)$/),
    field('experience.start', FROM, WORK, /^起止时间$/),
    // 至今 disables the end picker: on a page already filled it is not collected.
    field('experience.end', TO, WORK, /^起止时间$/, true),
    field('experience.current', NOW, WORK, /^起止时间$/, true),
    field('experience.description', TEXTAREA, WORK, /描述|内容/, true),
    // 项目经历: 项目名称 (§11); the rest as the work entries.
    field('projects.name', TEXT, PROJECT, /^项目名称$/),
    field('projects.role', TEXT, PROJECT, /角色|职责|职务/, true),
    field('projects.start', FROM, PROJECT, /^起止时间$/, true),
    field('projects.end', TO, PROJECT, /^起止时间$/, true),
    field('projects.current', NOW, PROJECT, /^起止时间$/, true),
    field('projects.description', TEXTAREA, PROJECT, /描述|内容/, true),
  ],
  drivers: { combobox: sparingCascaders },
};
