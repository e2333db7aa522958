// Reads a fixture page's expectations (tests/fixtures/built/<name>.expect.json, format in
// tests/fixtures/README.md) and checks a filled page against them: what the user sees, the page
// framework's own state, traps, untouched and kept values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/build.mjs';

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
}
/**
 * Either filled with `expect` or left as it was; without `expect`, anything goes. `expectYearsSince`
 * ('YYYY-MM') stands for an `expect` that depends on the day the test runs: the whole years since then.
 */
type OptionalExpect = Locator &
  Partial<Pick<FieldExpect, 'expect' | 'state' | 'stateExpect'>> & {
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
  fields: FieldExpect[];
  oneOf?: OneOf[];
  traps?: (Locator & { why?: string })[];
  untouched?: (Locator & { why?: string })[];
  kept?: (Locator & { value: string })[];
  optional?: OptionalExpect[];
}

const BUILT = join(ROOT, 'tests/fixtures/built');

/** Every built page's expectations; `filter` picks pages by name. */
export function allExpectations(filter: (name: string) => boolean = () => true): Expectations[] {
  return readdirSync(BUILT)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => JSON.parse(readFileSync(join(BUILT, f), 'utf8')) as Expectations)
    .filter((e) => filter(e.page))
    .sort((a, b) => a.page.localeCompare(b.page));
}

async function frameOf(page: Page, selector?: string): Promise<Frame> {
  if (!selector) return page.mainFrame();
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} is not a frame`);
  await frame.waitForLoadState('load');
  return frame;
}

/** The value a control shows: input value / checked state, or the text of `shown`. */
async function valueOf(page: Page, loc: Locator): Promise<string | boolean> {
  const frame = await frameOf(page, loc.frame);
  return frame.evaluate(({ selector, shadow, shown }) => {
    if (shown) return (document.querySelector(shown)?.textContent ?? '').trim();
    let root: Document | ShadowRoot | null = document;
    for (const host of shadow ?? []) root = root?.querySelector(host)?.shadowRoot ?? null;
    const el = root?.querySelector(selector);
    if (!el) return `<missing ${selector}>`;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked;
    if (el instanceof HTMLSelectElement) return (el.selectedOptions[0]?.text ?? '').trim();
    if ('value' in el) return String((el as HTMLInputElement).value);
    return (el.textContent ?? '').trim();
  }, loc);
}

async function stateAt(page: Page, path: string, frameSel?: string): Promise<unknown> {
  const frame = await frameOf(page, frameSel);
  return frame.evaluate((p) => {
    const state = (window as unknown as { __fixtureState?: () => unknown }).__fixtureState?.();
    return p.split('.').reduce<unknown>((v, k) => (v == null ? v : (v as Record<string, unknown>)[k]), state);
  }, path);
}

const key = (l: Locator) => JSON.stringify([l.frame, l.shadow, l.selector, l.shown]);
const same = (a: unknown, b: unknown) => String(a) === String(b);

async function snapshot(page: Page, locs: Locator[]): Promise<Map<string, string | boolean>> {
  const entries = await Promise.all(locs.map(async (l) => [key(l), await valueOf(page, l)] as const));
  return new Map(entries);
}

/** Optional entries that name a value: they must show it or stay as they were. */
const checkedOptional = (e: Expectations): OptionalExpect[] =>
  (e.optional ?? []).flatMap((o) => {
    if (o.expectYearsSince) return [{ ...o, expect: String(wholeYearsSince(o.expectYearsSince)) }];
    return o.expect === undefined ? [] : [o];
  });

/** Whole years from the month `since` ('YYYY-MM') to `today` (a 工作年限 field). */
export function wholeYearsSince(since: string, today = new Date()): number {
  const [year, month] = since.split('-').map(Number);
  return Math.floor((today.getFullYear() * 12 + today.getMonth() + 1 - (year * 12 + month)) / 12);
}

/** Every distinct control the `oneOf` alternatives name (the same control appears in each option). */
function oneOfFields(e: Expectations): FieldExpect[] {
  const seen = new Map<string, FieldExpect>();
  for (const c of e.oneOf ?? []) for (const f of c.options.flat()) if (!seen.has(key(f))) seen.set(key(f), f);
  return [...seen.values()];
}

export const snapshotUntouched = (page: Page, e: Expectations) =>
  snapshot(page, [...(e.traps ?? []), ...(e.untouched ?? []), ...checkedOptional(e)]);

/**
 * A custom dropdown showing its placeholder: nothing chosen yet. Once an option is chosen, a select
 * without a clear control (antd without allowClear, react-select without isClearable, Element Plus
 * without clearable) offers no way back to "nothing" — not to the user, not to undo — so undo is not
 * held to restoring those.
 */
async function showsPlaceholder(page: Page, loc: Locator): Promise<boolean> {
  if (!loc.shown || loc.shown.includes('option:checked')) return false;
  const frame = await frameOf(page, loc.frame);
  return frame.evaluate((sel) => {
    const el = document.querySelector(sel);
    // antd and react-select render a placeholder element; Element Plus greys out its value span.
    return Boolean(el?.querySelector('[class*="placeholder"]') || el?.classList.contains('is-transparent'));
  }, loc.shown);
}

/** Values of the fields a fill writes that exist before it (an added block has nothing to restore). */
export async function snapshotFields(page: Page, e: Expectations): Promise<Map<string, string | boolean>> {
  const restorable: Locator[] = [];
  for (const f of [...e.fields, ...oneOfFields(e), ...checkedOptional(e)])
    if (!('dynamic' in f && f.dynamic) && !(await showsPlaceholder(page, f))) restorable.push(f);
  return snapshot(page, restorable);
}

/** Every way the filled page differs from the expectations, as readable lines (empty = perfect fill). */
export async function differences(
  page: Page,
  e: Expectations,
  before: Map<string, string | boolean>,
): Promise<string[]> {
  const out: string[] = [];
  for (const f of e.fields) out.push(...(await fieldDifferences(page, f)));
  for (const c of e.oneOf ?? []) {
    let closest: string[] | null = null;
    for (const option of c.options) {
      const diffs: string[] = [];
      for (const f of option) diffs.push(...(await fieldDifferences(page, f)));
      if (!closest || diffs.length < closest.length) closest = diffs;
    }
    if (closest?.length)
      out.push(...closest.map((d) => `${d} (closest of ${c.options.length}: ${c.why ?? 'one of'})`));
  }
  for (const o of checkedOptional(e)) {
    const got = await valueOf(page, o);
    if (same(got, before.get(key(o)))) continue;
    if (!same(got, o.expect))
      out.push(
        `${o.selector} (${o.why ?? 'optional'}) became ${JSON.stringify(got)}: only ${JSON.stringify(o.expect)} or nothing`,
      );
    else if (o.state) out.push(...(await fieldDifferences(page, o as FieldExpect)));
  }
  for (const u of [...(e.traps ?? []), ...(e.untouched ?? [])]) {
    const got = await valueOf(page, u);
    if (!same(got, before.get(key(u))))
      out.push(`${u.selector} (${u.why ?? 'must stay untouched'}) became ${JSON.stringify(got)}`);
  }
  for (const k of e.kept ?? []) {
    const got = await valueOf(page, k);
    if (!same(got, k.value))
      out.push(`${k.selector}: the user's ${JSON.stringify(k.value)} became ${JSON.stringify(got)}`);
  }
  return out;
}

