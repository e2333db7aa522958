// Which résumé entry each section field takes. Every entry on the page (a block container, or the
// unblocked fields up to where the entry's first question comes again) takes exactly one résumé entry,
// for all its fields. Entries take the résumé's entries in order, except education blocks that name a
// degree level (a 本科 / 硕士 / 博士 row, a 硕士阶段 section): those take the entry of their level or none.
import type { Classification, FieldDescription, FieldKey, Section } from '~/lib/fill/types';
import type { Resume } from '~/lib/resume/types';
import { entryUnits } from '~/lib/fill/classify/assign-entries';
import { entriesByLevel, levelOfBlock } from './entry-levels';

export const SECTIONS: Section[] = ['education', 'experience', 'projects'];

export function sectionOf(key: FieldKey): Section | undefined {
  const head = key.split('.')[0];
  return (SECTIONS as string[]).includes(head) ? (head as Section) : undefined;
}

export interface BlockAssignment {
  /** field.id → entry index within its section; -1 when the block's level matches no résumé entry. */
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
  resume?: Pick<Resume, 'education'>,
): BlockAssignment {
  const index = new Map<number, number>();
  const counts = { education: 0, experience: 0, projects: 0 } as Record<Section, number>;
  const blocks = { education: [], experience: [], projects: [] } as Record<Section, Element[]>;
  for (const section of SECTIONS) {
    const own = sectionFields(fields, classes, section, bar);
    blocks[section] = [...new Set(own.map((f) => f.block).filter((b): b is Element => !!b))].sort(docOrder);
    // Blocks are numbered among blocks, loose fields among loose fields: a 毕业院校 under 基本信息 asks for
    // the first entry as much as the first row of the education table does.
    const units = entryUnits(own, section, (f) => classes.get(f.id)!);
    const groups = [units.filter((u) => u.block), units.filter((u) => !u.block)];
    counts[section] = Math.max(groups[0]!.length, groups[1]!.length);
    for (const group of groups) {
      const levels =
        section === 'education' && resume
          ? group.map((u) =>
              levelOfBlock(
                u.block,
                u.fields.map((f) => f.sectionHeading),
              ),
            )
          : [];
      const entries = levels.some(Boolean)
        ? entriesByLevel(levels, resume!.education)
        : group.map((_, i) => i);
      group.forEach((unit, i) => {
        for (const f of unit.fields) index.set(f.id, entries[i]!);
      });
    }
  }
  return { index, counts, blocks };
}
