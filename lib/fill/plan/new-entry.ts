// Which element a press of Add created, so undo can take it away again. Told from the page's controls
// before and after the press: the new entry is the smallest element holding every new control and none
// of the old ones. Anything less clear (old controls replaced by a re-render, two entries at once) names
// nothing, and undo then leaves the entry to the user.
import { CONTROL_SELECTOR } from '~/lib/fill/describe/dom';

export function pageControls(doc: Document): Set<Element> {
  return new Set(doc.querySelectorAll(CONTROL_SELECTOR));
}

function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) while (anc && !anc.contains(el)) anc = anc.parentElement;
  return anc;
}

/** The element the press added, or null when the page did not plainly add one entry. */
export function addedEntry(doc: Document, before: Set<Element>): Element | null {
  if ([...before].some((c) => !c.isConnected)) return null;
  const fresh = [...pageControls(doc)].filter((c) => !before.has(c));
  const anc = commonAncestor(fresh);
  if (!anc || anc === doc.body || anc === doc.documentElement) return null;
  return [...before].some((c) => anc.contains(c)) ? null : anc;
}
