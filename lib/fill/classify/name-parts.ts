// Which part of the name a box takes when its label alone cannot say. 'Name' beside 'Surname' is the given
// name, 'Nom' beside 'Prénom' the family name, 'Name' whose id is first_name the given name; 'Nombre' or
// 'Όνομα' is the given name only when a family-name box is near, and left alone otherwise (it may ask for
// the whole name). A full name is never written into one box of a pair.
import type { Classification, FieldDescription, FieldKey } from '~/lib/fill/types';
import { foldForMatch } from '~/lib/fill/describe/text';
import { BARE_NAME, GIVEN_ALONE } from './rules-intl';
import { FIRST, LAST } from './split-question';

type Out = Map<number, Classification>;

/** 'Enter your name' above 'Enter your last name': a prompt for a bare name. */
const YOUR_NAME = /^(please )?(enter |type )?your name\b/;

/** How far a partner box may sit (a middle-name or a title box may come between). */
const REACH = 3;

const GIVEN = new Set<FieldKey>(['name.given', 'name.latinGiven']);
const FAMILY = new Set<FieldKey>(['name.family', 'name.latinFamily']);
const FULL = new Set<FieldKey>(['name.full', 'name.latinFull']);

function partKey(full: FieldKey, part: 'given' | 'family'): FieldKey {
  const latin = full === 'name.latinFull';
  if (part === 'given') return latin ? 'name.latinGiven' : 'name.given';
  return latin ? 'name.latinFamily' : 'name.family';
}

/** The label a person reads, or the placeholder standing in for it. */
function shownLabel(field: FieldDescription): string {
  return foldForMatch(field.label || field.hints.placeholder || field.hints.ariaLabel || '');
}

/** The author's own words for the box, other than its label. */
function ownWords(field: FieldDescription): string {
  const { hints } = field;
  const words = [hints.name, hints.id, hints.ariaLabel, hints.placeholder].filter(
    (w) => w && foldForMatch(w) !== foldForMatch(field.label),
  );
  return foldForMatch(words.join(' '));
}

/** Boxes of the same form and section within REACH places of `i`, nearest first. */
function near(fields: FieldDescription[], i: number): FieldDescription[] {
  const self = fields[i]!;
  const form = self.el.closest('form');
  const out: FieldDescription[] = [];
  for (let d = 1; d <= REACH; d++) {
    for (const j of [i - d, i + d]) {
      const other = fields[j];
      if (!other || other.sectionHeading !== self.sectionHeading || other.el.closest('form') !== form)
        continue;
      out.push(other);
    }
  }
  return out;
}

function retag(out: Out, field: FieldDescription, c: Classification, key: FieldKey, why: string): void {
  out.set(field.id, { ...c, key, reason: `${c.reason} +${why}` });
}

export function pairNameParts(fields: FieldDescription[], out: Out): void {
  // 1. A bare 'Name' takes the part its own words name, else the part its neighbour lacks.
  fields.forEach((field, i) => {
    const c = out.get(field.id);
    const label = shownLabel(field);
    // 名字 is 'name' as much as 'given name': beside 姓氏 it is the given part (Workday's zh tenants).
    if (!c || !FULL.has(c.key) || !(BARE_NAME.test(label) || /^名字$/.test(label) || YOUR_NAME.test(label)))
      return;
    const words = ownWords(field);
    if (FIRST.test(words) && !LAST.test(words))
      return retag(out, field, c, partKey(c.key, 'given'), 'name box named first');
    if (LAST.test(words) && !FIRST.test(words))
      return retag(out, field, c, partKey(c.key, 'family'), 'name box named last');
    for (const other of near(fields, i)) {
      const k = out.get(other.id)?.key;
      if (k && GIVEN.has(k)) return retag(out, field, c, partKey(c.key, 'family'), 'beside a given-name box');
      if (k && FAMILY.has(k))
        return retag(out, field, c, partKey(c.key, 'given'), 'beside a family-name box');
    }
  });
  // 2. 'Nombre', 'Όνομα' without a family-name box near may ask for the whole name: left alone.
  fields.forEach((field, i) => {
    const c = out.get(field.id);
    if (!c || !GIVEN.has(c.key) || !GIVEN_ALONE.test(foldForMatch(field.label))) return;
    const paired = near(fields, i).some((other) => {
      const k = out.get(other.id)?.key;
      return !!k && FAMILY.has(k);
    });
    if (!paired) out.delete(field.id);
  });
}
