// 阿里巴巴 campus hiring (campus-talent.alibaba.com, earlier talent.alibaba.com/campus): the résumé page
// (我的简历, /personal/resume) is built from UXCore / Kuma components ([OJF] in recruiting-sites.md §12):
// `.uxcore-card` cards titled `.uxcore-card-title-text`, labels `.kuma-label .label-content`, one entry per
// `.uxcore-form-field-group-inner-wrap`, `.kuma-select2` selects, `.kuma-datepicker` month pickers and
// `.kuma-cascader`. The labels say what each question asks and the generic engine reads them (and drives
// those widgets: rc-select comboboxes with their late body-portal menu, a read-only month input opening a
// year / month panel), so this adapter pins no field. What it adds is the page's flow:
//
// - Every card is saved on its own and shows its saved content as text. Its form appears only after the
//   card's own 编辑 (基本信息) or 添加 (an entry list), and 保存 sends that card alone to Alibaba's server.
//   Pressing 保存 is submitting the user's data, the same step as Workday's "Save and Continue", which the
//   extension never presses: the fill presses 编辑 / 添加 to open the forms it can fill, fills them, and
//   leaves 保存 (or 取消) to the user; the report says the opened cards are not saved yet.
// - An entry card keeps one form open at a time (添加 while one is open only raises "请先保存…"): the fill
//   opens one form per card with the first résumé entry no saved entry of the card names yet (a saved
//   entry shows its school / company / project name), and the report asks the user to press 保存 and then
//   Fill this page again for the rest; the next fill continues with the next entry and never fills one
//   already saved. No public source says whether the page lets several entry forms stay open at once
//   ([OJF] only says "edit → save"); the fixture takes the stricter one-at-a-time behaviour, which this
//   flow handles either way: a card that keeps several open gets them all, up to `openAtOnce`.
// - Another build heads an entry list with 编辑 too: it opens the whole list as one editor (saved entries
//   as filled forms, one blank form when none is saved) with + 添加… under the rows, and saves it whole.
//   The fill opens it while its text lacks a résumé entry and adds one blank row per entry missing.
// - 基本信息 is opened again on a later fill only while its saved text lacks the applicant's name, email
//   or phone, so saving it once is enough.
// Runtime imports are relative: wxt.config.ts loads the adapters (for the host list) without the `~` alias.
import type { SiteAdapter } from '~/lib/fill/types';

type Dom = 'uxcore';

export const alibaba: SiteAdapter<Dom> = {
  id: 'alibaba',
  name: '阿里巴巴',
  matches: [
    'https://talent.alibaba.com/*', // the older portal: campus and social hiring
    'https://campus-talent.alibaba.com/*', // the campus portal: positions, 我的简历
  ],
  testUrls: [
    'https://talent.alibaba.com/campus/position-detail?positionId=1',
    'https://talent.alibaba.com/off-campus/position-list?lang=zh',
    'https://campus-talent.alibaba.com/campus/position/199903540003',
    'https://campus-talent.alibaba.com/campus/position?batchId=100000560002',
    'https://campus-talent.alibaba.com/personal/resume',
  ],
  generations: {
    uxcore: {
      name: 'UXCore résumé cards (.uxcore-card, edit → save per card)',
      detect: '.uxcore-card .uxcore-card-title-text',
    },
  },
  fields: [],
  cards: {
    card: [{ css: '.uxcore-card', dom: 'uxcore' }],
    // Read by the section rules: 基本信息 is opened, 教育经历 / 实习/工作经历 / 项目经历 get entries, any
    // other card (获奖经历, 求职意向) is left closed.
    title: [{ css: '.uxcore-card-title-text', dom: 'uxcore' }],
    // The card header's action: a pencil for a one-form card (or for an entry list edited whole), a plus
    // for an entry list that opens one entry at a time.
    edit: [{ css: '.uxcore-card-extra .kuma-icon-edit', dom: 'uxcore' }],
    add: [
      { css: '.uxcore-card-extra .kuma-icon-add', dom: 'uxcore' }, // the header plus: one more entry
      { css: '.uxcore-card-body .kuma-icon-add', dom: 'uxcore' }, // + 添加… under a card edited whole
    ],
    // One entry, saved (text) or open (its form). Not declared as `blocks`: one selector for every
    // section would tell the engine nothing about which section a form is; the generic block finder
    // takes each open form as its entry's block.
    entry: [{ css: '.uxcore-form-field-group-inner-wrap', dom: 'uxcore' }],
    openAtOnce: 1,
  },
};
