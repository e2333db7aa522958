// The picker opens on "the field the user meant": the last focused or right-clicked editable element.
// The overlay script (a separate bundle in the same isolated world) reads it from this shared global.
export interface SharedContentState {
  loaded?: boolean;
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
    const el = e.composedPath()[0] ?? e.target;
    if (isEditable(el)) sharedState().target = el;
  };
  doc.addEventListener('focusin', remember, true);
  doc.addEventListener('contextmenu', remember, true);
}
