#!/usr/bin/env node
// npm run bench [-- --only size,idle,fill,import] [--pages lever-en,react-select-en]
// Size, idle cost, fill latency, accuracy and import speed of the built extension in headless Chromium.
// Prints one table and writes bench/results.json (a partial run writes bench/out/results-partial.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../scripts/lib/build.mjs';
import { writeBigResume } from './big-resume.mjs';
import { judgeGoals } from './goals.mjs';
import { writeHeavyPage } from './heavy-page.mjs';
import { machineInfo } from './machine.mjs';
import { largeFormSlope, measureFill } from './measure-fill.mjs';
import { measureIdle } from './measure-idle.mjs';
import { measureImport } from './measure-import.mjs';
import { measureSize } from './measure-size.mjs';
import { ensureBuilds, ensureFixtures } from './prepare.mjs';
import { round } from './stats.mjs';
import { renderTable } from './table.mjs';

const PARTS = ['size', 'idle', 'fill', 'import'];
const RUNS = { idle: 7, fill: 3, import: 3 };
const OUT = join(ROOT, 'bench/out');

const { values } = parseArgs({ options: { only: { type: 'string' }, pages: { type: 'string' } } });
// Some fixture pages only (a partial run): the fill part measures just these.
const pages = values.pages?.split(',').map((s) => s.trim());
const only = values.only ? values.only.split(',').map((s) => s.trim()) : PARTS;
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`bench: unknown part ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`);
  process.exit(2);
}

const log = (s) => console.error(s);
const started = Date.now();
const timed = async (name, fn) => {
  const t = Date.now();
  log(`${name}…`);
  const result = await fn();
  log(`${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return result;
};

mkdirSync(OUT, { recursive: true });
const results = { date: new Date().toISOString(), machine: machineInfo(ROOT), runs: RUNS };
const builds = await timed('building the extension (production, harness)', async () => ensureBuilds(OUT));

if (only.includes('size')) results.size = measureSize(builds.production);
if (only.includes('idle')) {
  const heavy = writeHeavyPage(OUT);
  results.idle = await timed('idle cost', () =>
    measureIdle({ extDir: builds.production, heavyFile: heavy.file, runs: RUNS.idle }),
  );
  results.idle.pageBytes = heavy.bytes;
}
if (only.includes('fill')) {
  const builtDir = await timed('fixture pages', async () => ensureFixtures(ROOT));
  results.fill = await timed('fill latency and accuracy', () =>
    measureFill({ extDir: builds.harness, root: ROOT, builtDir, runs: RUNS.fill, pages, log }),
  );
  results.fillSlope = largeFormSlope(results.fill);
}
if (only.includes('import')) {
  const files = {
    'sample résumé': join(ROOT, 'samples/sample-resume.md'),
    '50 projects': writeBigResume(join(ROOT, 'samples/sample-resume.md'), OUT, 50),
  };
  results.import = await timed('import', () =>
    measureImport({ extDir: builds.harness, root: ROOT, outDir: OUT, files, runs: RUNS.import }),
  );
}
results.goals = judgeGoals(results);
results.machine.loadAverageAfter = machineInfo(ROOT).loadAverage;
results.totalSeconds = Math.round((Date.now() - started) / 1000);

const file =
  only.length === PARTS.length && !pages
    ? join(ROOT, 'bench/results.json')
    : join(OUT, 'results-partial.json');
// Timer readings carry float noise (725.7786790000009); two decimals is finer than any figure's spread.
const tidy = (_key, v) => (typeof v === 'number' ? round(v, 2) : v);
writeFileSync(file, `${JSON.stringify(results, tidy, 2)}\n`);
const m = results.machine;
console.log(
  `${results.date}  ${m.os}  ${m.cpu} × ${m.cores}  node ${m.node}  ${m.chromium}  load ${m.loadAverage.join(' ')}`,
);
console.log(renderTable(results, RUNS));
log(`\nwritten ${file} in ${results.totalSeconds} s`);
