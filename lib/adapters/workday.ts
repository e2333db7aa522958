// Workday (*.myworkdayjobs.com, *.myworkdaysite.com): one application wizard per tenant, in the tenant's
// language, so every selector here is a data-automation-id, a data-fkit-id wrapper or an id Workday
// generates from its own field keys — never label text. The wizard replaces its step content in place
// (My Information → My Experience → questions → disclosures → review) and the adapter names which step
// is on the page: each step is a "generation" below, so a field missing from its own step is reported
// as a selector miss, and one that belongs to another step is not. The Languages panel set is never
// added: the résumé has no language facts. Custom questions (GUID keys) are left to the generic engine.
import type { SiteAdapter } from '~/lib/fill/types';
import { workdayCombobox } from './workday-prompt';

type Dom = 'sign-in' | 'info' | 'experience' | 'other-steps' | 'legacy-info';

/** A control inside the current DOM's field wrapper of a repeated panel: `{section}-{n}--{key}`. */
const inPanel = (section: string, key: string, control: string) =>
  `[data-fkit-id^="${section}-"][data-fkit-id$="--${key}"] ${control}`;
const MONTH = 'input[data-automation-id="dateSectionMonth-input"]';
const YEAR = 'input[data-automation-id="dateSectionYear-input"]';
const CURRENT_STEPS = ['info', 'experience', 'other-steps'] as const;

