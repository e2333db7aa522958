// Issue 3 end to end: every fixture page filled through the real extension (popup button → background →
// content script in each frame); the page's own framework state must hold the right values, traps and
// the user's own values must stay, and undo must restore the page.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/build.mjs';
import { fillThroughPopup, serveLocal, tabIdOf } from '../../scripts/lib/session.mjs';
import {
  allExpectations,
  differences,
  expectedAdapter,
  restoredDifferences,
  snapshotBefore,
  snapshotRestorable,
  withoutAnswers,
  type Expectations,
  type Values,
} from './expectations';
import { BUILT_FIXTURES, screenshotPath, startSession, type Session } from './support';
import { ADAPTERS } from '~/lib/adapters';

const sessions = new Map<string, Session>();
/**
 * One browser per résumé, answers file and set of attachments (a page with an answers file is also
 * judged without it).
 */
async function sessionFor(
  resume: string,
  answers?: string,
  attach?: Record<string, string>,
): Promise<Session> {
  const id = `${resume}|${answers ?? ''}|${JSON.stringify(attach ?? {})}`;
  if (!sessions.has(id))
    sessions.set(
      id,
      await startSession({ resumes: [join(ROOT, resume)], answers: answers && join(ROOT, answers), attach }),
    );
  return sessions.get(id)!;
}
afterAll(async () => {
  for (const s of sessions.values()) await s.close();
});

