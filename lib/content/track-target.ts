import { isEditableText } from '~/lib/highlights/picker-target';

// State shared by our content scripts in one frame. The light script, the fill engine and the overlay
// are separate bundles but run in the same isolated world, so they meet on one global object.
export interface SharedContentState {
  /** The light script is running (and alive: an extension reload orphans the old copy). */
  light?: () => boolean;
  /** The fill engine script is running. */
  engine?: () => boolean;
  /** A fill is writing to the page right now. */
  filling?: boolean;
  /** The last focused or right-clicked editable element: where the picker inserts. */
  target?: HTMLElement;
}

export function sharedState(): SharedContentState {
  const g = globalThis as typeof globalThis & { __resumeAutofill?: SharedContentState };
  return (g.__resumeAutofill ??= {});
}

let running = 0;

/**
 * Raises `filling` while `work` runs: fills and undos send focus events to field after field, and the
 * in-page UI that reacts to focus (the highlight button, the picker's target) must sit still meanwhile.
 * A counter, not a flag, since an undo may start while a fill is still waiting on a menu.
 */
export async function whileFilling<T>(work: () => Promise<T>): Promise<T> {
  sharedState().filling = ++running > 0;
  try {
    return await work();
  } finally {
    sharedState().filling = --running > 0;
  }
}

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
