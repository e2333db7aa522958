// Pages without recognisable headings still group an entry's fields together: a 开始时间 right after 学校
// belongs to the school. The nearest "anchor" field (学校, 公司, 项目名称…) in the same block, or close by
// under the same heading, says which entry section a section-dependent label belongs to.
import type { FieldDescription, Section } from '~/lib/fill/types';
import { foldForMatch } from '~/lib/fill/describe/text';
import { ENTRY_SECTIONS, TABLES } from './section-context';

const REACH = 8;

function anchorOf(field: FieldDescription): Section | undefined {
  const text = foldForMatch(field.label || field.hints.placeholder || '');
  if (!text) return undefined;
  let found: Section | undefined;
  for (const section of ENTRY_SECTIONS) {
    if (!TABLES.some((t) => t.anchors[section]?.test(text))) continue;
    if (found) return undefined;
    found = section;
  }
  return found;
}

function near(field: FieldDescription, other: FieldDescription | undefined): other is FieldDescription {
  if (!other) return false;
  if (field.block || other.block) return field.block === other.block;
  return field.sectionHeading === other.sectionHeading;
}

export function inferEntrySection(field: FieldDescription, context: FieldDescription[]): Section | undefined {
  const at = context[field.id] === field ? field.id : context.indexOf(field);
  if (at < 0) return undefined;
  for (let d = 1; d <= REACH; d++) {
    const before = context[at - d];
    if (near(field, before)) {
      const s = anchorOf(before);
      if (s) return s;
    }
  }
  for (let d = 1; d <= REACH; d++) {
    const after = context[at + d];
    if (near(field, after)) {
      const s = anchorOf(after);
      if (s) return s;
    }
  }
  return undefined;
}
