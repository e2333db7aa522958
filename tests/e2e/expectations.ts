// Typed access for the end-to-end tests to the one fixture judge (bench/fixture-expectations.mjs), which
// the benchmarks use too: "correct" is defined once.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/build.mjs';
import * as judge from '../../bench/fixture-expectations.mjs';

interface Locator {
  selector: string;
  frame?: string;
  shadow?: string[];
  shown?: string;
}
interface FieldExpect extends Locator {
  expect: string | boolean;
  match?: 'prefix';
  state?: string;
  stateExpect?: unknown;
  dynamic?: boolean;
  /** Filled from the page's answers file: with no answers loaded it must stay as it was. */
  byAnswer?: boolean;
}
/**
 * Either filled with `expect` or left as it was; without `expect`, anything goes. `expectYearsSince`
 * ('YYYY-MM') stands for an `expect` that depends on the day the test runs: the whole years since then.
 */
type OptionalExpect = Locator &
  Partial<Pick<FieldExpect, 'expect' | 'state' | 'stateExpect' | 'dynamic'>> & {
    why?: string;
    expectYearsSince?: string;
  };
/** Alternatives of which the fill must match one completely (one résumé entry, not a mix of two). */
export interface OneOf {
  why?: string;
  options: FieldExpect[][];
}
export interface Expectations {
  page: string;
  resume: string;
  lang: 'zh' | 'en';
  /** An answers file (the options page's export format) loaded beside the résumé. */
  answers?: string;
  /** Files kept as the profile's attachments before the fill, by kind: `{ "resume": "samples/….pdf" }`. */
  attach?: Record<string, string>;
  /** The address the page is served at, so host matching (and the site's adapter) works as on the site. */
  url?: string;
  /** The adapter id the fill report must name; 'generic' when absent. */
  adapter?: string;
  fields: FieldExpect[];
  oneOf?: OneOf[];
  traps?: (Locator & { why?: string })[];
  untouched?: (Locator & { why?: string })[];
  kept?: (Locator & { value: string })[];
  optional?: OptionalExpect[];
  /**
   * Open engine bugs this page still shows, each an exact problem line and the issue it is tracked in.
   * Only these may appear; any other problem fails the test, and a gap that no longer appears must be
   * taken out (the test says so), so the list only shrinks.
   */
  knownGaps?: { problem: string; why: string; test?: 'fill' | 'undo' }[];
}

export type Values = Map<string, string | boolean | null>;

const BUILT = join(ROOT, 'tests/fixtures/built');

/** Every built page's expectations; `filter` picks pages by name. */
export function allExpectations(filter: (name: string) => boolean = () => true): Expectations[] {
  return (judge.loadExpectations(BUILT) as Expectations[]).filter((e) => filter(e.page));
}

/** Whole years from the month `since` ('YYYY-MM') to `today` (a 工作年限 field). */
export const wholeYearsSince = (since: string, today?: Date): number => judge.wholeYearsSince(since, today);

/** The page judged with no answers loaded: what its answers would fill stays as it was. */
export const withoutAnswers = (e: Expectations): Expectations => judge.withoutAnswers(e) as Expectations;

export const expectedAdapter = (e: Expectations): string => judge.expectedAdapter(e);

/** Values before the fill: the baseline for "missed" and "trap touched". */
export const snapshotBefore = (page: Page, e: Expectations): Promise<Values> => judge.snapshotBefore(page, e);

/** Every way the filled page differs from the expectations, as readable lines (empty = perfect fill). */
export async function differences(page: Page, e: Expectations, before: Values): Promise<string[]> {
  return (await judge.scorePage(page, e, before)).problems;
}

export const snapshotRestorable = (page: Page, e: Expectations): Promise<Values> =>
  judge.snapshotRestorable(page, e);

export const restoredDifferences = (page: Page, e: Expectations, before: Values): Promise<string[]> =>
  judge.restoredDifferences(page, e, before);
