// Shape of the quick-reference card: sections of entries, each entry a list of copyable facts.

/** One other way of writing a fact (phone with +86, a date as 2024年9月…). */
export interface FactAlt {
  /** Short hint shown beside the value; may be a string key resolved by the UI's dictionary. */
  label: string;
  value: string;
}

export interface CardFact {
  id: string;
  label: string;
  value: string;
  alternatives: FactAlt[];
  /** For highlights: the 【tag】, searchable and shown as a chip. */
  tag?: string;
}

export interface CardEntry {
  id: string;
  title: string;
  subtitle?: string;
  facts: CardFact[];
  /** Collapsed by default (a project's highlights). */
  details: CardFact[];
}

export type CardSectionId = 'basics' | 'education' | 'experience' | 'projects' | 'skills';

export interface CardSection {
  id: CardSectionId;
  title: string;
  entries: CardEntry[];
}
