// Which fields of an entry section belong together (one résumé entry each). A block container is one
// entry. Without blocks, a new entry starts only when the entry's first question (开始年月 in a table
// row), or its anchor (学校, 公司, 项目名称), comes again: 学历 then 学位 are one entry's two degree boxes, not two entries, so a
// lone education form never mixes the school of one entry with the degree and dates of the next.
import type { Classification, FieldDescription, FieldKey, Section } from '~/lib/fill/types';
import { ENTRY_SECTIONS, sectionContext, sectionOfKey } from './section-context';

/** The question that opens an entry and never appears twice in one. */
const ANCHOR: Record<Section, FieldKey> = {
  education: 'education.school',
  experience: 'experience.company',
  projects: 'projects.name',
};

/** Keys a single entry may ask twice (学历 + 学位; two boxes of one 起止时间; two description boxes). */
const MAY_REPEAT = /\.(degree|range|description)$/;

export interface EntryUnit {
  fields: FieldDescription[];
  /** The block container, when the entry has one. */
  block?: Element;
  /**
   * Loose fields under the personal heading while others sit under the section's own (毕业时间 under
   * 基本信息, the cards below under 教育经历): a summary of one entry, numbered apart from the entries.
   */
  summary?: boolean;
}

/**
 * The entries a section's fields form, in document order: one per block, and the unblocked fields split
 * where an entry's opening question comes again. `own` are the section's fields in document order.
 */
export function entryUnits(
  own: FieldDescription[],
  section: Section,
  classOf: (field: FieldDescription) => Classification,
): EntryUnit[] {
  const units: EntryUnit[] = [];
  const byBlock = new Map<Element, EntryUnit>();
  const anchor = ANCHOR[section];
  const what = (f: FieldDescription) => `${classOf(f).key}/${classOf(f).part ?? ''}`;
  // A level's heading (本科阶段, Graduate) names no section: only a personal one (基本信息) is outside.
  const outside = (f: FieldDescription) => sectionContext(f.sectionHeading) === 'personal';
  const split = own.some((f) => sectionContext(f.sectionHeading) === section);
  // Two runs of loose fields: the section's own, and a summary under the personal heading.
  const open: Array<{ unit: EntryUnit; seen: Set<string> } | undefined> = [undefined, undefined];
  for (const field of own) {
    if (field.block) {
      let unit = byBlock.get(field.block);
      if (!unit) {
        byBlock.set(field.block, (unit = { fields: [], block: field.block }));
        units.push(unit);
      }
      unit.fields.push(field);
      open[0] = open[1] = undefined;
      continue;
    }
    const run = split && outside(field) ? 1 : 0;
    const key = classOf(field).key;
    const w = what(field);
    const current = open[run];
    if (current?.seen.has(w)) {
      const first = current.unit.fields[0]!;
      const opens = key === anchor || (w === what(first) && !MAY_REPEAT.test(key));
      if (opens) open[run] = undefined;
    }
    if (!open[run]) {
      open[run] = { unit: { fields: [], ...(run === 1 && { summary: true }) }, seen: new Set() };
      units.push(open[run]!.unit);
    }
    open[run]!.unit.fields.push(field);
    open[run]!.seen.add(w);
  }
  return units;
}

/** Numbers the entries of every section on `out` (Classification.entry), blocks included. */
export function assignEntries(fields: FieldDescription[], out: Map<number, Classification>): void {
  for (const section of ENTRY_SECTIONS) {
    const own = fields.filter((f) => {
      const c = out.get(f.id);
      return !!c && sectionOfKey(c.key) === section;
    });
    const next = [0, 0];
    for (const unit of entryUnits(own, section, (f) => out.get(f.id)!)) {
      const entry = next[unit.summary ? 1 : 0]!++;
      for (const f of unit.fields) out.get(f.id)!.entry = entry;
    }
  }
}
