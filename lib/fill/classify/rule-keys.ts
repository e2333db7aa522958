// Section-dependent keys and widget sets shared by both language tables.
import type { WidgetKind } from '~/lib/fill/types';
import type { KeyBySection } from './rule-types';

export const START: KeyBySection = {
  education: 'education.start',
  experience: 'experience.start',
  projects: 'projects.start',
};
export const END: KeyBySection = {
  education: 'education.end',
  experience: 'experience.end',
  projects: 'projects.end',
};
export const RANGE: KeyBySection = {
  education: 'education.range',
  experience: 'experience.range',
  projects: 'projects.range',
};
export const DESCRIPTION: KeyBySection = {
  education: 'education.description',
  experience: 'experience.description',
  projects: 'projects.description',
};
/** 名称 / Name inside an entry: the school, the company, the project. */
export const ENTRY_NAME: KeyBySection = {
  education: 'education.school',
  experience: 'experience.company',
  projects: 'projects.name',
};
/** 职位 / Title: the job title at work, the role in a project; a bare 职位 elsewhere is a past job's. */
export const ROLE: KeyBySection = {
  experience: 'experience.title',
  projects: 'projects.role',
  none: 'experience.title',
};
/** Like ROLE but never outside a section: 'Title' alone on a personal form may mean Mr/Ms. */
export const ROLE_IN_ENTRY: KeyBySection = { experience: 'experience.title', projects: 'projects.role' };
export const CURRENT: KeyBySection = {
  experience: 'experience.current',
  projects: 'projects.current',
  none: 'experience.current',
};
/** 学历 under 教育经历 is that entry's degree; on a form without sections it means the highest one. */
export const DEGREE: KeyBySection = { education: 'education.degree', none: 'highestDegree' };

export const CHECKBOX: readonly WidgetKind[] = ['checkbox'];
/** Choices and short boxes: a number of years is never asked in a textarea. */
export const SHORT: readonly WidgetKind[] = [
  'text',
  'select',
  'combobox',
  'listbox-button',
  'radio-group',
  'native-date',
  'date-picker',
];
export const PICKERS: readonly WidgetKind[] = ['select', 'combobox', 'listbox-button', 'radio-group'];
