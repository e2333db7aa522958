import type { DateRange, Experience } from '~/lib/resume/types';
import { hasCjk } from '~/lib/i18n/lang';

export interface ExperienceInput {
  company: string;
  title?: string;
  date?: string;
  description?: string;
}

const SPACED_SEPARATOR = /\s+[-–—|｜·•]\s+/;
const BARE_STRONG_SEPARATOR = /[—–|｜·•]/;

function balanced(text: string): boolean {
  const open = (text.match(/[（(]/g) ?? []).length;
  const close = (text.match(/[）)]/g) ?? []).length;
  return open === close;
}

function bareHyphenNextToCjk(text: string): number {
  for (let i = text.indexOf('-'); i > 0; i = text.indexOf('-', i + 1)) {
    if (hasCjk(text[i - 1]) || hasCjk(text.slice(i + 1, i + 3))) return i;
  }
  return -1;
}

/**
 * '美团-到店事业群技术部' → 美团 + 到店事业群技术部. A bare hyphen between Latin letters is part of
 * the name ('Coca-Cola'), so it splits only next to Chinese text; spaced separators always split.
 */
export function splitCompany(raw: string): { company: string; department?: string } {
  const text = raw.trim();
  let at = -1;
  let width = 0;
  const spaced = SPACED_SEPARATOR.exec(text);
  const strong = BARE_STRONG_SEPARATOR.exec(text);
  if (spaced) [at, width] = [spaced.index, spaced[0].length];
  else if (strong) [at, width] = [strong.index, 1];
  else [at, width] = [bareHyphenNextToCjk(text), 1];
  if (at <= 0) return { company: text };
  const company = text.slice(0, at).trim();
  const department = text
    .slice(at + width)
    .trim()
    .replace(/^[-–—]+\s*/, '');
  if (company === '' || department === '' || !balanced(company)) return { company: text };
  return { company, department };
}

// P6, L7, T3-2, 2-1, IC4, M1, P7+: short, with a digit; anything else in brackets stays in the title.
const LEVEL = /^(?:[A-Za-z]{1,4}\s*-?\s*)?\d{1,2}(?:[-.]\d{1,2})?\+?$/;
const TRAILING_BRACKET = /^(.*?)\s*[（(]\s*([^（）()]+?)\s*[）)]\s*$/;

/** '高级后端开发工程师（L7）' → 高级后端开发工程师 + L7. */
export function splitTitle(raw: string): { title: string; level?: string } {
  const text = raw.trim();
  const m = TRAILING_BRACKET.exec(text);
  if (!m || m[1] === '' || !LEVEL.test(m[2])) return { title: text };
  return { title: m[1], level: m[2] };
}

export function deriveExperience(entry: ExperienceInput, dates: DateRange): Experience {
  const raw = {
    company: entry.company,
    title: entry.title ?? '',
    date: entry.date ?? '',
    description: entry.description ?? '',
  };
  const exp: Experience = {
    raw,
    ...splitCompany(raw.company),
    ...splitTitle(raw.title),
    dates,
    description: raw.description.trim(),
  };
  return exp;
}
