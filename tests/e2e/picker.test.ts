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
import {
  dispatchCommand,
  FOCUS_BUTTON,
  focusedOverlay,
  PAGES,
  PICKER,
  press,
  screenshotBoth,
  storedProfile,
  waitForOverlay,
} from './overlay-support';
import { BUILT_FIXTURES, SAMPLE, startSession, type Session } from './support';

const RECRUITING_URL = 'https://app.mokahr.com/campus-recruitment/demo/1#/apply';
const REACT_FIELD = 'textarea[name="project.description"]';

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
  const stops = sources.flatMap((src) => [`${src.id}:group`, ...src.items.map((i) => i.id)]);
  let at = -1; // the filter box, above the list
  for (const item of picks) {
    const to = stops.indexOf(item.id);
    await press(page, to > at ? 'ArrowDown' : 'ArrowUp', Math.abs(to - at));
    await press(page, 'Space');
    at = to;
  }
}

/**
 * Enter inserts; once the picker has taken the focus back onto its Undo button, Enter undoes, and the
 * focus comes back to the picker again, so Escape still closes it.
 */
async function insertThenUndo(
  page: Page,
  field: string,
  expected: string,
  after: () => Promise<void>,
  before: string,
) {
  await press(page, 'Enter');
  await expect.poll(() => page.inputValue(field)).toBe(expected);
  await after();
  await expect.poll(() => focusedOverlay(page)).toBe(PICKER);
  await press(page, 'Enter');
  await expect.poll(() => page.inputValue(field)).toBe(before);
  await expect.poll(() => focusedOverlay(page), { timeout: 3000 }).toBe(PICKER);
}

describe('highlight picker', () => {
  it('inserts into a React-controlled textarea from the focus button; the page state and counter follow', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, 'react-controlled.html'), RECRUITING_URL));
    await page.waitForFunction(
      () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
    );
    const state = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { __fixtureState: () => { project: { description: string } } }
          ).__fixtureState().project.description,
      );
    const counter = () => page.locator(`${REACT_FIELD} + .counter`).innerText();
    await page.click(REACT_FIELD);
    await waitForOverlay(page, FOCUS_BUTTON);
    // The button is a 26-px circle drawn from the top-left corner of its zero-size, fixed host.
    const at = await page.evaluate((name) => {
      const host = document.querySelector<HTMLElement>(`[data-resume-autofill-ui="${name}"]`)!;
      return { x: parseFloat(host.style.left) + 13, y: parseFloat(host.style.top) + 13 };
    }, FOCUS_BUTTON);
    await page.mouse.click(at.x, at.y);
    await waitForOverlay(page, PICKER);
    await expect.poll(() => focusedOverlay(page)).toBe(PICKER);

    // Out of order on purpose: the inserted text follows the order of ticking, across projects.
    const picks = [highlight(0, 1), highlight(1, 0), highlight(0, 2)];
    await tick(page, picks);
    await screenshotBoth(page, 'picker');
    const expected = buildInsertText(picks, sources, defaultFormat('zh'));
    expect(expected.length).toBeLessThanOrEqual(500);
    expect(expected).toContain(picks[1]!.text.slice(0, 12));
    await insertThenUndo(
      page,
      REACT_FIELD,
      expected,
      async () => {
        expect(await state()).toBe(expected);
        expect(await counter()).toBe(`${expected.length}/500`);
      },
      '',
    );
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
    await expect.poll(() => focusedOverlay(page)).toBe(PICKER);

    const picks = [highlight(1, 1), highlight(2, 0), highlight(2, 2)];
    await tick(page, picks);
    const text = buildInsertText(picks, sources, defaultFormat('zh'));
    const expected = typed + withLineBreaks(text, typed, '', true);
    expect(expected).toBe(`${typed}\n${text}`);
    const seen = () => page.locator('#seen').innerText();
    await insertThenUndo(
      page,
      '#project-desc',
      expected,
      async () => expect(await seen()).toBe(String(expected.length)),
      typed,
    );
    expect(await seen()).toBe(String(typed.length));
    await press(page, 'Escape');
    await waitForOverlay(page, PICKER, false);
    await page.close();
  });
});
