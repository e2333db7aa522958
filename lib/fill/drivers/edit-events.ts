// The events a user's typing produces, dispatched the way frameworks expect them (bubbling, composed), and
// the browser's own editing command as the fallback that produces genuine input events.

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function setNativeValue(el: TextControl | HTMLSelectElement, value: string): void {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function keyEvent(el: Element, type: 'keydown' | 'keyup'): void {
  el.dispatchEvent(
    new KeyboardEvent(type, { key: 'Unidentified', bubbles: true, cancelable: true, composed: true }),
  );
}

export function inputEvent(el: Element, data: string): void {
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }));
}

/** Whether `el` has focus where it lives: inside a shadow root, the document only sees the host. */
export function hasFocus(el: HTMLElement): boolean {
  return (el.getRootNode() as Document | ShadowRoot).activeElement === el;
}

function focusEvents(el: HTMLElement, type: 'focus' | 'blur'): void {
  el.dispatchEvent(new FocusEvent(type, { composed: true }));
  el.dispatchEvent(
    new FocusEvent(type === 'focus' ? 'focusin' : 'focusout', { bubbles: true, composed: true }),
  );
}

/** What has focus in `doc`, looking into open shadow roots (the document only sees the host). */
function deepActive(doc: Document): HTMLElement | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== doc.body ? el : null;
}

/**
 * Runs `act` (a focus(), a click whose handler focuses) and fires the focus events the browser did not.
 * A frame without the system focus (a board framed from another origin while the popup has the focus)
 * moves activeElement on focus() and blur() but fires no event, and widgets open their menu or commit a
 * typed value on those events (react-select opens on the focus its own mousedown handler asks for).
 */
export function withFocusEvents<T>(doc: Document, act: () => T): T {
  const win = doc.defaultView;
  const before = deepActive(doc);
  let seen = false;
  const saw = () => {
    seen = true;
  };
  win?.addEventListener('focusin', saw, true);
  win?.addEventListener('focusout', saw, true);
  try {
    return act();
  } finally {
    win?.removeEventListener('focusin', saw, true);
    win?.removeEventListener('focusout', saw, true);
    const after = deepActive(doc);
    if (!seen && after !== before) {
      if (before) focusEvents(before, 'blur');
      if (after) focusEvents(after, 'focus');
    }
  }
}

/**
 * Moves focus without scrolling (a fill is not watched field by field, and scrolling is a layout). Real
 * focus is needed where the browser edits at the caret (execCommand, the highlight picker).
 */
export function focus(el: HTMLElement): void {
  withFocusEvents(el.ownerDocument, () => el.focus({ preventScroll: true }));
  // A box that cannot take focus still gets the events: validators listening for them need them.
  if (!hasFocus(el)) focusEvents(el, 'focus');
}

export function blur(el: HTMLElement): void {
  if (hasFocus(el)) withFocusEvents(el.ownerDocument, () => el.blur());
  else focusEvents(el, 'blur');
}

/**
 * The focus events without moving focus, for writes in a batch. A real focus() right after another box's
 * value changed makes the browser lay the page out again (≈1 ms a box on a 100-field form, most of a fill's
 * time); the listeners frameworks use (focus/focusin, blur/focusout) see the same events either way, and
 * they fire even when the page's window is not focused (the popup has it), where real focus fires none.
 */
export function announceFocus(el: HTMLElement): void {
  focusEvents(el, 'focus');
}

export function announceBlur(el: HTMLElement): void {
  focusEvents(el, 'blur');
}

export function execInsert(el: HTMLElement, value: string): boolean {
  const doc = el.ownerDocument as Document & { execCommand?: Document['execCommand'] };
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return value === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, value);
  } catch {
    return false;
  }
}
