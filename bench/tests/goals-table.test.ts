import { describe, expect, it } from 'vitest';
import { judgeGoals, KB } from '../goals.mjs';
import { renderTable } from '../table.mjs';

const size = (gzip: number) => ({ raw: gzip * 3, gzip, files: ['x.js'] });
const score = (wrong: number, trapsTouched: number) => ({
  right: 10 - wrong,
  wrong,
  missed: 0,
  trapsTouched,
  fields: 10,
  problems: [],
});
const page = (name: string, engineMs: number, wrong = 0, traps = 0) => ({
  page: name,
  adapter: 'generic',
  engineMs,
  wallMs: engineMs + 500,
  accuracy: score(wrong, traps),
  stableAcrossRuns: true,
  runs: [{ engineMs, wallMs: engineMs + 500, score: score(wrong, traps) }],
});
const idleSide = (scriptMs: number, worlds: number) => ({
  scriptMs,
  taskMs: scriptMs * 5,
  extensionWorlds: worlds,
});
const idle = (worldsOnUnrelated: number) => ({
  runs: 5,
  recruiting: {
    elements: 2000,
    withExtension: idleSide(40, 1),
    withoutExtension: idleSide(2, 0),
    addedScriptMs: 38,
    addedTaskMs: 50,
  },
  unrelated: {
    elements: 2000,
    withExtension: idleSide(2, worldsOnUnrelated),
    withoutExtension: idleSide(2, 0),
    addedScriptMs: 0,
    addedTaskMs: -3,
  },
});
const groups = (fillGzip: number) => ({
  beforeAsked: size(fillGzip),
  injectedToFill: size(fillGzip),
  overlay: size(90 * KB),
  background: size(8 * KB),
  popupPage: size(80 * KB),
  optionsPage: size(300 * KB),
});

describe('judgeGoals', () => {
  it('meets every goal when the figures are within them', () => {
    const goals = judgeGoals({
      size: { groups: groups(39 * KB) },
      idle: idle(0),
      fill: [page('large-100', 42), page('antd-form', 900)],
    });
    expect(goals.map((g: { id: string; met: boolean }) => [g.id, g.met])).toEqual([
      ['nothing-on-unrelated', true],
      ['large-100-engine', true],
      ['fill-bundle-gzip', true],
      ['zero-wrong', true],
    ]);
  });

  it('misses each goal on its own figure; a touched trap is a wrong fill', () => {
    const goals = judgeGoals({
      size: { groups: groups(41 * KB) },
      idle: idle(1),
      fill: [page('large-100', 51), page('traps', 10, 0, 1)],
    });
    expect(goals.every((g: { met: boolean }) => !g.met)).toBe(true);
    expect(goals.find((g: { id: string }) => g.id === 'zero-wrong')?.value).toBe(
      '0 wrong, 1 traps in 2 fills',
    );
  });

  it('does not claim the engine goal when large-100 could not be filled', () => {
    const goals = judgeGoals({ fill: [{ page: 'large-100', error: 'timeout' }] });
    expect(goals.find((g: { id: string }) => g.id === 'large-100-engine')).toMatchObject({
      met: false,
      value: 'not measured',
    });
  });
});

