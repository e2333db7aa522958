// Which résumé entry each section field takes: block #1 of 教育经历 → education[0], and so on. Blocks are
// the repeated-entry containers collect found; without them a section starts a new entry whenever a
// field it has already seen comes again.
import type { Classification, FieldDescription, FieldKey, Section } from '~/lib/fill/types';

export const SECTIONS: Section[] = ['education', 'experience', 'projects'];

export function sectionOf(key: FieldKey): Section | undefined {
  const head = key.split('.')[0];
  return (SECTIONS as string[]).includes(head) ? (head as Section) : undefined;
}

export interface BlockAssignment {
  /** field.id → entry index within its section. */
  index: Map<number, number>;
  /** How many entries the page shows per section. */
  counts: Record<Section, number>;
  /** The block containers per section, in document order. */
  blocks: Record<Section, Element[]>;
}

function docOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Field ids of a section (at or above the bar), in document order. */
export function sectionFields(
  fields: FieldDescription[],
  classes: Map<number, Classification>,
  section: Section,
  bar: number,
): FieldDescription[] {
  return fields.filter((f) => {
    const c = classes.get(f.id);
    return c && c.confidence >= bar && sectionOf(c.key) === section;
  });
}

export function assignBlocks(
  fields: FieldDescription[],
  classes: Map<number, Classification>,
  bar: number,
): BlockAssignment {
  const index = new Map<number, number>();
  const counts = { education: 0, experience: 0, projects: 0 } as Record<Section, number>;
  const blocks = { education: [], experience: [], projects: [] } as Record<Section, Element[]>;
  for (const section of SECTIONS) {
    const own = sectionFields(fields, classes, section, bar);
    const found = [...new Set(own.map((f) => f.block).filter((b): b is Element => !!b))].sort(docOrder);
    blocks[section] = found;
    let entry = 0;
    const seen = new Set<string>();
    for (const f of own) {
      if (f.block) {
        index.set(f.id, found.indexOf(f.block));
        continue;
      }
      const c = classes.get(f.id)!;
      if (c.entry !== undefined) {
        // The classifier already knew the entry from context (first 学校 on the page → 0).
        index.set(f.id, c.entry);
        entry = Math.max(entry, c.entry);
        continue;
      }
      const repeatKey = `${c.key}/${c.part ?? ''}`;
      if (seen.has(repeatKey)) {
        entry++;
        seen.clear();
      }
      seen.add(repeatKey);
      index.set(f.id, entry);
    }
    const unblocked = own.some((f) => !f.block) ? entry + 1 : 0;
    counts[section] = Math.max(found.length, unblocked);
  }
  return { index, counts, blocks };
}
