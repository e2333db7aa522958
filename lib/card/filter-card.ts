import type { CardEntry, CardFact, CardSection } from './facts-types';

/** Case-, width- and spacing-insensitive form used on both sides of a match (ＧＰＡ = gpa). */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function queryTokens(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter(Boolean);
}

function factText(f: CardFact): string {
  return [f.label, f.value, f.tag ?? '', ...f.alternatives.map((a) => a.value)].join('\n');
}

export interface CardFilterResult {
  sections: CardSection[];
  /** Entries whose collapsed details matched and so should be shown open. */
  expanded: Set<string>;
  /** True when the query is empty (nothing was filtered). */
  all: boolean;
}

/**
 * Keeps the facts matching every word of the query. Words may be spread over the section title, the entry
 * title and the fact itself, so "阿里 P6" finds the level of the Alibaba job and "教育" keeps all of education.
 */
export function filterCard(sections: CardSection[], query: string): CardFilterResult {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return { sections, expanded: new Set(), all: true };
  const expanded = new Set<string>();
  const out: CardSection[] = [];
  for (const section of sections) {
    const entries: CardEntry[] = [];
    for (const entry of section.entries) {
      const context = normalizeForSearch(`${section.title}\n${entry.title}\n${entry.subtitle ?? ''}`);
      const matches = (f: CardFact) => {
        const hay = `${context}\n${normalizeForSearch(factText(f))}`;
        return tokens.every((t) => hay.includes(t));
      };
      const facts = entry.facts.filter(matches);
      const details = entry.details.filter(matches);
      if (facts.length + details.length === 0) continue;
      // Open the details only when their own text matched, not merely the section or entry title.
      if (details.some((d) => tokens.some((t) => normalizeForSearch(factText(d)).includes(t)))) {
        expanded.add(entry.id);
      }
      entries.push({ ...entry, facts, details });
    }
    if (entries.length > 0) out.push({ ...section, entries });
  }
  return { sections: out, expanded, all: false };
}
