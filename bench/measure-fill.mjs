// Fill latency and accuracy on every fixture page, through the real extension (harness build): the
// popup's button, the background, the content script in each frame. Each page is filled `runs` times,
// each time in a fresh tab, served at its expectations' `url` (so its site's adapter matches); every
// fill is scored against the page's expectations. A page with a site adapter is also filled `runs` times
// with the generic engine alone, so the table shows what the adapter adds.
import { join } from 'node:path';
import { launchWithExtension } from '../scripts/lib/chromium.mjs';
import {
  fillThroughPopup,
  importResume,
  loadAnswers,
  loadAttachments,
  serveLocal,
} from '../scripts/lib/session.mjs';
import { loadExpectations, scorePage, servedAt, snapshotBefore } from './fixture-expectations.mjs';
import { linearFit, median } from './stats.mjs';

// Late framework renders (antd's portal, Vue's next tick) land just after the report; the e2e tests wait as long.
const SETTLE_MS = 200;

const NO_DELAYS = { totalMs: 0, sumMs: 0, count: 0, byWhy: {} };

/**
 * The page's own deliberate waits so far (tests/fixtures/pages/shared/fixture-delay.ts), every frame
 * added up; a page that never delays keeps no record and reads as none.
 */
async function pageDelays(page) {
  const frames = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() => {
          const r = window.__fixtureDelays;
          return r ? { totalMs: r.totalMs, sumMs: r.sumMs, count: r.count, byWhy: r.byWhy } : null;
        })
        .catch(() => null),
    ),
  );
  return frames.filter(Boolean).reduce(
    (all, r) => ({
      totalMs: all.totalMs + r.totalMs,
      sumMs: all.sumMs + r.sumMs,
      count: all.count + r.count,
      byWhy: addByWhy(all.byWhy, r.byWhy),
    }),
    NO_DELAYS,
  );
}

function addByWhy(a, b) {
  const out = { ...a };
  for (const [why, { ms, count }] of Object.entries(b))
    out[why] = { ms: (out[why]?.ms ?? 0) + ms, count: (out[why]?.count ?? 0) + count };
  return out;
}

/** The waits between two readings: the ones the fill itself made the page run. */
function delaysBetween(before, after) {
  const byWhy = {};
  for (const [why, { ms, count }] of Object.entries(after.byWhy)) {
    const b = before.byWhy[why] ?? { ms: 0, count: 0 };
    if (count > b.count) byWhy[why] = { ms: ms - b.ms, count: count - b.count };
  }
  return {
    totalMs: Math.round(after.totalMs - before.totalMs),
    sumMs: after.sumMs - before.sumMs,
    count: after.count - before.count,
    byWhy,
  };
}

async function fillOnce(session, url, e, adapters) {
  const { ctx, sw, extensionId } = session;
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.__fixtureState === 'function');
    const before = await snapshotBefore(page, e);
    const delaysBefore = await pageDelays(page);
    const { report, wallMs } = await fillThroughPopup(ctx, sw, extensionId, page, { adapters });
    // Read as soon as the report is in: a wait that ends after it is not one the engine sat through.
    const delays = delaysBetween(delaysBefore, await pageDelays(page));
    await page.waitForTimeout(SETTLE_MS);
    const score = await scorePage(page, e, before);
    return {
      engineMs: report.durationMs,
      wallMs,
      delays,
      adapter: report.adapter,
      lang: report.lang,
      counts: report.counts,
      selectorMisses: report.selectorMisses?.length ?? 0,
      score,
    };
  } finally {
    await page.close();
  }
}

const withoutProblems = ({ problems: _problems, ...counts }) => counts;

const scoreKey = (s) => JSON.stringify([s.score.right, s.score.wrong, s.score.missed, s.score.trapsTouched]);

const runFigures = (s) => ({
  engineMs: s.engineMs,
  wallMs: s.wallMs,
  delays: s.delays,
  counts: s.counts,
  score: s.score,
});

/**
 * The page's own waits beside the engine's time: medians over the runs, and engine ÷ delays (the median
 * of each run's own ratio) where the page made anyone wait at all.
 */
function summariseDelays(samples) {
  const totals = samples.map((s) => s.delays.totalMs);
  const ratios = samples.filter((s) => s.delays.totalMs > 0).map((s) => s.engineMs / s.delays.totalMs);
  return {
    delaysMs: median(totals),
    delayCount: median(samples.map((s) => s.delays.count)),
    engineToDelays: ratios.length === samples.length ? median(ratios) : null,
  };
}

