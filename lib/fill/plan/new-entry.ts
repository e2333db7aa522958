// Which element a press of Add created, so undo can take it away again. Told from the page's controls
// before and after the press: the new entry is an element holding new controls and none of the old ones.
// Anything less clear (old controls replaced by a re-render, two entries at once) names nothing, and undo
// then leaves the entry to the user. Open shadow roots count as part of their host.
import {
  commonAncestor,
  composedParent,
  containsComposed,
  CONTROL_SELECTOR,
  queryAllComposed,
} from '~/lib/fill/describe/dom';

const CLICKABLE = 'button, [role=button]';

/** Every control of the page, open shadow roots included. */
export function pageControls(doc: Document): Set<Element> {
  return new Set(queryAllComposed(doc, CONTROL_SELECTOR));
}

/** The element the press added, or null when the page did not plainly add one entry. */
export function addedEntry(doc: Document, before: Set<Element>): Element | null {
  const old = [...before];
  if (old.some((c) => !c.isConnected)) return null;
  const fresh = [...pageControls(doc)].filter((c) => !before.has(c));
  let entry: Element | null = fresh[0] ?? null;
  for (const el of fresh.slice(1)) entry = entry && commonAncestor(entry, el);
  const holdsOld = (el: Element) => old.some((c) => containsComposed(el, c));
  if (!entry || holdsOld(entry)) return null;
  // One new box is its own common ancestor: widen to the panel around it (the first wrapper with a
  // button of its own, such as its Delete), never as far as an old control.
  for (let up = 0; up < 4 && (entry.matches(CONTROL_SELECTOR) || !entry.querySelector(CLICKABLE)); up++) {
    const parent = composedParent(entry);
    if (!parent || parent === doc.body || holdsOld(parent)) break;
    entry = parent;
  }
  return entry === doc.body || entry === doc.documentElement ? null : entry;
}
