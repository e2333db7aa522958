// Renders a run's figures as one aligned plain-text table: a section row, then one row per figure with
// its value and, where the project set one, the goal and ✓/✗.
import { delayGoalId, KB } from './goals.mjs';

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (v, width = 6) => `${v.toFixed(v < 10 ? 1 : 0).padStart(width)} ms`;
const signed = (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)} ms`;
const mark = (goal) => (goal ? `${goal.met ? '✓' : '✗'} ${goal.goal}` : '');

function sizeRows(size, goals) {
  const row = (label, g, goal) => [
    label,
    `${kb(g.gzip).padStart(9)} gzip  ${kb(g.raw).padStart(9)} raw`,
    mark(goal),
  ];
  const { groups } = size;
  return [
    ['Size — production Chrome build (gzip -9, raw)'],
    row('  on a recruiting site before the user asks', groups.beforeAsked),
    row('  injected to fill (fill.js)', groups.injectedToFill, goals['fill-bundle-gzip']),
    row('  overlay, loaded when opened (overlay.js)', groups.overlay),
    row('  background service worker', groups.background),
    row('  popup page (its chunks + shared chunk + css)', groups.popupPage),
    row('  options page (its chunks + shared chunk + css)', groups.optionsPage),
    row('  every .js/.css file of the build', size.allFiles),
  ];
}

function idleRows(idle, goals) {
  const rows = [
    [`Idle cost — heavy page, ${idle.recruiting.elements} elements, median of ${idle.runs} loads`],
  ];
  for (const [where, label] of [
    ['recruiting', 'recruiting host'],
    ['unrelated', 'unrelated host'],
  ]) {
    const r = idle[where];
    const a = r.withExtension;
    const b = r.withoutExtension;
    rows.push([
      `  ${label}: script time added`,
      `${signed(r.addedScriptMs).padStart(10)}  (${a.scriptMs.toFixed(1)} vs ${b.scriptMs.toFixed(1)} ms)`,
      '',
    ]);
    rows.push([
      `  ${label}: task time added`,
      `${signed(r.addedTaskMs).padStart(10)}  (${a.taskMs.toFixed(0)} vs ${b.taskMs.toFixed(0)} ms)`,
      '',
    ]);
    const goal = where === 'unrelated' ? goals['nothing-on-unrelated'] : undefined;
    rows.push([
      `  ${label}: extension script contexts`,
      `${String(a.extensionWorlds).padStart(10)}`,
      mark(goal),
    ]);
  }
  return rows;
}

function fillRows(fill, slope, goals, runs) {
  const rows = [
    [
      `Fill — harness build, median of ${runs} fresh tabs: engine, popup click → report; the page's own delays (waits, engine ÷ delays); first fill's accuracy`,
    ],
  ];
  // The page's own deliberate waits during the fill (late menus, async lists) and the engine's time over them.
  const own = (p) =>
    p.delaysMs > 0
      ? `${ms(p.delaysMs)} (${String(p.delayCount).padStart(3)}) ×${(p.engineToDelays ?? NaN).toFixed(2)}`
      : `${'—'.padStart(9)}${' '.repeat(12)}`;
  for (const p of fill) {
    if (p.error) {
      rows.push([`  ${p.page}`, `failed: ${p.error.slice(0, 80)}`, '']);
      continue;
    }
    const a = p.accuracy;
    const acc = `${a.right}/${a.fields} right, ${a.wrong} wrong, ${a.missed} missed, ${a.trapsTouched} traps`;
    const flaky = p.stableAcrossRuns ? '' : ' (runs differ)';
    const goal = p.page === 'large-100' ? goals['large-100-engine'] : goals[delayGoalId(p.page)];
    rows.push([`  ${p.page}`, `${ms(p.engineMs)} ${ms(p.wallMs)}  ${own(p)}   ${acc}${flaky}`, mark(goal)]);
  }
  const fit = (f) => `${f.slope.toFixed(2)} ms/field (r² ${f.r2.toFixed(2)})`;
  // A partial run (--pages) may hold no large-N form to fit a slope over.
  if (slope.sizes.length < 2) return rows;
  rows.push([
    `  slope over large-${slope.sizes.join('/')}`,
    `engine ${fit(slope.engine)}, wall ${fit(slope.wall)}`,
    '',
  ]);
  return rows;
}

function accuracyRows(fill, goals) {
  const rows = [['Accuracy — all fixture pages, first fill, per adapter']];
  const byAdapter = new Map();
  for (const p of fill.filter((x) => !x.error))
    byAdapter.set(p.adapter, [...(byAdapter.get(p.adapter) ?? []), p]);
  for (const [adapter, pages] of byAdapter) {
    const t = (k) => pages.reduce((n, p) => n + p.accuracy[k], 0);
    const value = `${t('right')}/${t('fields')} right, ${t('wrong')} wrong, ${t('missed')} missed, ${t('trapsTouched')} traps touched`;
    rows.push([`  ${adapter} (${pages.length} pages)`, value, mark(goals['zero-wrong'])]);
  }
  const failed = fill.filter((p) => p.error).length;
  if (failed) rows.push([`  pages that could not be filled`, String(failed), '']);
  return rows;
}

/** Each page with a site adapter: the generic engine alone against the engine with the adapter. */
function adapterRows(fill, runs) {
  const pages = fill.filter((p) => !p.error && p.genericAlone);
  if (!pages.length) return [];
  const rows = [
    [`Site adapters — each site fixture: generic engine alone vs with its adapter (median of ${runs})`],
  ];
  const acc = (a) => `${a.right}/${a.fields} right, ${a.wrong} wrong, ${a.missed} missed`;
  for (const p of pages) {
    const g = p.genericAlone;
    rows.push([`  ${p.page} · generic alone`, `${ms(g.engineMs)} ${ms(g.wallMs)}   ${acc(g.accuracy)}`, '']);
    const misses = p.selectorMisses ? `, ${p.selectorMisses} selectors missed` : '';
    rows.push([
      `  ${p.page} · with ${p.adapter}`,
      `${ms(p.engineMs)} ${ms(p.wallMs)}   ${acc(p.accuracy)}${misses}`,
      '',
    ]);
  }
  return rows;
}

function importRows(imp, runs) {
  const rows = [[`Import — options page (file chosen → preview), median of ${runs}; parse alone under Node`]];
  for (const [label, r] of Object.entries(imp)) {
    const name = `  ${label} (${kb(r.bytes)}, ${r.projects} projects)`;
    const main = r.optionsPageMainThread;
    rows.push([
      name,
      `${ms(r.optionsPageMs)} page (script ${main.scriptMs.toFixed(0)} ms), ${r.nodeParseMs.toFixed(1)} ms parse`,
      '',
    ]);
  }
  return rows;
}

/** @returns {string} the table, one figure a line, columns padded to the widest cell. */
export function renderTable(results, runs) {
  const goals = Object.fromEntries(results.goals.map((g) => [g.id, g]));
  const rows = [['Figure', 'Value', 'Goal']];
  if (results.size) rows.push(...sizeRows(results.size, goals));
  if (results.idle) rows.push(...idleRows(results.idle, goals));
  if (results.fill) rows.push(...fillRows(results.fill, results.fillSlope, goals, runs.fill));
  if (results.fill) rows.push(...accuracyRows(results.fill, goals));
  if (results.fill) rows.push(...adapterRows(results.fill, runs.fill));
  if (results.import) rows.push(...importRows(results.import, runs.import));
  const cells = rows.filter((r) => r.length > 1);
  const w0 = Math.max(...cells.map((r) => r[0].length));
  const w1 = Math.max(...cells.map((r) => r[1].length));
  const line = (r) => (r.length === 1 ? r[0] : `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`.trimEnd());
  const rule = '-'.repeat(Math.min(w0 + w1 + 40, 160));
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}
