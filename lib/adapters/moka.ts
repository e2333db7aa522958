// Moka (app.mokahr.com): campus and social hiring share one application form, a React SPA behind a hash
// router (`…/campus-recruitment/{org}/{id}#/job/{uuid}/apply`). Its inputs have no id and no name and its
// class names carry hashed suffixes, so controls are known by class prefix only: `apply-block-*` (a
// section, title in `blockTitle-*`) > `apply-fields-*` (a row or one record) > `apply-field-*` plus the
// field's type (`string_info-*`, `select_info-*`, `day_info-*`, `date_info-*`, …); the title is
// `[class^=title-]`. The type says what kind of control a field is, not what it asks (姓名 and 邮箱 are both
// string_info), so the question itself is left to the generic engine reading the field's title, and the
// adapter pins what the structure alone gives away, and brings drivers for Moka's own widgets (sd-Select
// menus, the day_info year → month panel). Facts: ../shared/notes/recruiting-sites.md §8.
// Keep the trailing dash in `apply-field-`: without it the `apply-fields-*` rows match too.
import type { SiteAdapter } from '~/lib/fill/types';
import { dayInfoDriver, MONTH_PICKER_INPUTS, SD_SEARCH_INPUT, sdSelectDriver } from './moka-widgets';

type Dom = 'apply-form';

/** A string_info field whose input box holds an sd-Select before the input: the phone with its code. */
const PHONE_BOX =
  '[class*=apply-field-][class*=string_info-] [class*=sd-Input-container-]:has(> [class*=sd-Select-container-])';

export const moka: SiteAdapter<Dom> = {
  id: 'moka',
  name: 'Moka',
  matches: ['https://app.mokahr.com/*'], // campus and social hiring portals of every company
  testUrls: [
    'https://app.mokahr.com/campus-recruitment/example/1234#/job/abc/apply',
    'https://app.mokahr.com/campus-recruitment/xinghe/40123#/job/8f3a2c71-5d0e-4b8a-9c61-2f7d0a9e4b13/apply',
    'https://app.mokahr.com/social-recruitment/example/5678#/job/0c5e2d4a-7b1f-4e2a-8d3c-5a6b7c8d9e0f/apply',
  ],
  generations: {
    'apply-form': {
      name: 'apply form (apply-block / apply-field layout, sd-* widgets)',
      detect: '[class*=apply-block-] [class*=apply-field-]',
    },
  },
  fields: [
    {
      // The phone's country code: an sd-Select inside the phone field's own input box (+86 by default).
      key: 'phone.countryCode',
      optional: true,
      selectors: [{ css: `${PHONE_BOX} > [class*=sd-Select-container-]`, dom: 'apply-form' }],
    },
    {
      // The number typed beside that code select.
      key: 'phone.national',
      optional: true,
      selectors: [{ css: `${PHONE_BOX} > input`, dom: 'apply-form' }],
    },
  ],
  controls: [
    // A day_info input is read-only and may say only 请选择: the field's type alone says it is a date.
    { css: MONTH_PICKER_INPUTS[0]!, widget: 'date-picker', dom: 'apply-form' },
    // A date_info period drawn as two sd-DatePickers (开始时间 至 结束时间) instead of four sd-Selects.
    { css: MONTH_PICKER_INPUTS[1]!, widget: 'date-picker', dom: 'apply-form' },
  ],
  widgets: {
    // A dictionary sd-Select (学校名称) takes typing in its own input, so the generic rules see a text box;
    // what is typed there is only a query, dropped on close, and the item picked is the answer.
    combobox: [{ css: SD_SEARCH_INPUT, dom: 'apply-form' }],
  },
  drivers: {
    // sd-Select: selects (学历, 性别), every part of the month-range-select year/month ranges, and the
    // searchable dictionary selects (学校名称).
    combobox: sdSelectDriver,
    // day_info (出生日期 (年龄)) and sd-DatePicker halves of a period: read-only, filled through the
    // year → month panel only.
    'date-picker': dayInfoDriver,
  },
  own: {
    parsesResume:
      'Moka reads an uploaded résumé file (简历附件) and fills name, contact, education and projects itself, then may lock what it filled; the fill uploads the résumé file kept in the options page first (without one, upload it yourself, then fill) and keeps what Moka wrote, filling only what it left empty.',
  },
};
