// Waiting for the page without busy loops or fixed sleeps: a MutationObserver (plus transition/animation
// ends, which change visibility without touching the DOM) re-runs a check, coalesced to one run per task,
// and so does every animation frame (focus and hover styles show popups without any mutation; a value set
// by script is a property, not a mutation), until it passes or the deadline comes. Frames can slow to one
// a second while the page runs (Chromium throttles a tab whose window is behind another, as when the
// extension's page has the focus): a 50 ms tick stands in for them, or a check that waits on a value or
// on time passing would sit until the deadline.

/** How often the check runs when animation frames do not come. */
const TICK_MS = 50;

/** Yields one macrotask (MessageChannel: no 4 ms timer clamping when called many times in a row). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The next animation frame, or 50 ms when frames do not run (background tab). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface WaitOptions {
  /** Give up after this many milliseconds (default 1500: portal menus take up to ~450 ms). */
  timeout?: number;
  /** What to observe (default: the whole document). */
  root?: Node;
  /**
   * Give up sooner, after this many frames (or 50 ms ticks where frames do not come) with the check
   * still failing: for a change that comes at once or never (a click's re-render), not for late content.
   */
  frames?: number;
}

/** Resolves with the first truthy result of `check`, or null at the deadline. */
export function waitFor<T>(
  check: () => T | null | undefined | false,
  opts: WaitOptions = {},
): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  const root = opts.root ?? document;
  const doc = root.ownerDocument ?? (root as Document);
  return new Promise((resolve) => {
    let scheduled = false;
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      if (frame !== undefined) view?.cancelAnimationFrame?.(frame);
      doc.removeEventListener('transitionend', onChange, true);
      doc.removeEventListener('animationend', onChange, true);
      clearInterval(tick);
      resolve(value);
    };
    const run = () => {
      scheduled = false;
      if (done) return;
      const result = check();
      if (result) finish(result);
    };
    function onChange() {
      if (scheduled || done) return;
      scheduled = true;
      void nextTask().then(run);
    }
    // Frames stop in background tabs; the observer and the deadline still run there.
    const view = doc.defaultView;
    let frame: number | undefined;
    let frames = 0;
    const onBeat = () => {
      if (done) return;
      frames++;
      if (opts.frames !== undefined && frames > opts.frames) finish(check() || null);
      else onChange();
    };
    const onFrame = () => {
      onBeat();
      if (!done) frame = view?.requestAnimationFrame?.(onFrame);
    };
    const tick = setInterval(onBeat, TICK_MS);
    frame = view?.requestAnimationFrame?.(onFrame);
    const observer = new MutationObserver(onChange);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    doc.addEventListener('transitionend', onChange, true);
    doc.addEventListener('animationend', onChange, true);
    const timer = setTimeout(() => finish(check() || null), opts.timeout ?? 1500);
  });
}
