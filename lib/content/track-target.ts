// Where the highlight picker inserts: the last focused or right-clicked editable element of the frame,
// remembered by the light script; focus moves made by a fill or an undo are not the user's and are ignored.
import { isEditableText } from '~/lib/highlights/picker-target';
import { sharedState } from './shared-state';

export function trackTarget(doc: Document): void {
  const remember = (e: Event) => {
    // Only the user's own focus or right-click: a page could otherwise dispatch a synthetic contextmenu
    // to aim the picker's insert at a field of its choosing.
    if (!e.isTrusted || sharedState().filling) return;
    const el = e.composedPath()[0] ?? e.target;
    if (el instanceof Element && isEditableText(el)) sharedState().target = el;
  };
  doc.addEventListener('focusin', remember, true);
  doc.addEventListener('contextmenu', remember, true);
}
