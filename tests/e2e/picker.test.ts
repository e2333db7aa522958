// Highlight picker end to end: opened from the focus button (React-controlled textarea on a recruiting
// host) and from the shortcut (plain textarea anywhere), three highlights of two projects chosen with
// the keyboard alone, Enter inserts exactly what the project's own text builder gives, Undo restores.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildInsertText } from '~/lib/highlights/build-insert-text';
import { defaultFormat } from '~/lib/highlights/format';
import { withLineBreaks } from '~/lib/highlights/insert-highlights';
import { buildPickSources, type PickItem, type PickSource } from '~/lib/highlights/sources';
import { serveLocal } from '../../scripts/lib/session.mjs';
import { clickFocusButton, dispatchCommand, focusedOverlay, PAGES, PICKER, press } from './overlay-support';
import { overlayRects, within, type Rect } from './overlay-support';
import { screenshotBoth, storedProfile, waitForOverlay } from './overlay-support';
import { BUILT_FIXTURES, SAMPLE, startSession, type Session } from './support';

const RECRUITING_URL = 'https://app.mokahr.com/campus-recruitment/demo/1#/apply';
const REACT_FIELD = 'textarea[name="project.description"]';
type FixtureWindow = { __fixtureState?: () => { project: { description: string } } };

let s: Session;
let sources: PickSource[];

beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE] });
  sources = buildPickSources((await storedProfile(s.sw)).resume);
});
afterAll(async () => s?.close());

/** The n-th highlight (not the summary) of the i-th project. */
function highlight(project: number, n: number): PickItem {
  const item = sources[project]!.items.filter((i) => i.kind === 'highlight')[n];
  if (!item) throw new Error(`The sample résumé has no highlight ${n} in project ${project}`);
  return item;
}

/**
 * Ticks `picks` in order with ↓/↑ and Space, starting in the filter box. The list's keyboard stops are
 * each source's group checkbox followed by its items, as components/highlight-picker/source-list lays out.
 */
async function tick(page: Page, picks: PickItem[]): Promise<void> {
  await expect.poll(() => focusedOverlay(page)).toBe(PICKER); // the filter box has the focus on open
  const stops = sources.flatMap((src) => [`${src.id}:group`, ...src.items.map((i) => i.id)]);
  let at = -1; // the filter box, above the list
  for (const item of picks) {
    const to = stops.indexOf(item.id);
    await press(page, to > at ? 'ArrowDown' : 'ArrowUp', Math.abs(to - at));
    await press(page, 'Space');
    at = to;
  }
}

interface InsertCase {
  field: string;
  before: string;
  expected: string;
  /** Checks made while the insert is in the field. */
  inserted: () => Promise<void>;
}

/**
 * Enter inserts; once the picker has taken the focus back onto its Undo button, Enter undoes, and the
 * focus comes back to the picker again, so Escape still closes it.
 */
async function insertThenUndo(page: Page, c: InsertCase): Promise<void> {
  await press(page, 'Enter');
  await expect.poll(() => page.inputValue(c.field)).toBe(c.expected);
  await c.inserted();
  await expect.poll(() => focusedOverlay(page)).toBe(PICKER);
  await press(page, 'Enter');
  await expect.poll(() => page.inputValue(c.field)).toBe(c.before);
  await expect.poll(() => focusedOverlay(page)).toBe(PICKER);
}

describe('highlight picker', () => {
  it('inserts into a React-controlled textarea from the focus button; page state and counter follow', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, 'react-controlled.html'), RECRUITING_URL));
    await page.waitForFunction(() => typeof (window as FixtureWindow).__fixtureState === 'function');
    const state = () => page.evaluate(() => (window as FixtureWindow).__fixtureState!().project.description);
    const counter = () => page.locator(`${REACT_FIELD} + .counter`).innerText();
    await page.click(REACT_FIELD);
    await clickFocusButton(page);
    await waitForOverlay(page, PICKER);

    // Out of order on purpose: the inserted text follows the order of ticking, across projects.
    const picks = [highlight(0, 1), highlight(1, 0), highlight(0, 2)];
    await tick(page, picks);
    await screenshotBoth(page, 'picker');
    const expected = buildInsertText(picks, sources, defaultFormat('zh')); // the page is Chinese
    const order = picks.map((p) => expected.indexOf(p.text.slice(0, 10)));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(expected.length).toBeLessThanOrEqual(500);
    await insertThenUndo(page, {
      field: REACT_FIELD,
      before: '',
      expected,
      inserted: async () => {
        expect(await state()).toBe(expected);
        expect(await counter()).toBe(`${expected.length}/500`);
      },
    });
    expect(await state()).toBe('');
    expect(await counter()).toBe('0/500');
    await page.close();
  });

  it('inserts on a plain page from the shortcut, on a line after what the user typed', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(PAGES, 'plain-textarea.html')));
    const typed = '负责核心模块的设计与开发。';
    await page.click('#project-desc');
    await page.keyboard.type(typed);
    await dispatchCommand(s.sw, page, 'open-picker');
    await waitForOverlay(page, PICKER);

    const picks = [highlight(1, 1), highlight(2, 0), highlight(2, 2)];
    await tick(page, picks);
    const text = buildInsertText(picks, sources, defaultFormat('zh'));
    // A list goes on a line of its own after the user's sentence.
    const expected = typed + withLineBreaks(text, typed, '', true);
    expect(expected).toBe(`${typed}\n${text}`);
    const seen = () => page.locator('#seen').innerText();
    await insertThenUndo(page, {
      field: '#project-desc',
      before: typed,
      expected,
      inserted: async () => expect(await seen()).toBe(String(expected.length)),
    });
    expect(await seen()).toBe(String(typed.length));
    await press(page, 'Escape');
    await waitForOverlay(page, PICKER, false);
    await page.close();
  });
});

