import type { DateRange, Highlight, Project } from '~/lib/resume/types';

export interface ProjectInput {
  name: string;
  date?: string;
  summary?: string;
  highlights?: string[];
}

const ROLE_SEPARATOR = /\s*[·•|｜]\s*|\s+[-–—]\s+|\s*——\s*/;

/** '团购交易平台 · 交易链路技术负责人' → 团购交易平台 + 交易链路技术负责人. */
export function splitProjectName(raw: string): { name: string; role?: string } {
  const text = raw.trim();
  const m = ROLE_SEPARATOR.exec(text);
  if (!m) return { name: text };
  const name = text.slice(0, m.index).trim();
  const role = text.slice(m.index + m[0].length).trim();
  return name && role ? { name, role } : { name: text };
}

// 【全链路】…, [Tag] …, 【tag】：…, **Tag**: …
const TAGGED = /^\s*(?:【([^】]+)】|\[([^\]]+)\]|\*\*([^*]+)\*\*)\s*[:：]?\s*([\s\S]*)$/;

export function parseHighlight(raw: string): Highlight {
  const m = TAGGED.exec(raw);
  const tag = m ? (m[1] ?? m[2] ?? m[3]).trim() : '';
  if (!m || tag === '') return { raw, text: raw.trim() };
  return { raw, tag, text: m[4].trim() };
}

export function deriveProject(entry: ProjectInput, dates: DateRange): Project {
  const raw = { name: entry.name, date: entry.date ?? '' };
  return {
    raw,
    ...splitProjectName(raw.name),
    dates,
    summary: (entry.summary ?? '').trim(),
    highlights: (entry.highlights ?? []).filter((h) => h.trim() !== '').map(parseHighlight),
  };
}
