// 飞书招聘 (*.jobs.feishu.cn tenants) and ByteDance's own careers site (jobs.bytedance.com), one platform in
// two component generations (../shared/notes/recruiting-sites.md §10):
// - atsx: the older `atsx-*` library (antd-3-like class names under another prefix). A field box is
//   `[class~=atsx-form-item]` with a plain <label> and nothing else that names the field, so the generic
//   engine reads those labels; this adapter pins the two controls that do carry their own class (the
//   phone number and the dial-code select beside it), and collects the month period picker, which has no
//   input, as a control its own driver writes (feishu-period-picker.ts).
// - formily: Formily forms drawn with ByteDance's UD library. Inputs have no id or name, but each leaf
//   field wrapper (`.ud-formily-item-size-large`) carries `data-form-field-name`; sections and their array
//   cards sit in wrappers named the same way, so every field is pinned through those names, in any tenant
//   language. Array entries are named `<list>.<n>.<field>`; the selectors take the name's last segment
//   (or a bare field name) inside the list's wrapper, so the entry's number never matters.
// A school dictionary that lacks the name offers a 手动填写 checkbox beside its label: the combobox driver
// is wrapped to take it (feishu-manual-entry.ts).
// Repeated entries are `apply-form-array-card__*` cards with an 添加 button below each list. Every list
// selector is scoped to its list: a tenant whose form names its lists otherwise, or asks for no such
// list, is left to the generic engine without a selector reported missed.
import type { SiteAdapter } from '~/lib/fill/types';
import { withManualEntry } from './feishu-manual-entry';
import { feishuDatePicker, PERIOD_PICKER } from './feishu-period-picker';

type Dom = 'atsx' | 'formily';

/**
 * A formily leaf field by its whole name (the basic-information fields), outside every list card: a
 * tenant whose cards name their fields bare has a project's `name` too.
 */
const leaf = (name: string) =>
  `.ud-formily-item-size-large[data-form-field-name="${name}"]:not([class*="apply-form-array-card__"] *)`;
/** A formily leaf field inside a list's wrapper, by the last segment of its name. */
const entry = (list: string, field: string) =>
  `[data-form-field-name="${list}"] .ud-formily-item-size-large:is([data-form-field-name$=".${field}"], [data-form-field-name="${field}"])`;

// UD controls inside a leaf. The select's own search input is a native input too (role=combobox on the
// real site; a build without the role still has it inside the selector), so the typed box is the one
// that is neither.
const TEXT = 'input.ud__native-input:not([role=combobox], .ud__select__selector input)';
const SELECT = '.ud__select__selector';
// 起止时间: two YYYY-MM boxes on either side of the range separator, then 至今 where the entry may run on.
const FROM = 'input.ud__native-input:not([class*=separator] ~ * input)';
const TO = '[class*=separator] ~ * input.ud__native-input';
const NOW = 'input.ud__checkbox__input';

// Formily list names, as the section wrappers carry them.
const EDUCATION = 'education';
const WORK = 'work';
const PROJECT = 'project';

