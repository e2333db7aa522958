// The words of a fill report (status names, entry names, the in-page panel's title and buttons), one
// vocabulary for the popup and the in-page panel. Kept apart from the UI tables, which spread these in,
// because the fill script shows the in-page panel: it carries these few words, not every UI string.
import type { UiLang } from './lang';

export const reportZh = {
  sectionEducation: '教育经历',
  sectionExperience: '工作经历',
  sectionProjects: '项目经历',
  statusFilled: '已填写',
  statusUncertain: '请核对',
  statusRequiredEmpty: '必填未填',
  statusFailed: '未能填写',
  statusKept: '保留原值',
  statusOpenQuestion: '未猜测',
  reportPickerHint: '开放问题，需要你自己写：右键此框 →“在此插入简历亮点…”，挑选要插入的内容',
  reportEntry: '{section} {n} · {label}',
  reportUndo: '撤销',
  reportDismiss: '关闭',
  reportInPageTitle: '简历自动填写',
};

export const reportEn: Record<ReportKey, string> = {
  sectionEducation: 'Education',
  sectionExperience: 'Work experience',
  sectionProjects: 'Projects',
  statusFilled: 'Filled',
  statusUncertain: 'Check',
  statusRequiredEmpty: 'Required, empty',
  statusFailed: 'Could not fill',
  statusKept: 'Kept yours',
  statusOpenQuestion: 'Not guessed',
  reportPickerHint:
    'An open question for you to answer: right-click the box → “Insert résumé highlights here…” to pick what to insert',
  reportEntry: '{section} {n} · {label}',
  reportUndo: 'Undo',
  reportDismiss: 'Dismiss',
  reportInPageTitle: 'Résumé autofill',
};

export type ReportKey = keyof typeof reportZh;

const tables: Record<UiLang, Record<ReportKey, string>> = { zh: reportZh, en: reportEn };

/** A report word in `lang`, its `{name}` placeholders filled. */
export function translateReport(
  lang: UiLang,
  key: ReportKey,
  params?: Record<string, string | number>,
): string {
  const text = tables[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
}
