// Which résumé entry each section field takes. Every entry on the page (a block container, or the
// unblocked fields up to where the entry's first question comes again) takes exactly one résumé entry,
// for all its fields. Entries take the résumé's entries in order (oldest first where the section asks for
// that: entry-order.ts), except education blocks that name a degree level (a 本科 / 硕士 / 博士 row, a 硕士阶段
// section): those take the entry of their level or none.
import type { Classification, FieldDescription, FieldKey, Section } from '~/lib/fill/types';
import type { Resume } from '~/lib/resume/types';
import { entryUnits } from '~/lib/fill/classify/assign-entries';
import { entriesByLevel, levelOfBlock, levelOfLabels, levelOfTitle, type BlockLevel } from './entry-levels';
import { entriesInOrder, orderAsked, sectionNotes, formNotes } from './entry-order';
import { entryShown, keepShownEntries, type ShownEntry } from './shown-entries';
import { sideFormFields } from './side-forms';

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

/** One-time questions about the applicant: a second one after entry sections begins another form. */
const ONCE = /^(name\.|email$|phone$|birth$|gender$)/;

/**
 * Which application form of the page each field belongs to (0, 1, …). A page may hold several forms one
 * after another (a registration form per position, a form per step kept on the page); each numbers its
 * education / work / project entries from the first résumé entry. A form starts over where a one-time
 * question (姓名, 出生年月) comes again after entry sections, which one form never does.
 */
export function formParts(
  fields: FieldDescription[],
  classes: Map<number, Classification>,
  bar: number,
): Map<number, number> {
  const part = new Map<number, number>();
  let n = 0;
  let seen = new Set<string>();
  let entriesSince = false;
  for (const f of fields) {
    const c = classes.get(f.id);
    if (!c || c.confidence < bar) continue;
    if (sectionOf(c.key)) entriesSince = true;
    else if (ONCE.test(c.key)) {
      // By key alone: 出生年月 as one box in one form and as 年 + 月 in the next is the same question.
      const what = c.key;
      if (seen.has(what) && entriesSince) {
        n++;
        seen = new Set();
        entriesSince = false;
      }
      seen.add(what);
    }
    part.set(f.id, n);
  }
  return part;
}

/** The table row every field of a loose entry sits in (a 全日制教育 row of a 报名表), if one. */
function rowOf(fields: FieldDescription[]): Element | undefined {
  const row = fields[0]?.el.closest('tr');
  return row && fields.every((f) => f.el.closest('tr') === row) ? row : undefined;
}

/**
 * The words every label of a unit begins with ('本科 - 毕业院校', '最高学历 - 专业': a flat form that names
 * the entry in each question).
 */
function labelPrefix(fields: FieldDescription[]): string | undefined {
  const prefixes = new Set(fields.map((f) => /^(.{2,8}?)\s*[-－—–]\s*\S/.exec(f.label)?.[1]));
  const [prefix] = prefixes;
  return prefixes.size === 1 ? prefix : undefined;
}

/** The degree level a unit names: in its block or table row, in its labels' prefix, or in its own box. */
function levelOfUnit(
  unit: { block?: Element; fields: FieldDescription[] },
  section: FieldDescription[],
  besideBlocks: boolean,
): BlockLevel | undefined {
  const headings = unit.fields.map((f) => f.sectionHeading);
  const box = unit.block ?? rowOf(unit.fields);
  if (box) return levelOfBlock(box, headings);
  const prefix = labelPrefix(unit.fields);
  if (prefix) return levelOfTitle(prefix) ?? levelOfBlock(undefined, headings);
  const named = levelOfLabels(unit.fields.map((f) => f.label));
  if (named) return named;
  // A stage unlike its neighbours (a 高中 block asking fewer questions than the 本科 and 硕士 blocks
  // beside it) is no block, yet still names its level in its own box.
  return levelOfBlock(besideBlocks ? unitBox(unit.fields, section) : undefined, headings);
}

