// A multi-step application in one page (Workday's wizard) replaces the step's content when the user
// presses the site's own "Save and Continue". After a fill, this notices that the page now shows another
// step and, once the new step has stopped changing, says so — the background then fills it if the user
// turned that on. Nothing here presses anything: the user moves between steps, the extension only follows.
import { sharedState } from './shared-state';

export interface StepMarker {
  /** Selectors of the element that holds the current step. */
  step: string[];
  /** The attribute of that element that names the step (else its identity alone tells steps apart). */
  stepName?: string;
}

interface Step {
  el: Element;
  name: string;
}

/** How long the new step must stay unchanged before it counts as shown (its fields render in bursts). */
export const STEP_SETTLE_MS = 600;

function currentStep(doc: Document, marker: StepMarker): Step | null {
  for (const css of marker.step) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(css);
    } catch {
      continue;
    }
    if (el) return { el, name: (marker.stepName && el.getAttribute(marker.stepName)) || css };
  }
  return null;
}

/**
 * The same step: by name when the step root carries one (a re-render of the step is no new step, so the
 * user's own edits are not refilled), else by the element itself.
 */
const same = (a: Step | null, b: Step | null, named: boolean) =>
  named ? a?.name === b?.name : a?.el === b?.el;

interface Watch {
  stop(): void;
  /** The step just filled: a change is counted from this one. */
  filled(): void;
}

let active: { doc: Document; watch: Watch } | null = null;

/**
 * Watches `doc` for a change of step (one watcher per document; a later call re-arms it from the step
 * shown now). `onStep` gets the new step's name once it has settled, never while a fill is writing.
 */
export function watchSteps(doc: Document, marker: StepMarker, onStep: (name: string) => void): Watch {
  if (active?.doc === doc) {
    active.watch.filled();
    return active.watch;
  }
  active?.watch.stop();
  const named = !!marker.stepName;
  let last = currentStep(doc, marker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    if (sharedState().filling) {
      timer = setTimeout(check, STEP_SETTLE_MS);
      return;
    }
    const now = currentStep(doc, marker);
    if (!now || same(now, last, named)) {
      // Left the wizard (a confirmation page): the next step that shows counts as new.
      if (!now) last = null;
      return;
    }
    last = now;
    onStep(now.name);
  };
  // Any mutation restarts the wait, so the step is reported once its content has stopped arriving.
  const observer = new MutationObserver(() => {
    if (timer === undefined && same(currentStep(doc, marker), last, named)) return;
    clearTimeout(timer);
    timer = setTimeout(check, STEP_SETTLE_MS);
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    ...(marker.stepName && { attributes: true, attributeFilter: [marker.stepName] }),
  });
  const watch: Watch = {
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      if (active?.watch === watch) active = null;
    },
    filled() {
      last = currentStep(doc, marker);
    },
  };
  active = { doc, watch };
  return watch;
}
