// Repeated entries (education #1, #2…): the nearest ancestor of a field that has a sibling of the same
// shape (same tag, similar classes) asking the same questions. Rows of one entry ask different questions,
// and a start/end pair asks only one, so neither is mistaken for an entry.
import type { FieldDescription } from '~/lib/fill/types';
import { ancestors, classOf } from './dom';
import { foldForMatch, isFragmentLabel } from './text';

const STATE_CLASS =
  /^(is-|has-)|^(active|selected|first|last|odd|even|open|closed|focus(ed)?|error|disabled)$/i;
/** css-1x2y3z, sc-AbCdE, and hashed suffixes like apply-fields-1WaF0 (Moka) or _active_x8f2 (Ashby). */
const HASHED_TOKEN = /^(css|sc|jsx|emotion)-[\w-]+$/;
const HASH_SUFFIX = /[-_]{1,2}[A-Za-z0-9]{5,}$/;

function classTokens(el: Element): Set<string> {
  const out = new Set<string>();
  for (const token of classOf(el).split(/\s+/)) {
    if (!token || STATE_CLASS.test(token) || HASHED_TOKEN.test(token)) continue;
    out.add(/\d/.test(token) ? token.replace(HASH_SUFFIX, '') : token);
  }
  return out;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * What a field asks, independent of the entry: its label, else its name with the entry number removed.
 * `before` is what the field before it asks.
 */
function signature(field: FieldDescription, before: string | undefined): string {
  // The 年 and 月 boxes of one date are one question; so are a range's start and end. A '年' read as the
  // month box's label (the unit after the year box) belongs to the question of the box before it: each
  // end of '起止时间 [年] 年 [月] 月 至 [年] 年 [月] 月' in a box of its own is no entry.
  if (field.label && isFragmentLabel(field.label))
    return foldForMatch(field.hints.groupLabel ?? before ?? 'part');
  if (field.label) return foldForMatch(field.label);
  const attr = field.hints.name || field.hints.id || '';
  return attr.replace(/\d+/g, '').trim() || field.widget;
}

/** Sets `block` on every field that sits in a repeated entry container. */
export function assignBlocks(fields: FieldDescription[]): void {
  const sig: string[] = [];
  fields.forEach((f, i) => sig.push(signature(f, sig[i - 1])));
  const under = new Map<Element, number[]>();
  const chains = fields.map((f, i) => {
    const chain = ancestors(f.el, 40);
    for (const a of chain) {
      const list = under.get(a);
      if (list) list.push(i);
      else under.set(a, [i]);
    }
    return chain;
  });
  const sigSets = new Map<Element, Set<string>>();
  const sigSet = (el: Element): Set<string> => {
    let set = sigSets.get(el);
    if (!set) sigSets.set(el, (set = new Set((under.get(el) ?? []).map((i) => sig[i]!))));
    return set;
  };
  const looksAlike = (a: Element, b: Element): boolean =>
    a.tagName === b.tagName &&
    jaccard(classTokens(a), classTokens(b)) >= 0.5 &&
    sigSet(a).size >= 2 &&
    sigSet(b).size >= 2 &&
    jaccard(sigSet(a), sigSet(b)) >= 0.5;
  // Entries of one section are neighbours: each child holding two or more fields is compared with the
  // previous and next such child only, so a form of a hundred sections stays linear.
  const blocks = new Set<Element>();
  const scanned = new Set<Element>();
  const scan = (parent: Element) => {
    scanned.add(parent);
    const holders = Array.from(parent.children).filter((c) => (under.get(c)?.length ?? 0) >= 2);
    holders.forEach((h, i) => {
      const prev = holders[i - 1];
      if (prev && looksAlike(prev, h)) blocks.add(prev).add(h);
    });
  };
  const isBlock = (el: Element): boolean => {
    const parent = el.parentElement;
    if (!parent || (under.get(el)?.length ?? 0) < 2) return false;
    if (!scanned.has(parent)) scan(parent);
    return blocks.has(el);
  };
  fields.forEach((field, i) => {
    const block = chains[i]!.find(isBlock);
    if (block) field.block = block;
  });
}