/** How one field differs from its expectation: what it shows, then the framework state. */
async function fieldDifferences(page: Page, f: FieldExpect): Promise<string[]> {
  const out: string[] = [];
  const got = await valueOf(page, f);
  const ok = f.match === 'prefix' ? String(got).startsWith(String(f.expect)) : same(got, f.expect);
  if (!ok) out.push(`${f.selector}: shows ${JSON.stringify(got)}, expected ${JSON.stringify(f.expect)}`);
  if (f.state) {
    const state = await stateAt(page, f.state, f.frame);
    const want = f.stateExpect ?? f.expect;
    const stateOk = f.match === 'prefix' ? String(state).startsWith(String(want)) : same(state, want);
    if (!stateOk)
      out.push(
        `${f.selector}: state.${f.state} = ${JSON.stringify(state)}, expected ${JSON.stringify(want)}`,
      );
  }
  return out;
}

export async function restoredDifferences(
  page: Page,
  e: Expectations,
  before: Map<string, string | boolean>,
): Promise<string[]> {
  const out: string[] = [];
  for (const f of [...e.fields, ...oneOfFields(e), ...checkedOptional(e)].filter((x) => before.has(key(x)))) {
    const got = await valueOf(page, f);
    if (!same(got, before.get(key(f))))
      out.push(`${f.selector}: ${JSON.stringify(got)} after undo, was ${JSON.stringify(before.get(key(f)))}`);
  }
  return out;
}