describe('renderTable', () => {
  const results = {
    size: { groups: groups(45 * KB), allFiles: size(600 * KB) },
    idle: idle(0),
    fill: [page('large-25', 20), page('large-100', 60, 1)],
    fillSlope: { sizes: [25, 100], engine: { slope: 0.53, r2: 1 }, wall: { slope: 0.53, r2: 1 } },
    import: {
      sample: {
        bytes: 4700,
        projects: 3,
        optionsPageMs: 600,
        optionsPageMainThread: { scriptMs: 400 },
        nodeParseMs: 4,
      },
    },
  };
  const text = renderTable({ ...results, goals: judgeGoals(results) }, { fill: 3, import: 3 });
  const lines = text.split('\n');

  it('lines values and goals up under their headings', () => {
    const valueAt = lines[0].indexOf('Value');
    const goalAt = lines[0].indexOf('Goal');
    const figureRows = lines.filter((l) => l.startsWith('  '));
    expect(figureRows.length).toBeGreaterThan(15);
    for (const row of figureRows) {
      expect(row.slice(valueAt - 2, valueAt), row).toBe('  ');
      expect(row.slice(valueAt).trim(), row).not.toBe('');
    }
    const marked = figureRows.filter((l) => /[✓✗]/.test(l));
    expect(marked.length).toBe(4);
    for (const row of marked) expect(row[goalAt], row).toMatch(/[✓✗]/);
  });

  it('shows the figures and marks the goals', () => {
    expect(text).toContain('45.0 KB gzip');
    expect(text).toMatch(/large-100 .* 60 ms .*9\/10 right, 1 wrong.*✗ 100-field native form/);
    expect(text).toMatch(/unrelated host: extension script contexts +0 +✓ nothing injected/);
    expect(text).toContain('generic (2 pages)');
  });
});

describe('site adapter rows', () => {
  it('show each site fixture filled by the generic engine alone and with its adapter', () => {
    const alone = { ...page('lever-apply-en', 80, 0), accuracy: { ...score(0, 0), right: 3, missed: 7 } };
    const withAdapter = {
      ...page('lever-apply-en', 90),
      adapter: 'lever',
      selectorMisses: 1,
      genericAlone: alone,
    };
    const fill = [withAdapter, page('large-100', 42)];
    const fillSlope = { sizes: [100], engine: { slope: 0.4, r2: 1 }, wall: { slope: 0.4, r2: 1 } };
    const table = renderTable({ fill, fillSlope, goals: judgeGoals({ fill }) }, { fill: 3 });
    expect(table).toContain('generic engine alone vs with its adapter');
    expect(table).toMatch(/lever-apply-en · generic alone\s+80 ms\s+580 ms\s+3\/10 right, 0 wrong, 7 missed/);
    expect(table).toMatch(
      /lever-apply-en · with lever\s+90 ms\s+590 ms\s+10\/10 right, 0 wrong, 0 missed, 1 selectors missed/,
    );
    // A page the generic engine fills has no comparison row.
    expect(table).not.toContain('large-100 · generic alone');
  });
});

describe("the page's own delays", () => {
  const delayed = (name: string, engineMs: number, delaysMs: number, delayCount: number) => ({
    ...page(name, engineMs),
    delaysMs,
    delayCount,
    engineToDelays: engineMs / delaysMs,
  });
  const fill = [
    delayed('moka-campus', 9000, 8000, 24),
    delayed('antd-form', 2000, 800, 2),
    { ...page('plain-table', 90), delaysMs: 0, delayCount: 0, engineToDelays: null },
  ];
  const goals = judgeGoals({ fill });

  it('judges each page that delays against 1.3× of its delays, and no page that does not', () => {
    const own = goals.filter((g: { id: string }) => g.id.startsWith('engine-within-own-delays:'));
    expect(own.map((g: { id: string; met: boolean; value: string }) => [g.id, g.met, g.value])).toEqual([
      ['engine-within-own-delays:moka-campus', true, '×1.13'],
      ['engine-within-own-delays:antd-form', false, '×2.50'],
    ]);
  });

  it('prints the delays, their count and the ratio beside the engine time, a dash where there are none', () => {
    const text = renderTable({ fill, fillSlope: { sizes: [] }, goals }, { fill: 3 });
    expect(text).toMatch(
      /moka-campus .* 9000 ms .* 8000 ms \( +24\) ×1\.13 .*✓ engine within 1\.3× of the page's own delays/,
    );
    expect(text).toMatch(/antd-form .* 800 ms \( +2\) ×2\.50 .*✗ engine within 1\.3×/);
    expect(text).toMatch(/plain-table .* — +10\/10 right/);
    expect(text).not.toMatch(/plain-table .*[✓✗]/);
  });
});
