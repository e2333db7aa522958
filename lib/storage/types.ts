// Shapes kept in browser.storage. Everything the UI, background and content script read goes through
// lib/storage, so these are the only persisted types.
import type { ImportIssue, Resume } from '~/lib/resume/types';

/** One imported résumé. A Chinese and an English version of the same person are two profiles. */
export interface Profile {
  id: string;
  label: string;
  lang: 'zh' | 'en';
  /** The text as imported, so a Markdown export gives back exactly that file. */
  markdown: string;
  fileName?: string;
  importedAt: number;
  resume: Resume;
  warnings: ImportIssue[];
  /** How it came in; a JSON Resume import keeps a generated Markdown in `markdown`. */
  source?: 'markdown' | 'json-resume';
}

export interface Settings {
  activeProfileId?: string;
  /** hostname → profile id, remembered per site. */
  profileBySite: Record<string, string>;
  /** Replace values already in a form; off by default so nothing the user typed is lost. */
  overwrite: boolean;
  pickerFormatBySite: Record<string, unknown>;
  cardPosition?: { x: number; y: number };
  /**
   * On a multi-step application in one page (Workday), fill each next step by itself once the user has
   * moved to it; absent or false (the default) → the next step is filled when the user asks.
   */
  fillNextSteps?: boolean;
  /** Fill ID numbers (身份证号, passport number) from the answers; absent or false: never. */
  fillIdNumbers?: boolean;
  /** UI language chosen in the options page; absent → follow the browser. */
  uiLang?: 'zh' | 'en';
}

export const DEFAULT_SETTINGS: Settings = {
  profileBySite: {},
  overwrite: false,
  pickerFormatBySite: {},
};

export type ImportOptions = { fileName?: string; byteLength?: number; replaceId?: string };