describe('the picker fits the window', () => {
  const HEIGHT = 720;
  // Where the field sits when the picker opens: scrollIntoView's block position.
  const POSITIONS = ['start', 'center', 'end'] as const;
  const PARTS = ['ra-panel', 'ra-pk-side', 'ra-pk-chosen', 'ra-pk-format', 'ra-pk-preview', 'ra-pk-foot'];

  async function openAt(width: number, position: (typeof POSITIONS)[number], lang: 'zh' | 'en') {
    const page = await s.ctx.newPage();
    await page.setViewportSize({ width, height: HEIGHT });
    const url = await serveLocal(s.ctx, join(PAGES, 'long-form.html'));
    await page.goto(lang === 'en' ? `${url}?lang=en` : url);
    await page.evaluate((block) => {
      const field = document.getElementById('project-desc')!;
      field.scrollIntoView({ block });
      field.focus({ preventScroll: true });
    }, position);
    await dispatchCommand(s.sw, page, 'open-picker');
    await waitForOverlay(page, PICKER);
    // Five chosen rows: the case where the format heading and the preview used to be cut off.
    await tick(page, [highlight(0, 0), highlight(0, 1), highlight(0, 2), highlight(1, 0), highlight(1, 1)]);
    return page;
  }

  /** The panel is inside the window; the chosen rows, format, preview and buttons inside the panel. */
  function fits(r: Record<string, Rect | null>, width: number): string[] {
    const bad: string[] = [];
    const screen = { left: 0, top: 0, right: width, bottom: HEIGHT };
    if (!r['ra-panel'] || !within(r['ra-panel'], screen)) bad.push('ra-panel');
    for (const part of PARTS.slice(2)) {
      const box = r[part];
      const clip = part === 'ra-pk-foot' ? r['ra-panel'] : r['ra-pk-side'];
      if (!box || !clip || !r['ra-panel'] || !within(box, r['ra-panel']) || !within(box, clip))
        bad.push(part);
      else if (box.bottom - box.top < 20) bad.push(`${part} squeezed`);
    }
    return bad;
  }

  for (const width of [1280, 400]) {
    it.each(POSITIONS)(`at ${width}×${HEIGHT}, field at the %s of the window`, async (position) => {
      const page = await openAt(width, position, 'zh');
      try {
        await expect.poll(async () => fits(await overlayRects(page, PICKER, PARTS), width)).toEqual([]);
        const r = await overlayRects(page, PICKER, PARTS);
        // Room enough on one side: the panel keeps off the field, below it or above it.
        const field = await page.evaluate(() => {
          const { top, bottom } = document.getElementById('project-desc')!.getBoundingClientRect();
          return { top, bottom };
        });
        if (position === 'start') expect(r['ra-panel']!.top).toBeGreaterThanOrEqual(field.bottom);
        if (position === 'end') expect(r['ra-panel']!.bottom).toBeLessThanOrEqual(field.top);
        // All five chosen rows show without scrolling at this height.
        expect(r['ra-pk-chosen']!.bottom - r['ra-pk-chosen']!.top).toBeGreaterThan(5 * 24);
        await screenshotBoth(page, `picker-${width}-${position}-zh`);
      } finally {
        await page.close(); // the next test's page has the same address: the command must find that one
      }
    });
  }

  it.each([1280, 400])('in English at %d px, field in the middle', async (width) => {
    const page = await openAt(width, 'center', 'en');
    try {
      await expect.poll(async () => fits(await overlayRects(page, PICKER, PARTS), width)).toEqual([]);
    } finally {
      await screenshotBoth(page, `picker-${width}-center-en`);
      await page.close();
    }
  });
});
