// Without block containers, a section starts a new entry when a field it has already seen comes again
// (a second 学校 after 学校, 专业, 开始时间). Fields inside blocks are numbered by their block instead.
import type { Classification, FieldDescription } from '~/lib/fill/types';
import { ENTRY_SECTIONS, sectionOfKey } from './section-context';

export function assignEntries(fields: FieldDescription[], out: Map<number, Classification>): void {
  for (const section of ENTRY_SECTIONS) {
    let entry = 0;
    const seen = new Set<string>();
    for (const field of fields) {
      const c = out.get(field.id);
      if (!c || field.block || sectionOfKey(c.key) !== section) continue;
      const what = `${c.key}/${c.part ?? ''}`;
      if (seen.has(what)) {
        entry++;
        seen.clear();
      }
      seen.add(what);
      c.entry = entry;
    }
  }
}
