// Waiting for the page without busy loops or fixed sleeps: a MutationObserver (plus transition/animation
// ends, which change visibility without touching the DOM) re-runs a check, coalesced to one run per task,
// and so does every animation frame (focus and hover styles show popups without any mutation), until it
// passes or the deadline comes.

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
    const onFrame = () => {
      if (done) return;
      onChange();
      frame = view?.requestAnimationFrame?.(onFrame);
    };
    frame = view?.requestAnimationFrame?.(onFrame);
    const observer = new MutationObserver(onChange);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    doc.addEventListener('transitionend', onChange, true);
    doc.addEventListener('animationend', onChange, true);
    const timer = setTimeout(() => finish(check() || null), opts.timeout ?? 1500);
  });
}
