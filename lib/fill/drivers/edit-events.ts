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

/** What has focus where `el` lives: inside a shadow root, the document only sees the host. */
function activeIn(el: HTMLElement): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/**
 * Focus without scrolling: a fill is not watched field by field, and scrolling each box into view forces a
 * layout after every previous write.
 */
export function focus(el: HTMLElement): void {
  el.focus({ preventScroll: true });
  // A window without focus gives no focus events; validators listening for them still need them.
  if (activeIn(el) !== el) {
    el.dispatchEvent(new FocusEvent('focus'));
    el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  }
}

export function blur(el: HTMLElement): void {
  if (activeIn(el) === el) el.blur();
  else {
    el.dispatchEvent(new FocusEvent('blur'));
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  }
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
