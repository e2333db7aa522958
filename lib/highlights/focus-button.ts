import { buildFocusButton, type FocusButtonDom } from './focus-button-dom';
import { detectPageLang } from '~/lib/i18n/lang';
import { pickerStrings } from './strings';

const BLOCKED_TYPES = new Set(['password', 'email', 'tel', 'number', 'date', 'month', 'week', 'time']);
const TEXT_TYPES = new Set(['', 'text', 'search', 'url']);
const SIZE = 26;
const INSET = 6;
const HIDE_DELAY_MS = 200;

// Dismissed with × : stays hidden until the page is reloaded (the user asked for quiet, not forever).
let dismissedForSession = false;

/** Big enough to hold a paragraph: a textarea, a rich-text box, or a wide / long text input. */
export function offersHighlights(el: Element | null): el is HTMLElement {
  if (!(el instanceof HTMLElement) || el.closest('[data-resume-autofill-ui]')) return false;
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) {
    const type = el.type.toLowerCase();
    if (BLOCKED_TYPES.has(type) || !TEXT_TYPES.has(type) || el.disabled || el.readOnly) return false;
    return el.getBoundingClientRect().width >= 240 || el.maxLength >= 200;
  }
  return el.isContentEditable && el.getBoundingClientRect().width >= 240;
}

function eventTarget(e: Event): Element | null {
  const first = e.composedPath()[0];
  return first instanceof Element ? first : null;
}

/**
 * `paused` is asked on every focus: while the fill engine focuses field after field, the button must
 * neither flash beside each one nor spend time measuring them.
 */
export function installFocusButton(
  onOpen: (target: HTMLElement) => void,
  paused: () => boolean = () => false,
): () => void {
  let dom: FocusButtonDom | null = null;
  let target: HTMLElement | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;

  const place = () => {
    frame = 0;
    if (!dom || !target) return;
    const r = target.getBoundingClientRect();
    const offscreen = r.bottom < 0 || r.top > innerHeight || r.width === 0 || !target.isConnected;
    dom.host.style.display = offscreen ? 'none' : '';
    dom.host.style.top = `${Math.round(r.top + INSET)}px`;
    dom.host.style.left = `${Math.round(r.right - SIZE - INSET)}px`;
  };
  const schedulePlace = () => {
    if (!frame) frame = requestAnimationFrame(place);
  };

  const hide = () => {
    clearTimeout(hideTimer);
    resizeObserver?.disconnect();
    dom?.host.remove();
    target = null;
  };

  const show = (el: HTMLElement) => {
    clearTimeout(hideTimer);
    if (target === el && dom?.host.isConnected) return place();
    hide();
    target = el;
    if (!dom) {
      const s = pickerStrings(detectPageLang(document, { near: el }));
      dom = buildFocusButton(s.focusButton, s.dismissButton);
      // mousedown would move focus off the field and blur-validate it; the click still fires.
      for (const b of [dom.open, dom.dismiss]) b.addEventListener('mousedown', (e) => e.preventDefault());
      dom.open.addEventListener('click', () => {
        const el = target;
        hide();
        if (el) onOpen(el);
      });
      dom.dismiss.addEventListener('click', () => {
        dismissedForSession = true;
        hide();
      });
    }
    document.documentElement.append(dom.host);
    resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedulePlace) : null;
    resizeObserver?.observe(el);
    place();
  };

  const onFocusIn = (e: FocusEvent) => {
    if (paused()) return;
    const el = eventTarget(e);
    if (el && dom?.host.contains(el)) return;
    if (!dismissedForSession && offersHighlights(el)) show(el);
    else hide();
  };
  const onFocusOut = () => {
    if (paused()) return;
    clearTimeout(hideTimer);
    // Late enough for a click on the button to land, early enough not to linger over the next field.
    hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('focusout', onFocusOut, true);
  addEventListener('scroll', schedulePlace, { capture: true, passive: true });
  addEventListener('resize', schedulePlace, { passive: true });
  const active = document.activeElement;
  if (!dismissedForSession && offersHighlights(active)) show(active);

  return () => {
    document.removeEventListener('focusin', onFocusIn, true);
    document.removeEventListener('focusout', onFocusOut, true);
    removeEventListener('scroll', schedulePlace, { capture: true });
    removeEventListener('resize', schedulePlace);
    if (frame) cancelAnimationFrame(frame);
    hide();
    dom = null;
  };
}

/** For tests: a new page session. */
export function resetFocusButtonSession(): void {
  dismissedForSession = false;
}
