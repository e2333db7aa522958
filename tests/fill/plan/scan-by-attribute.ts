// A stand-in for collect + classify in plan tests: every control with data-key="education.school" (and
// optional data-part) is a field of that key, its block the nearest `.entry` when there are two or more.
import type { Classification, FieldDescription, FieldKey, ValuePart } from '~/lib/fill/types';
import type { Scan } from '~/lib/fill/plan/add-entries';

export function scanByAttribute(doc: Document = document): Scan {
  const fields: FieldDescription[] = [];
  const classes = new Map<number, Classification>();
  const controls = [...doc.querySelectorAll<HTMLElement>('[data-key]')];
  controls.forEach((el, id) => {
    const entry = el.closest('.entry');
    const siblings = entry?.parentElement
      ? entry.parentElement.querySelectorAll(':scope > .entry').length
      : 0;
    fields.push({
      id,
      el,
      widget: el instanceof HTMLSelectElement ? 'select' : 'text',
      label: el.getAttribute('aria-label') ?? '',
      hints: {},
      sectionHeading: el.closest('section')?.querySelector('h2')?.textContent ?? undefined,
      block: siblings >= 2 ? entry! : undefined,
      required: el.hasAttribute('required'),
      currentValue: '',
      lang: 'zh',
    });
    const part = el.getAttribute('data-part') as ValuePart | null;
    classes.set(id, {
      key: el.getAttribute('data-key') as FieldKey,
      part: part ?? undefined,
      confidence: 0.9,
      reason: 'test',
    });
  });
  return { fields, classes };
}
