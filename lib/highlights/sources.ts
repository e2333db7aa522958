import type { DateRange, Resume } from '~/lib/resume/types';

// What the picker offers: each project (summary + highlights) and each job (its description split into
// the clauses people usually paste one by one).

export interface PickItem {
  /** Stable within one résumé: 'p0.s', 'p0.h2', 'e1.d0'. */
  id: string;
  sourceId: string;
  kind: 'summary' | 'highlight';
  tag?: string;
  text: string;
}

export interface PickSource {
  id: string;
  kind: 'project' | 'experience';
  name: string;
  role?: string;
  dates: DateRange;
  items: PickItem[];
}

/** Sentence and clause ends; a '.' counts only before a space so '3.75' and 'Alibaba.com' stay whole. */
const CLAUSE_END = /(?<=[；;。！？!?])|(?<=\.)(?=\s)/u;

export function splitClauses(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter((c) => c.replace(/[；;。！？!?.\s]/gu, '') !== '');
}

export function buildPickSources(resume: Resume): PickSource[] {
  const projects: PickSource[] = resume.projects.map((p, i) => {
    const id = `p${i}`;
    const items: PickItem[] = [];
    if (p.summary.trim())
      items.push({ id: `${id}.s`, sourceId: id, kind: 'summary', text: p.summary.trim() });
    p.highlights.forEach((h, j) => {
      if (!h.text.trim()) return;
      items.push({
        id: `${id}.h${j}`,
        sourceId: id,
        kind: 'highlight',
        ...(h.tag ? { tag: h.tag } : {}),
        text: h.text.trim(),
      });
    });
    return { id, kind: 'project', name: p.name, ...(p.role ? { role: p.role } : {}), dates: p.dates, items };
  });
  const jobs: PickSource[] = resume.experience.map((x, i) => {
    const id = `e${i}`;
    const clauses = splitClauses(x.description);
    const items: PickItem[] = clauses.map((text, j) => ({
      id: `${id}.d${j}`,
      sourceId: id,
      kind: clauses.length > 1 ? 'highlight' : 'summary',
      text,
    }));
    return {
      id,
      kind: 'experience',
      name: x.company,
      ...(x.title ? { role: x.title } : {}),
      dates: x.dates,
      items,
    };
  });
  return [...projects, ...jobs].filter((s) => s.items.length > 0);
}
