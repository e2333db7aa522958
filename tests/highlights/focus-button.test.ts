import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFocusButton, offersHighlights, resetFocusButtonSession } from '~/lib/highlights/focus-button';

function sized(el: HTMLElement, width: number): HTMLElement {
  el.getBoundingClientRect = () => ({
    top: 100,
    left: 20,
    right: 20 + width,
    bottom: 160,
    width,
    height: 60,
    x: 20,
    y: 100,
    toJSON: () => ({}),
  });
  return el;
}

const host = () => document.querySelector<HTMLElement>('[data-resume-autofill-ui="focus-button"]');

describe('offersHighlights', () => {
  it('accepts textareas and wide or long text inputs only', () => {
    document.body.innerHTML = `<textarea id="t"></textarea><input id="wide"><input id="narrow">
      <input id="long" maxlength="500"><input id="mail" type="email"><input id="pw" type="password">
      <textarea id="ro" readonly></textarea>`;
    const $ = (id: string) => document.getElementById(id)!;
    sized($('wide'), 320);
    sized($('narrow'), 120);
    sized($('mail'), 400);
    expect(offersHighlights($('t'))).toBe(true);
    expect(offersHighlights($('wide'))).toBe(true);
    expect(offersHighlights($('narrow'))).toBe(false);
    expect(offersHighlights($('long'))).toBe(true);
    expect(offersHighlights($('mail'))).toBe(false);
    expect(offersHighlights($('pw'))).toBe(false);
    expect(offersHighlights($('ro'))).toBe(false);
  });
});

describe('installFocusButton', () => {
  let uninstall: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    resetFocusButtonSession();
    document.body.innerHTML = '<textarea id="desc"></textarea><input id="name">';
    sized(document.getElementById('desc')!, 400);
    sized(document.getElementById('name')!, 100);
  });
  afterEach(() => {
    uninstall();
    vi.useRealTimers();
  });

  it('appears at the top-right corner of a focused textarea and opens the picker for it', () => {
    const onOpen = vi.fn();
    uninstall = installFocusButton(onOpen);
    const desc = document.getElementById('desc') as HTMLTextAreaElement;
    desc.focus();
    const h = host();
    expect(h).not.toBeNull();
    expect(h!.style.top).toBe('106px');
    expect(h!.style.left).toBe(`${20 + 400 - 26 - 6}px`);
    // The shadow root is closed: the page sees only the host.
    expect(h!.shadowRoot).toBeNull();
    expect(document.activeElement).toBe(desc);
  });

  it('hides shortly after the field loses focus, and not for a small input', () => {
    uninstall = installFocusButton(() => {});
    (document.getElementById('desc') as HTMLTextAreaElement).focus();
    expect(host()).not.toBeNull();
    (document.getElementById('name') as HTMLInputElement).focus();
    expect(host()).toBeNull();
    (document.getElementById('desc') as HTMLTextAreaElement).focus();
    (document.getElementById('desc') as HTMLTextAreaElement).blur();
    expect(host()).not.toBeNull();
    vi.advanceTimersByTime(250);
    expect(host()).toBeNull();
  });

  describe('its buttons', () => {
    // Open the closed root for the test only, to reach the buttons as a user's pointer would.
    const attach = HTMLElement.prototype.attachShadow;
    beforeEach(() => {
      vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
        return attach.call(this, { ...init, mode: 'open' });
      });
    });
    afterEach(() => vi.restoreAllMocks());
    const button = (cls: string) => host()!.shadowRoot!.querySelector<HTMLButtonElement>(`button.${cls}`)!;

    it('keeps focus in the field on mousedown and calls onOpen with the field on click', () => {
      const onOpen = vi.fn();
      uninstall = installFocusButton(onOpen);
      const desc = document.getElementById('desc') as HTMLTextAreaElement;
      desc.focus();
      const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
      button('open').dispatchEvent(down);
      expect(down.defaultPrevented).toBe(true);
      expect(button('open').getAttribute('aria-label')).toBe('Insert highlights');
      button('open').click();
      expect(onOpen).toHaveBeenCalledWith(desc);
    });

    it('stays away for the session once dismissed', () => {
      uninstall = installFocusButton(() => {});
      const desc = document.getElementById('desc') as HTMLTextAreaElement;
      desc.focus();
      button('dismiss').click();
      expect(host()).toBeNull();
      desc.blur();
      desc.focus();
      expect(host()).toBeNull();
    });
  });

  it('is removed by the uninstall function', () => {
    uninstall = installFocusButton(() => {});
    (document.getElementById('desc') as HTMLTextAreaElement).focus();
    uninstall();
    expect(host()).toBeNull();
    (document.getElementById('desc') as HTMLTextAreaElement).blur();
    (document.getElementById('desc') as HTMLTextAreaElement).focus();
    expect(host()).toBeNull();
  });
});
