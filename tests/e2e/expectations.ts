// Reads a fixture page's expectations (tests/fixtures/pages/<name>.expect.json) and checks a filled page
// against them: the DOM, the page framework's own state, traps and kept values.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/build.mjs';

interface FieldExpect {
  selector: string;
  expect: string | boolean;
  shown?: string;
  state?: string;
  stateExpect?: unknown;
  frame?: string;
}
interface Untouched {
  selector: string;
  why?: string;
  frame?: string;
}
export interface Expectations {
  page: string;
  resume: string;
  lang: 'zh' | 'en';
  fields: FieldExpect[];
  traps?: Untouched[];
  untouched?: Untouched[];
  kept?: (Untouched & { value: string })[];
}

const PAGES = join(ROOT, 'tests/fixtures/pages');

export function allExpectations(): Expectations[] {
  return readdirSync(PAGES, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as Expectations)
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

/** The value a control shows: input value / checked state, or the text of a custom widget. */
async function valueOf(page: Page, selector: string, frameSel?: string, shown?: string): Promise<string | boolean> {
  const frame = await frameOf(page, frameSel);
  return frame.evaluate(
    ([sel, shownSel]) => {
      if (shownSel) return (document.querySelector(shownSel)?.textContent ?? '').trim();
      const el = document.querySelector(sel);
      if (!el) return `<missing ${sel}>`;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked;
      if ('value' in el) return String((el as HTMLInputElement).value);
      return (el.textContent ?? '').trim();
    },
    [selector, shown ?? ''] as const,
  );
}

async function stateAt(page: Page, path: string, frameSel?: string): Promise<unknown> {
  const frame = await frameOf(page, frameSel);
  return frame.evaluate((p) => {
    const state = (window as unknown as { __fixtureState?: () => unknown }).__fixtureState?.();
    return p.split('.').reduce<unknown>((v, k) => (v == null ? v : (v as Record<string, unknown>)[k]), state);
  }, path);
}

export async function snapshotUntouched(page: Page, e: Expectations): Promise<Map<string, string | boolean>> {
  const all = [...(e.traps ?? []), ...(e.untouched ?? [])];
  const entries = await Promise.all(all.map(async (u) => [u.selector, await valueOf(page, u.selector, u.frame)] as const));
  return new Map(entries);
}

const same = (a: unknown, b: unknown) => String(a) === String(b);

/** Values of the fields a fill writes (those present before it: an added block has none to restore). */
export async function snapshotFields(page: Page, e: Expectations): Promise<Map<string, string | boolean>> {
  const values = await Promise.all(e.fields.map(async (f) => [f.selector, await valueOf(page, f.selector, f.frame, f.shown)] as const));
  return new Map(values.filter(([, v]) => !String(v).startsWith('<missing')));
}

export async function restoredDifferences(page: Page, e: Expectations, before: Map<string, string | boolean>): Promise<string[]> {
  const out: string[] = [];
  for (const f of e.fields) {
    if (!before.has(f.selector)) continue;
    const got = await valueOf(page, f.selector, f.frame, f.shown);
    if (!same(got, before.get(f.selector))) out.push(`${f.selector}: ${JSON.stringify(got)} after undo, was ${JSON.stringify(before.get(f.selector))}`);
  }
  return out;
}

/** Every way the filled page differs from the expectations, as readable lines (empty = perfect fill). */
export async function differences(page: Page, e: Expectations, before: Map<string, string | boolean>): Promise<string[]> {
  const out: string[] = [];
  for (const f of e.fields) {
    const got = await valueOf(page, f.selector, f.frame, f.shown);
    if (!same(got, f.expect)) out.push(`${f.selector}: shows ${JSON.stringify(got)}, expected ${JSON.stringify(f.expect)}`);
    if (f.state) {
      const state = await stateAt(page, f.state, f.frame);
      const want = f.stateExpect ?? f.expect;
      if (!same(state, want)) out.push(`${f.selector}: state.${f.state} = ${JSON.stringify(state)}, expected ${JSON.stringify(want)}`);
    }
  }
  for (const u of [...(e.traps ?? []), ...(e.untouched ?? [])]) {
    const got = await valueOf(page, u.selector, u.frame);
    if (!same(got, before.get(u.selector))) out.push(`${u.selector} (${u.why ?? 'must stay untouched'}) became ${JSON.stringify(got)}`);
  }
  for (const k of e.kept ?? []) {
    const got = await valueOf(page, k.selector, k.frame);
    if (!same(got, k.value)) out.push(`${k.selector}: the user's ${JSON.stringify(k.value)} became ${JSON.stringify(got)}`);
  }
  return out;
}
