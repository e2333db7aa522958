// Synthetic clicks that component libraries accept (some open on mousedown, some on click), guarded so a
// click can never submit a form or follow a link: those default actions are cancelled while we click.
import { withFocusEvents } from './edit-events';

function mouseInit(el: Element): MouseEventInit {
  const r = el.getBoundingClientRect();
  return {
    bubbles: true,
    cancelable: true,
    composed: true,
    button: 0,
    clientX: r.left + r.width / 2,
    clientY: r.top + r.height / 2,
    view: el.ownerDocument.defaultView,
  };
}

function pointer(type: string, init: MouseEventInit): Event {
  const P = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  return new P(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true } as PointerEventInit);
}

/** Runs `act` with form submission and link navigation cancelled for its duration. */
export function withoutNavigation<T>(el: Element, act: () => T): T {
  const win = el.ownerDocument.defaultView ?? window;
  const blockSubmit = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const blockLink = (e: Event) => {
    const link = (e.target as Element | null)?.closest?.('a[href]');
    if (link && !/^javascript:/i.test(link.getAttribute('href') ?? '')) e.preventDefault();
  };
  win.addEventListener('submit', blockSubmit, true);
  win.addEventListener('click', blockLink, true);
  try {
    return act();
  } finally {
    win.removeEventListener('submit', blockSubmit, true);
    win.removeEventListener('click', blockLink, true);
  }
}

function press(el: Element, init: MouseEventInit): void {
  // The widget's own mousedown handler may focus its input: its focus events must come (withFocusEvents).
  withFocusEvents(el.ownerDocument, () => pressEvents(el, init));
}

function pressEvents(el: Element, init: MouseEventInit): void {
  el.dispatchEvent(pointer('pointerover', init));
  el.dispatchEvent(new MouseEvent('mouseover', init));
  el.dispatchEvent(new MouseEvent('mousemove', init));
  el.dispatchEvent(pointer('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(pointer('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
}

/** The full pointer/mouse sequence of a real click, once. */
export function pointerClick(el: Element): void {
  const init = mouseInit(el);
  withoutNavigation(el, () => {
    press(el, init);
    el.dispatchEvent(new MouseEvent('click', init));
  });
}

/** Press and release without the click, for widgets that open on mousedown and close again on click. */
export function pointerPress(el: Element): void {
  press(el, mouseInit(el));
}

export function pressKey(el: Element, key: string): void {
  const init = { key, code: key, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}
