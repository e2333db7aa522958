// How many controls a user sees inside an element: the test for "is this wrapper about one question?"
// that label and required-marker lookups ask while climbing. Every field of a form asks it about the same
// few ancestors, so during a collection the answers are remembered.
import { CONTROL_SELECTOR } from './dom';

/** Hidden `required` proxies (react-select's aria-hidden input) do not count. */
const COUNTED = CONTROL_SELECTOR.split(',')
  .map((s) => `${s}:not([aria-hidden=true])`)
  .join(',');

let memo: Map<Element, number> | null = null;

function count(el: Element): number {
  return (el.matches(COUNTED) ? 1 : 0) + el.querySelectorAll(COUNTED).length;
}

export function countControls(el: Element): number {
  if (!memo) return count(el);
  let n = memo.get(el);
  if (n === undefined) memo.set(el, (n = count(el)));
  return n;
}

/** Runs `work` with counts remembered; the DOM must not change meanwhile (collection only reads). */
export function withControlCounts<T>(work: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return work();
  } finally {
    memo = outer;
  }
}