export const feishu: SiteAdapter<Dom> = {
  id: 'feishu',
  name: '飞书招聘',
  matches: [
    'https://*.jobs.feishu.cn/*', // tenants (atsx), and ByteDance's mirror of its own portal
    'https://jobs.bytedance.com/*', // ByteDance careers (Formily/UD form)
  ],
  testUrls: [
    'https://example.jobs.feishu.cn/campus/position/123/detail',
    'https://example.jobs.feishu.cn/index/resume/1234567890123456789/apply',
    'https://example-auto.jobs.feishu.cn/campus/resume/7291846503821/apply',
    'https://jobs.bytedance.com/campus/position/123/apply',
    'https://jobs.bytedance.com/campus/resume/7301846295017430281/apply',
    'https://jobs.bytedance.com/experienced/position/7301846295017430281/detail',
  ],
  generations: {
    atsx: {
      name: 'atsx components (*.jobs.feishu.cn tenants)',
      detect: '[class~="atsx-form-item"]',
    },
    formily: {
      name: 'Formily + UD components (jobs.bytedance.com)',
      detect: '.ud-formily-item-size-large[data-form-field-name]',
    },
  },
  fields: [
    // Basic information.
    { key: 'name.full', selectors: [{ css: `${leaf('name')} ${TEXT}`, dom: 'formily' }] },
    {
      // The dial code defaults to +1: a select beside the number, in the number's own field box.
      key: 'phone.countryCode',
      selectors: [
        { css: '[class~="atsx-form-item"]:has(input.atsx-phone-input) .atsx-select-selection', dom: 'atsx' },
        { css: `${leaf('mobile')} ${SELECT}`, dom: 'formily' },
      ],
    },
    {
      key: 'phone.national',
      selectors: [
        { css: 'input.atsx-phone-input', dom: 'atsx' },
        { css: `${leaf('mobile')} ${TEXT}`, dom: 'formily' },
      ],
    },
    { key: 'email', selectors: [{ css: `${leaf('email')} ${TEXT}`, dom: 'formily' }] },
    // Works / links: not every posting asks for them.
    {
      key: 'website',
      optional: true,
      selectors: [{ css: `${leaf('portfolio')} ${TEXT}`, dom: 'formily' }],
    },
    // Education.
    {
      key: 'education.school',
      selectors: [
        {
          css: `${entry(EDUCATION, 'school')} ${TEXT}`,
          dom: 'formily',
          scope: `[data-form-field-name="${EDUCATION}"]`,
        },
      ],
    },
    {
      key: 'education.degree',
      selectors: [
        {
          css: `${entry(EDUCATION, 'degree')} ${SELECT}`,
          dom: 'formily',
          scope: `[data-form-field-name="${EDUCATION}"]`,
        },
      ],
    },
    {
      key: 'education.major',
      selectors: [
        {
          css: `${entry(EDUCATION, 'major')} ${TEXT}`,
          dom: 'formily',
          scope: `[data-form-field-name="${EDUCATION}"]`,
        },
      ],
    },
    {
      key: 'education.start',
      selectors: [
        {
          css: `${entry(EDUCATION, 'period')} ${FROM}`,
          dom: 'formily',
          scope: `[data-form-field-name="${EDUCATION}"]`,
        },
      ],
    },
    {
      key: 'education.end',
      selectors: [
        {
          css: `${entry(EDUCATION, 'period')} ${TO}`,
          dom: 'formily',
          scope: `[data-form-field-name="${EDUCATION}"]`,
        },
      ],
    },
    // Work.
    {
      key: 'experience.company',
      selectors: [
        {
          css: `${entry(WORK, 'company')} ${TEXT}`,
          dom: 'formily',
          scope: `[data-form-field-name="${WORK}"]`,
        },
      ],
    },
    {
      key: 'experience.title',
      selectors: [
        { css: `${entry(WORK, 'title')} ${TEXT}`, dom: 'formily', scope: `[data-form-field-name="${WORK}"]` },
      ],
    },
    {
      key: 'experience.start',
      selectors: [
        {
          css: `${entry(WORK, 'period')} ${FROM}`,
          dom: 'formily',
          scope: `[data-form-field-name="${WORK}"]`,
        },
      ],
    },
    {
      // 至今 disables the end box: on a page already filled it may be the only one, and not collected.
      key: 'experience.end',
      optional: true,
      selectors: [
        { css: `${entry(WORK, 'period')} ${TO}`, dom: 'formily', scope: `[data-form-field-name="${WORK}"]` },
      ],
    },
    {
      key: 'experience.current',
      selectors: [
        { css: `${entry(WORK, 'period')} ${NOW}`, dom: 'formily', scope: `[data-form-field-name="${WORK}"]` },
      ],
    },
    {
      key: 'experience.description',
      selectors: [
        {
          css: `${entry(WORK, 'description')} textarea`,
          dom: 'formily',
          scope: `[data-form-field-name="${WORK}"]`,
        },
      ],
    },
    // Projects.
    {
      key: 'projects.name',
      selectors: [
        {
          css: `${entry(PROJECT, 'name')} ${TEXT}`,
          dom: 'formily',
          scope: `[data-form-field-name="${PROJECT}"]`,
        },
      ],
    },
    {
      key: 'projects.role',
      selectors: [
        {
          css: `${entry(PROJECT, 'role')} ${TEXT}`,
          dom: 'formily',
          scope: `[data-form-field-name="${PROJECT}"]`,
        },
      ],
    },
    {
      key: 'projects.start',
      selectors: [
        {
          css: `${entry(PROJECT, 'period')} ${FROM}`,
          dom: 'formily',
          scope: `[data-form-field-name="${PROJECT}"]`,
        },
      ],
    },
    {
      // As for work: 至今 disables the end box.
      key: 'projects.end',
      optional: true,
      selectors: [
        {
          css: `${entry(PROJECT, 'period')} ${TO}`,
          dom: 'formily',
          scope: `[data-form-field-name="${PROJECT}"]`,
        },
      ],
    },
    {
      key: 'projects.current',
      selectors: [
        {
          css: `${entry(PROJECT, 'period')} ${NOW}`,
          dom: 'formily',
          scope: `[data-form-field-name="${PROJECT}"]`,
        },
      ],
    },
    {
      key: 'projects.description',
      selectors: [
        {
          css: `${entry(PROJECT, 'description')} textarea`,
          dom: 'formily',
          scope: `[data-form-field-name="${PROJECT}"]`,
        },
      ],
    },
  ],
  controls: [
    // The month period picker shows two texts and keeps a hidden input nothing listens to.
    { css: `[class~="atsx-form-item"] ${PERIOD_PICKER}`, dom: 'atsx', widget: 'date-picker' },
  ],
  // The card of one entry. The trailing `__` keeps the card's inner parts (`apply-form-array-card-content__…`)
  // out. atsx sections are told apart by their heading text only: the generic finders place those.
  blocks: {
    education: [
      { css: `[data-form-field-name="${EDUCATION}"] [class*="apply-form-array-card__"]`, dom: 'formily' },
    ],
    experience: [
      { css: `[data-form-field-name="${WORK}"] [class*="apply-form-array-card__"]`, dom: 'formily' },
    ],
    projects: [
      { css: `[data-form-field-name="${PROJECT}"] [class*="apply-form-array-card__"]`, dom: 'formily' },
    ],
  },
  addButtons: {
    education: [
      {
        css: `[data-form-field-name="${EDUCATION}"] button[class*="apply-form-array-card"][class*="add"]`,
        dom: 'formily',
        scope: `[data-form-field-name="${EDUCATION}"]`,
      },
    ],
    experience: [
      {
        css: `[data-form-field-name="${WORK}"] button[class*="apply-form-array-card"][class*="add"]`,
        dom: 'formily',
        scope: `[data-form-field-name="${WORK}"]`,
      },
    ],
    projects: [
      {
        css: `[data-form-field-name="${PROJECT}"] button[class*="apply-form-array-card"][class*="add"]`,
        dom: 'formily',
        scope: `[data-form-field-name="${PROJECT}"]`,
      },
    ],
  },
  // A dictionary select (学校) whose name is not listed is typed in the box its 手动填写 checkbox reveals.
  drivers: { 'date-picker': feishuDatePicker, combobox: withManualEntry },
};