/** The generic engine alone on a page that has an adapter: its first fill's accuracy and median times. */
function summariseGeneric(samples) {
  return {
    engineMs: median(samples.map((s) => s.engineMs)),
    wallMs: median(samples.map((s) => s.wallMs)),
    adapter: samples[0].adapter,
    accuracy: withoutProblems(samples[0].score),
    stableAcrossRuns: samples.every((s) => scoreKey(s) === scoreKey(samples[0])),
    ...summariseDelays(samples),
    runs: samples.map(runFigures),
  };
}

function summarisePage(e, samples) {
  const first = samples[0];
  const key = scoreKey;
  return {
    page: e.page,
    resume: e.resume,
    adapter: first.adapter,
    selectorMisses: first.selectorMisses,
    engineMs: median(samples.map((s) => s.engineMs)),
    wallMs: median(samples.map((s) => s.wallMs)),
    // Accuracy is the first fill's; later runs are compared so a flaky page shows up instead of averaging away.
    accuracy: withoutProblems(first.score),
    stableAcrossRuns: samples.every((s) => key(s) === key(first)),
    ...summariseDelays(samples),
    runs: samples.map(runFigures),
  };
}

/** @param {{ extDir: string, root: string, builtDir: string, runs: number, pages?: string[], log?: (s: string) => void }} opts */
export async function measureFill({ extDir, root, builtDir, runs, pages, log = () => {} }) {
  const all = loadExpectations(builtDir).filter((e) => !pages || pages.includes(e.page));
  // One browser per résumé, answers file and set of attachments: a page's expectations hold for those.
  const byResume = groupBy(all, (e) => `${e.resume}|${e.answers ?? ''}|${JSON.stringify(e.attach ?? {})}`);
  const results = [];
  for (const [, group] of byResume) {
    const { resume, answers, attach } = group[0];
    const session = await launchWithExtension({ extDir });
    try {
      await (await importResume(session.ctx, session.extensionId, join(root, resume))).close();
      if (answers) await loadAnswers(session.ctx, session.extensionId, join(root, answers));
      const files = Object.entries(attach ?? {}).map(([kind, file]) => ({ kind, file: join(root, file) }));
      if (files.length) await loadAttachments(session.ctx, session.extensionId, files);
      for (const e of group) {
        const url = await serveLocal(session.ctx, join(builtDir, `${e.page}.html`), servedAt(e));
        try {
          const samples = [];
          for (let i = 0; i < runs; i++) samples.push(await fillOnce(session, url, e));
          const summary = summarisePage(e, samples);
          if (summary.adapter !== 'generic') {
            const alone = [];
            for (let i = 0; i < runs; i++) alone.push(await fillOnce(session, url, e, 'off'));
            summary.genericAlone = summariseGeneric(alone);
          }
          const own = summary.delaysMs ? `, page's own delays ${summary.delaysMs} ms` : '';
          log(`  ${e.page}: engine ${summary.engineMs.toFixed(1)} ms, wall ${summary.wallMs} ms${own}`);
          results.push(summary);
        } catch (err) {
          // One page the engine cannot fill is a finding to report, not a reason to lose the others.
          const error = String(err?.message ?? err).split('\n')[0];
          log(`  ${e.page}: FAILED ${error}`);
          results.push({ page: e.page, resume: e.resume, error });
        }
      }
    } finally {
      await session.close();
    }
  }
  return results.sort((a, b) => a.page.localeCompare(b.page, 'en', { numeric: true }));
}

/** Cost per control over the generated large-N forms: the least-squares slope of time against N. */
export function largeFormSlope(results) {
  const series = results
    .filter((r) => !r.error)
    .map((r) => ({ n: Number(/^large-(\d+)$/.exec(r.page)?.[1]), r }))
    .filter(({ n }) => Number.isFinite(n))
    .sort((a, b) => a.n - b.n);
  return {
    sizes: series.map(({ n }) => n),
    engine: linearFit(series.map(({ n, r }) => ({ x: n, y: r.engineMs }))),
    wall: linearFit(series.map(({ n, r }) => ({ x: n, y: r.wallMs }))),
  };
}

// Map.groupBy arrived in node 21; the project supports node 20.
function groupBy(items, keyOf) {
  const out = new Map();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}
