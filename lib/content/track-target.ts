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

function isEditable(el: EventTarget | null): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) return /^(text|search|url|email|)$/.test(el.type) && !el.readOnly;
  return el.isContentEditable;
}

export function trackTarget(doc: Document): void {
  const remember = (e: Event) => {
    if (sharedState().filling) return;
    const el = e.composedPath()[0] ?? e.target;
    if (isEditable(el)) sharedState().target = el;
  };
  doc.addEventListener('focusin', remember, true);
  doc.addEventListener('contextmenu', remember, true);
}