/** The smallest element holding all of a unit's fields and no other field of its section. */
function unitBox(fields: FieldDescription[], section: FieldDescription[]): Element | undefined {
  let box = fields[0]?.el.parentElement ?? null;
  while (box && !fields.every((f) => box!.contains(f.el))) box = box.parentElement;
  if (!box || box === box.ownerDocument.body) return undefined;
  return section.some((f) => !fields.includes(f) && box!.contains(f.el)) ? undefined : box;
}

function isDescription(c: Classification | undefined): boolean {
  return !!c && c.key.endsWith('.description');
}

export function assignBlocks(
  pageFields: FieldDescription[],
  classes: Map<number, Classification>,
  bar: number,
  resume?: Pick<Resume, 'education'> & Partial<Pick<Resume, 'experience' | 'projects'>>,
): BlockAssignment {
  const index = new Map<number, number>();
  // A site search or a newsletter box is no entry's question: a header's 搜索职位 read as a job title
  // would open a work entry of its own and push the real card's title into the next one.
  const aside = sideFormFields(pageFields, classes, bar);
  const fields = aside.size ? pageFields.filter((f) => !aside.has(f.id)) : pageFields;
  const counts = { education: 0, experience: 0, projects: 0 } as Record<Section, number>;
  const blocks = { education: [], experience: [], projects: [] } as Record<Section, Element[]>;
  const parts = formParts(fields, classes, bar);
  for (const section of SECTIONS) {
    const all = sectionFields(fields, classes, section, bar);
    blocks[section] = [...new Set(all.map((f) => f.block).filter((b): b is Element => !!b))].sort(docOrder);
    const forms = new Map<number, FieldDescription[]>();
    for (const f of all) {
      const form = parts.get(f.id)!;
      if (!forms.has(form)) forms.set(form, []);
      forms.get(form)!.push(f);
    }
    for (const own of forms.values()) {
      // Blocks are numbered among blocks, loose fields among loose fields, a summary outside the section
      // (毕业时间 under 基本信息) among summaries: it asks for the first entry as much as the first row of the
      // education table does.
      const all = entryUnits(own, section, (f) => classes.get(f.id)!);
      // A lone long text outside any entry ('Summary' after an Experience list still to be added) is no
      // entry: counting it would leave Add unpressed and put a job's description into the profile's.
      const stray = all.filter((u) => !u.block && u.fields.every((f) => isDescription(classes.get(f.id))));
      for (const u of stray) for (const f of u.fields) index.set(f.id, -1);
      const units = all.filter((u) => !stray.includes(u));
      const groups = [
        units.filter((u) => u.block),
        units.filter((u) => !u.block && !u.summary),
        units.filter((u) => u.summary),
      ];
      counts[section] = Math.max(counts[section], groups[0]!.length, groups[1]!.length, groups[2]!.length);
      for (const group of groups) {
        const levels =
          section === 'education' && resume
            ? group.map((u) => levelOfUnit(u, own, groups[0]!.length > 0))
            : [];
        const first = group[0]?.fields[0];
        // A summary (毕业院校 beside 最高学历 under 基本信息) is the latest entry, whatever order the
        // section's own table asks for.
        const order =
          group === groups[2]
            ? undefined
            : orderAsked(
                [
                  ...new Set(group.flatMap((u) => u.fields.map((f) => f.sectionHeading))),
                  first && sectionNotes(first.el),
                  first && formNotes(first.el),
                ],
                section,
              );
        const inOrder = resume?.[section] ? entriesInOrder(resume[section]!, order) : [];
        const planned = levels.some(Boolean)
          ? entriesByLevel(levels, resume!.education, inOrder)
          : group.map((_, i) => inOrder[i] ?? i);
        const list = resume?.[section] as ShownEntry[] | undefined;
        const entries = list
          ? keepShownEntries(
              planned,
              group.map((u) => entryShown(u.fields, (f) => classes.get(f.id)!, list, section)),
            )
          : planned;
        group.forEach((unit, i) => {
          for (const f of unit.fields) index.set(f.id, entries[i]!);
        });
      }
    }
  }
  return { index, counts, blocks };
}