export const workday: SiteAdapter<Dom> = {
  id: 'workday',
  name: 'Workday',
  matches: [
    'https://*.myworkdayjobs.com/*', // tenants: {tenant}.wd{N}.myworkdayjobs.com/{locale}/{site}/…
    'https://*.myworkdaysite.com/*', // tenants, alternate domain
  ],
  testUrls: [
    'https://example.wd5.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1/apply/applyManually',
    'https://wd3.myworkdaysite.com/recruiting/example/External/job/X/apply',
    'https://xinghe.wd3.myworkdayjobs.com/zh-CN/Xinghe_Careers/job/Shanghai/Engineer_R2041387/apply/applyManually',
    'https://example.wd1.myworkdayjobs.com/External/job/Austin-TX/Analyst_R99/apply/autofillWithResume',
  ],
  generations: {
    'sign-in': {
      // Before the wizard: Create Account / Sign In. The generic engine fills the email, never a password.
      name: 'sign-in / create account page (generic engine only)',
      detect: '[data-automation-id="createAccountSubmitButton"], [data-automation-id="signInSubmitButton"]',
    },
    info: {
      name: 'current DOM (formField-* / data-fkit-id wrappers), My Information step',
      detect: '[data-automation-id="applyFlowMyInfoPage"] [data-fkit-id]',
    },
    experience: {
      // The panel sets start empty: the step root is the only sure sign.
      name: 'current DOM, My Experience step',
      detect: '[data-automation-id="applyFlowMyExpPage"]',
    },
    'other-steps': {
      name: 'current DOM, questions / disclosures / self-identify / review steps (generic engine only)',
      detect: [
        'applyFlowPrimaryQuestionsPage',
        'applyFlowVoluntaryDisclosuresPage',
        'applyFlowSelfIdentifyPage',
        'applyFlowReviewPage',
      ]
        .map((id) => `[data-automation-id="${id}"]`)
        .join(', '),
    },
    'legacy-info': {
      name: 'older DOM (data-automation-id on the inputs, generated ids), My Information step',
      detect: '[data-automation-id="legalNameSection_firstName"]',
    },
  },
  fields: [
    // ---- My Information
    {
      key: 'name.given',
      selectors: [
        { css: 'input#name--legalName--firstName', dom: 'info' },
        { css: 'input[data-automation-id="legalNameSection_firstName"]', dom: 'legacy-info' },
      ],
    },
    {
      key: 'name.family',
      selectors: [
        { css: 'input#name--legalName--lastName', dom: 'info' },
        { css: 'input[data-automation-id="legalNameSection_lastName"]', dom: 'legacy-info' },
      ],
    },
    { key: 'email', selectors: [{ css: 'input#emailAddress--emailAddress', dom: 'info' }] },
    {
      // A prompt listing 'Country (+code)'; the number box beside it then takes the national number.
      key: 'phone.countryCode',
      selectors: [
        {
          css: '[data-fkit-id="phoneNumber--countryPhoneCode"] input[data-automation-id="searchBox"]',
          dom: 'info',
        },
      ],
    },
    {
      // Phone Device Type, a listbox button: Mobile / 移动电话 when the résumé's number is a mobile.
      key: 'phone.deviceType',
      optional: true,
      selectors: [
        { css: 'button#phoneNumber--phoneType[aria-haspopup="listbox"]', dom: 'info' },
        { css: '[data-automation-id="phone-device-type"]', dom: 'legacy-info' },
      ],
    },
    {
      key: 'phone',
      selectors: [
        { css: 'input#phoneNumber--phoneNumber', dom: 'info' },
        { css: 'input[data-automation-id="phone-number"]', dom: 'legacy-info' },
      ],
    },
    // ---- My Experience: Work Experience panels (workExperience-{n}--…)
    {
      key: 'experience.title',
      optional: true,
      selectors: [{ css: inPanel('workExperience', 'jobTitle', 'input'), dom: 'experience' }],
    },
    {
      key: 'experience.company',
      optional: true,
      selectors: [{ css: inPanel('workExperience', 'companyName', 'input'), dom: 'experience' }],
    },
    {
      key: 'experience.current',
      optional: true,
      selectors: [
        { css: inPanel('workExperience', 'currentlyWorkHere', 'input[type=checkbox]'), dom: 'experience' },
      ],
    },
    {
      key: 'experience.start',
      part: 'month',
      optional: true,
      selectors: [{ css: inPanel('workExperience', 'startDate', MONTH), dom: 'experience' }],
    },
    {
      key: 'experience.start',
      part: 'year',
      optional: true,
      selectors: [{ css: inPanel('workExperience', 'startDate', YEAR), dom: 'experience' }],
    },
    {
      key: 'experience.end',
      part: 'month',
      optional: true,
      selectors: [{ css: inPanel('workExperience', 'endDate', MONTH), dom: 'experience' }],
    },
    {
      key: 'experience.end',
      part: 'year',
      optional: true,
      selectors: [{ css: inPanel('workExperience', 'endDate', YEAR), dom: 'experience' }],
    },
    {
      key: 'experience.description',
      optional: true,
      selectors: [{ css: inPanel('workExperience', 'roleDescription', 'textarea'), dom: 'experience' }],
    },
    // ---- My Experience: Education panels (education-{n}--…)
    {
      key: 'education.school',
      optional: true,
      selectors: [
        { css: inPanel('education', 'schoolName', 'input'), dom: 'experience' },
        // Tenants that pick the school from a list: a prompt.
        { css: inPanel('education', 'school', 'input[data-automation-id="searchBox"]'), dom: 'experience' },
      ],
    },
    {
      key: 'education.degree',
      optional: true,
      selectors: [
        { css: inPanel('education', 'degree', 'button[aria-haspopup="listbox"]'), dom: 'experience' },
      ],
    },
    {
      key: 'education.major',
      optional: true,
      selectors: [
        {
          css: inPanel('education', 'fieldOfStudy', 'input[data-automation-id="searchBox"]'),
          dom: 'experience',
        },
      ],
    },
    {
      key: 'education.gpa',
      optional: true,
      selectors: [{ css: inPanel('education', 'gradeAverage', 'input'), dom: 'experience' }],
    },
    {
      key: 'education.start',
      part: 'month',
      optional: true,
      selectors: [{ css: inPanel('education', 'firstYearAttended', MONTH), dom: 'experience' }],
    },
    {
      key: 'education.start',
      part: 'year',
      optional: true,
      selectors: [{ css: inPanel('education', 'firstYearAttended', YEAR), dom: 'experience' }],
    },
    {
      key: 'education.end',
      part: 'month',
      optional: true,
      selectors: [{ css: inPanel('education', 'lastYearAttended', MONTH), dom: 'experience' }],
    },
    {
      key: 'education.end',
      part: 'year',
      optional: true,
      selectors: [{ css: inPanel('education', 'lastYearAttended', YEAR), dom: 'experience' }],
    },
  ],
  sections: {
    experience: [{ css: '[role=group][aria-labelledby="Work-Experience-section"]', dom: 'experience' }],
    education: [{ css: '[role=group][aria-labelledby="Education-section"]', dom: 'experience' }],
  },
  addButtons: {
    // "Add" while the set is empty, "Add Another" after: the same button.
    experience: [
      {
        css: '[aria-labelledby="Work-Experience-section"] [data-automation-id="add-button"]',
        dom: 'experience',
      },
    ],
    education: [
      { css: '[aria-labelledby="Education-section"] [data-automation-id="add-button"]', dom: 'experience' },
    ],
  },
  lists: [
    {
      // One URL per Websites panel (webAddress-{n}--url).
      name: 'websites',
      keys: ['website', 'github', 'linkedin'],
      field: [{ css: '[data-fkit-id^="webAddress-"][data-fkit-id$="--url"] input', dom: 'experience' }],
      add: [
        { css: '[aria-labelledby="Websites-section"] [data-automation-id="add-button"]', dom: 'experience' },
      ],
    },
  ],
  widgets: {
    // Prompts: the search box of a multiselect, on every step and in both DOM generations.
    combobox: [...CURRENT_STEPS, 'legacy-info' as const].map((dom) => ({
      css: '[data-automation-id="multiSelectContainer"] input[data-automation-id="searchBox"]',
      dom,
    })),
  },
  drivers: { combobox: workdayCombobox },
  wizard: {
    // The step root (applyFlowMyInfoPage, applyFlowMyExpPage, …): its automation id names the step.
    step: [...CURRENT_STEPS, 'legacy-info' as const].map((dom) => ({
      css: '[data-automation-id^="applyFlow"][data-automation-id$="Page"]',
      dom,
    })),
    stepName: 'data-automation-id',
  },
};
