// The order fields are written in: the document's, except that an entry's 至今 / "I currently work here"
// box goes before that entry's dates. Sites switch the period widget on it: once it is ticked a one-input
// period calendar takes the start alone (北森) and an end box is disabled or hidden (Workday, Greenhouse);
// ticked after the dates, it finds a period widget still waiting for an end it cannot be given.
import type { Classification, FieldDescription } from '~/lib/fill/types';

const DATE_PART = /^(start|end|range)$/;

export function writeOrder(
  fields: FieldDescription[],
  classes: Map<number, Classification>,
  entryOf: Map<number, number>,
): FieldDescription[] {
  const out = [...fields];
  for (const f of fields) {
    const [section, part] = classes.get(f.id)?.key.split('.') ?? [];
    if (part !== 'current' || f.widget !== 'checkbox') continue;
    const entry = entryOf.get(f.id) ?? 0;
    const at = out.indexOf(f);
    const first = out.findIndex((g, i) => {
      if (i >= at || (entryOf.get(g.id) ?? 0) !== entry) return false;
      const [s, p] = classes.get(g.id)?.key.split('.') ?? [];
      return s === section && DATE_PART.test(p ?? '');
    });
    if (first < 0) continue;
    out.splice(at, 1);
    out.splice(first, 0, f);
  }
  return out;
}
