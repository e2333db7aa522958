import type { Message } from '~/lib/i18n/strings';

// The résumé as the rest of the extension sees it: every derived fact sits beside the raw text it came
// from, so the card can show the original and the fill engine can render any format.

export interface YearMonth {
  year: number;
  /** 1–12; absent when the résumé gives only a year. */
  month?: number;
}

export interface DateRange {
  raw: string;
  start?: YearMonth;
  end?: YearMonth;
  /** 至今 / present / now. */
  current: boolean;
}

export type DegreeLevel = 'highschool' | 'associate' | 'bachelor' | 'master' | 'mba' | 'doctorate';
export type StudyMode = 'full-time' | 'part-time';

export interface PersonName {
  raw: string;
  full: string;
  family: string;
  given: string;
  /** Romanized for English forms, e.g. { full: 'Siyuan Li', given: 'Siyuan', family: 'Li' }. */
  latin: { full: string; given: string; family: string };
  /** True when the latin name came from the file (`name_en` / an English profile) instead of pinyin. */
  latinFromFile: boolean;
}

export interface Phone {
  raw: string;
  /** Digits only, without country code: 13712345678. */
  national: string;
  /** Digits only: '86'. */
  countryCode: string;
  /** +8613712345678 */
  e164: string;
  mobile: boolean | null;
}

export interface Contact {
  phone?: Phone;
  email?: string;
  birth?: YearMonth & { raw: string; day?: number };
  website?: string;
  location?: string;
  linkedin?: string;
  github?: string;
  wechat?: string;
}

export interface Gpa {
  raw: string;
  value: number;
  scale?: number;
}

export interface Education {
  raw: { school: string; major: string; date: string; description: string };
  school: string;
  /** The annotation after the school: 'QS Ranking 8', '985/211'. */
  schoolNote?: string;
  major: string;
  degree?: DegreeLevel;
  studyMode?: StudyMode;
  dates: DateRange;
  gpa?: Gpa;
  /** '专业第8' and the like, kept as written. */
  ranking?: string;
  description: string;
}

export interface Experience {
  raw: { company: string; title: string; date: string; description: string };
  company: string;
  department?: string;
  title: string;
  /** 'L7' from '高级后端开发工程师（L7）'. */
  level?: string;
  dates: DateRange;
  description: string;
}

export interface Highlight {
  raw: string;
  /** '全链路' from '【全链路】…'. */
  tag?: string;
  text: string;
}

export interface Project {
  raw: { name: string; date: string };
  name: string;
  role?: string;
  dates: DateRange;
  summary: string;
  highlights: Highlight[];
}

export interface Resume {
  name: PersonName;
  contact: Contact;
  education: Education[];
  experience: Experience[];
  projects: Project[];
  skills: string[];
  /** Markdown body after the front matter, kept as free text. */
  body?: string;
  /** Keys the importer did not know, kept as written. */
  extra: Record<string, unknown>;
  /** Language the résumé is written in (CJK text → 'zh'). */
  lang: 'zh' | 'en';
}

export interface ImportIssue {
  /** Stable machine code: 'yaml-syntax', 'schema', 'empty', 'no-front-matter', 'too-large', 'binary', 'js-front-matter', … */
  code: string;
  /** Human message in English: what, where, how to fix (logs, the command line, tests). */
  message: string;
  /** The same message in a form the UI renders in its own language (absent in profiles stored earlier). */
  says?: Message;
  /** Path in the résumé, e.g. 'education[1].date'. */
  path?: string;
  line?: number;
  column?: number;
}

export type ImportResult =
  { ok: true; resume: Resume; warnings: ImportIssue[] } | { ok: false; errors: ImportIssue[] };
