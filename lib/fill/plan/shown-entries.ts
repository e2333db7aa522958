// A block the page has already filled in part (a Workday step after the site's own résumé parse, a
// saved card reopened) says which entry it holds: the years its dates show, the school or company it
// names. That block keeps that entry whatever order the form asks in; the others take the remaining
// entries in that order. Otherwise the bachelor's panel the parse listed first would get the master's
// school and degree beside its own years.
import type { Classification, FieldDescription, Section } from '~/lib/fill/types';
import type { DateRange } from '~/lib/resume/types';
import { foldForMatch } from '~/lib/fill/describe/text';

export interface ShownEntry {
  dates: DateRange;
  school?: string;
  company?: string;
  name?: string;
}

const NAME_PART: Record<Section, 'school' | 'company' | 'name'> = {
  education: 'school',
  experience: 'company',
  projects: 'name',
};

function yearsIn(text: string): number[] {
  return (text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []).map(Number);
}

/** Whether what `field` shows is `entry`'s: true, false, or undefined when it shows nothing telling. */
function fits(
  field: FieldDescription,
  cls: Classification,
  entry: ShownEntry,
  section: Section,
): boolean | undefined {
  const value = field.currentValue.trim();
  if (!value) return undefined;
  const part = cls.key.slice(cls.key.indexOf('.') + 1);
  if (part === NAME_PART[section]) {
    const want = foldForMatch(entry[NAME_PART[section]] ?? '');
    return want ? foldForMatch(value) === want : undefined;
  }
  if (part !== 'start' && part !== 'end' && part !== 'range') return undefined;
  // A month box alone ('9') says nothing of which entry.
  if (cls.part && cls.part !== 'year') return undefined;
  const years = yearsIn(value);
  if (!years.length) return undefined;
  const { start, end } = entry.dates;
  if (part === 'range') return years.every((y) => y === start?.year || y === end?.year);
  return years.length === 1 && years[0] === (part === 'start' ? start : end)?.year;
}

/** The one résumé entry every telling value of a unit fits, if exactly one does. */
export function entryShown(
  fields: FieldDescription[],
  classOf: (f: FieldDescription) => Classification,
  entries: ShownEntry[],
  section: Section,
): number | undefined {
  const fitting = entries
    .map((entry, i) => {
      let any = false;
      for (const f of fields) {
        const fit = fits(f, classOf(f), entry, section);
        if (fit === false) return -1;
        if (fit) any = true;
      }
      return any ? i : -1;
    })
    .filter((i) => i >= 0);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * The entries per unit once shown ones are kept: a unit showing an entry takes it, the others take the
 * rest of `planned` in order (-1, no entry, once the résumé has none left).
 */
export function keepShownEntries(planned: number[], shown: Array<number | undefined>): number[] {
  const taken = shown.filter((s): s is number => s !== undefined);
  if (!taken.length || new Set(taken).size !== taken.length) return planned;
  const rest = planned.filter((e) => !taken.includes(e));
  let next = 0;
  return shown.map((s) => s ?? rest[next++] ?? -1);
}
