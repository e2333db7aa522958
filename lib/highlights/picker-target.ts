// Which text box the picker writes into. The light content script records the last focused or
// right-clicked editable in globalThis.__resumeAutofill (content scripts share one isolated world).

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url']);

export function isEditableText(el: Element | null | undefined): el is HTMLElement {
  if (!el || !(el instanceof HTMLElement) || !el.isConnected) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) {
    return TEXT_INPUT_TYPES.has(el.type.toLowerCase()) && !el.disabled && !el.readOnly;
  }
  return el.isContentEditable;
}

/** document.activeElement, looking through open shadow roots to the element that really has focus. */
export function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function resolvePickerTarget(doc: Document = document): HTMLElement | null {
  const recorded = (globalThis as { __resumeAutofill?: { target?: unknown } }).__resumeAutofill?.target;
  if (recorded instanceof Element && isEditableText(recorded)) return recorded;
  const active = deepActiveElement(doc);
  return isEditableText(active) ? active : null;
}

export interface FieldSnapshot {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
  /** For contenteditable: the caret range, which is lost as soon as the picker takes focus. */
  range: Range | null;
}

export function snapshotField(el: HTMLElement): FieldSnapshot {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    return { value: el.value, selectionStart: el.selectionStart, selectionEnd: el.selectionEnd, range: null };
  }
  const sel = el.ownerDocument.getSelection();
  const range = sel && sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).commonAncestorContainer);
  return {
    value: el.innerText ?? el.textContent ?? '',
    selectionStart: null,
    selectionEnd: null,
    range: range ? sel!.getRangeAt(0).cloneRange() : null,
  };
}

/** Puts the caret back where it was before the picker opened, so an insert lands there. */
export function restoreCaret(el: HTMLElement, snap: FieldSnapshot): void {
  el.focus({ preventScroll: true });
  if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && snap.selectionStart !== null) {
    el.setSelectionRange(snap.selectionStart, snap.selectionEnd ?? snap.selectionStart);
  } else if (snap.range) {
    const sel = el.ownerDocument.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(snap.range);
  }
}
