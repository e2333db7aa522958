// An open modal dialog that asks questions (aria-modal, a <dialog> shown modally) makes the page behind it
// inert, as WAI-ARIA says of aria-modal: a person answers the dialog and cannot reach the boxes behind it
// (a job site's search box and its chat's attach button under an Easy Apply dialog). Collecting fields and
// finding upload boxes both keep to it.
import { containsComposed, queryAllComposed } from '~/lib/fill/describe/dom';
import type { Visibility } from './is-visible';

/** Controls that ask a question in words; a dialog of switches and buttons (a cookie banner) asks none. */
const ASKING =
  'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]):not([type=file]), select, textarea, [role=combobox], [aria-haspopup=listbox]';

function isModal(el: Element): boolean {
  if (el.tagName !== 'DIALOG') return true;
  try {
    return el.matches(':modal');
  } catch {
    return false; // a browser without :modal: a <dialog open> shown in the page's flow
  }
}

/**
 * The open modal dialogs that ask questions; none leaves every box in reach. A modal floats over the page
 * (fixed, itself or its overlay): one drawn in the page's flow (a captured page without its styles), or
 * one its script marked aria-hidden when it closed, blocks nothing.
 */
export function openModals(doc: Document, visible: Visibility): Element[] {
  const win = doc.defaultView;
  const floats = (d: Element) => {
    for (let n: Element | null = d, i = 0; n && i < 4; n = n.parentElement, i++)
      if (win?.getComputedStyle(n).position === 'fixed') return true;
    return d.tagName === 'DIALOG';
  };
  return [...doc.querySelectorAll('[aria-modal=true], dialog[open]')].filter(
    (d) =>
      isModal(d) &&
      !d.closest('[aria-hidden=true]') &&
      floats(d) &&
      visible(d) &&
      queryAllComposed(d, ASKING).some((c) => visible(c)),
  );
}

/** Whether `el` sits in one of `modals` (through shadow roots). */
export function insideAny(modals: Element[], el: Element): boolean {
  return modals.some((d) => containsComposed(d, el));
}
