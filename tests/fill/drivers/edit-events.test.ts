import { afterEach, describe, expect, it } from 'vitest';
import { withFocusEvents } from '~/lib/fill/drivers/edit-events';

afterEach(() => {
  delete (document as { activeElement?: Element }).activeElement;
  document.body.innerHTML = '';
});

describe('withFocusEvents', () => {
  it('fires the focus events a frame without the system focus did not (focus moved, no event came)', () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    const a = document.getElementById('a')!;
    const seen: string[] = [];
    for (const type of ['focus', 'focusin', 'blur', 'focusout'])
      a.addEventListener(type, () => seen.push(type));
    // What Chromium does in an unfocused cross-origin frame: activeElement moves, no event is dispatched.
    withFocusEvents(document, () =>
      Object.defineProperty(document, 'activeElement', { configurable: true, get: () => a }),
    );
    expect(seen).toEqual(['focus', 'focusin']);
  });

  it('adds nothing where the browser delivered the events itself', () => {
    document.body.innerHTML = '<input id="a">';
    const a = document.getElementById('a') as HTMLInputElement;
    let focusins = 0;
    a.addEventListener('focusin', () => focusins++);
    withFocusEvents(document, () => a.focus());
    expect(document.activeElement).toBe(a);
    expect(focusins).toBe(1);
  });
});