/** Opens the page at its expectations' `url` when it has one, so the site's adapter matches as on the site. */
async function open(s: Session, e: Expectations): Promise<Page> {
  const page = await s.ctx.newPage();
  await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${e.page}.html`), e.url));
  await page.waitForFunction(
    () => typeof (window as { __fixtureState?: unknown }).__fixtureState === 'function',
  );
  return page;
}

// The large generated forms are the benchmarks' material; one of them is enough here.
const ALL = allExpectations((name) => !name.startsWith('large-') || name === 'large-200');
// A site fixture may land before its adapter (h-sitefixtures writes pages, adapters follow): it runs
// from the moment lib/adapters has the adapter it names, and shows as a todo until then.
const written = (e: Expectations) =>
  expectedAdapter(e) === 'generic' || ADAPTERS.some((a) => a.id === e.adapter);
const WRITTEN = ALL.filter(written);

/** Problems must be none but the page's documented open gaps, and every documented gap must still show. */
/**
 * How many entries each list of the fixture's framework state holds (its model of the form): undo must
 * leave none the fill added. (Values are judged by restoredDifferences: some widgets cannot go back to
 * empty, which the report says.)
 */
const entryCounts = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => {
    const counts: Record<string, number> = {};
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v)) {
        counts[path] = v.length;
        v.forEach((x, i) => walk(x, `${path}[${i}]`));
      } else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    };
    walk((window as { __fixtureState?: () => unknown }).__fixtureState?.(), '');
    return counts;
  });

function expectOnlyKnownGaps(problems: string[], e: Expectations, test: 'fill' | 'undo'): void {
  const gaps = (e.knownGaps ?? []).filter((g) => (g.test ?? 'fill') === test).map((g) => g.problem);
  expect(problems.filter((p) => !gaps.includes(p))).toEqual([]);
  expect(
    gaps.filter((g) => !problems.includes(g)),
    'fixed: take these out of knownGaps',
  ).toEqual([]);
}

/**
 * Defines the fixture tests for shard `shard` of `of` (pages dealt round-robin in name order, so each
 * shard gets its share of the slow widget pages). Each shard is its own test file, so its own worker and
 * browser: two shards run side by side when vitest has two workers.
 */
export function defineFixtureSuite(shard: number, of: number): void {
  const PAGES = WRITTEN.filter((_, i) => i % of === shard);
  for (const e of ALL.filter((x) => !written(x)).filter((_, i) => i % of === shard))
    it.todo(`fixture ${e.page}: awaiting the ${e.adapter} adapter in lib/adapters`);

  describe.each(PAGES)('fixture $page', (e) => {
    // The undo test takes over the page the fill test filled (one fill per page instead of two: the
    // end-to-end run is most of CI's time); run alone (-t undo) it fills a page of its own.
    let filled: { page: Page; initial: Values; entriesBefore: Record<string, number> } | undefined;

    it('fills every field right and leaves every trap alone', async () => {
      const s = await sessionFor(e.resume, e.answers, e.attach);
      const page = await open(s, e);
      const before = await snapshotBefore(page, e);
      const initial = await snapshotRestorable(page, e);
      const entriesBefore = await entryCounts(page);
      const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
      await page.waitForTimeout(200);
      await page.screenshot({ path: screenshotPath(`fill-${e.page}`), fullPage: true });
      expect(report.lang).toBe(e.lang);
      // One list, so a wrong adapter, a selector that missed and the fields they got wrong show together.
      const problems = await differences(page, e, before);
      if (report.adapter !== expectedAdapter(e))
        problems.unshift(
          `report.adapter is ${JSON.stringify(report.adapter)}, expected ${JSON.stringify(expectedAdapter(e))}`,
        );
      // An adapter whose selectors miss on its own fixture page means the adapter or the page is wrong.
      for (const m of report.selectorMisses ?? [])
        problems.unshift(`selector missed: ${m.what} ${m.selector} (${m.variant}): ${m.reason}`);
      filled = { page, initial, entriesBefore };
      expectOnlyKnownGaps(problems, e, 'fill');
    });

    it('undo restores the page', async () => {
      const s = await sessionFor(e.resume, e.answers, e.attach);
      const taken = filled;
      filled = undefined;
      let page: Page;
      let initial: Values;
      let entriesBefore: Record<string, number>;
      if (taken) ({ page, initial, entriesBefore } = taken);
      else {
        page = await open(s, e);
        initial = await snapshotRestorable(page, e);
        entriesBefore = await entryCounts(page);
        await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
      }
      const popup = await s.ctx.newPage();
      await popup.goto(
        `chrome-extension://${s.extensionId}/popup.html?tabId=${await tabIdOf(s.sw, page.url())}`,
      );
      await popup.locator('[data-testid="undo-fill"]').click();
      const done = popup.locator('[data-testid="undo-done"]');
      // Undo walks every widget back through its own UI (pickers, cards' delete confirmations): on a page of
      // many pickers and a loaded CI machine that can take longer than Playwright's default 30 s.
      await done.waitFor({ timeout: 60_000 });
      const undone = { text: await done.textContent(), kept: Number(await done.getAttribute('data-kept')) };
      await popup.close();
      await page.waitForTimeout(200);
      expectOnlyKnownGaps(await restoredDifferences(page, e, initial), e, 'undo');
      // No entry the fill added is left over in the page's own model, but those undo said it could not
      // remove (the page offers no delete for them). Pages whose model keeps no lists show no entries.
      const after = await entryCounts(page);
      const grown = Object.keys(after).reduce((n, k) => n + after[k]! - (entriesBefore[k] ?? 0), 0);
      const why = `popup after undo: ${undone.text}; ${JSON.stringify(after)} vs ${JSON.stringify(entriesBefore)}`;
      if (Object.keys(entriesBefore).length) expect(grown, why).toBe(undone.kept);
      else expect(grown, why).toBe(0);
      await page.close();
    });
  });

  // A page with an answers file, filled with none: the questions only answers fill stay exactly as they were.
  describe.each(PAGES.filter((e) => e.answers))('fixture $page without answers', (withAnswers) => {
    it('changes none of the answered questions', async () => {
      const e = withoutAnswers(withAnswers);
      const s = await sessionFor(e.resume);
      const page = await open(s, e);
      const before = await snapshotBefore(page, e);
      const { report } = await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
      await page.waitForTimeout(200);
      expect(report.lang).toBe(e.lang);
      expect(await differences(page, e, before)).toEqual([]);
      await page.close();
    });
  });
}
