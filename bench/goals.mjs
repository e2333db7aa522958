// The project's performance goals, judged against a run's figures. Reported beside the figures, never
// asserted: a missed goal is information for the people who own that code, not a failed command.
export const KB = 1024;

/** Issue 12: on a page that delays on purpose, the engine takes at most this many times the page's own waits. */
export const DELAY_RATIO_GOAL = 1.3;

/** The goal id for one widget page's engine-to-own-delays ratio. */
export const delayGoalId = (page) => `engine-within-own-delays:${page}`;

function totals(fill) {
  const all = fill.flatMap((p) => p.runs ?? []);
  return {
    // Every run counts here: a wrong value that shows up once in three fills still reaches a real form.
    wrong: all.reduce((n, r) => n + r.score.wrong, 0),
    trapsTouched: all.reduce((n, r) => n + r.score.trapsTouched, 0),
    fills: all.length,
  };
}

/** @param {{ size?: any, idle?: any, fill?: any[] }} figures a run's results; absent parts judge nothing */
export function judgeGoals({ size, idle, fill }) {
  const goals = [];
  if (idle) {
    const worlds = idle.unrelated.withExtension.extensionWorlds;
    goals.push({
      id: 'nothing-on-unrelated',
      goal: 'nothing injected on unrelated pages',
      value: `${worlds} extension worlds`,
      met: worlds === 0,
    });
  }
  if (fill) {
    const ms = fill.find((p) => p.page === 'large-100')?.engineMs;
    const value = ms === undefined ? 'not measured' : `${ms.toFixed(0)} ms`;
    goals.push({
      id: 'large-100-engine',
      goal: '100-field native form < 50 ms engine time',
      value,
      met: ms < 50,
    });
  }
  if (size) {
    const gz = size.groups.injectedToFill.gzip;
    goals.push({
      id: 'fill-bundle-gzip',
      goal: 'bundle injected to fill < 40 KB gzip',
      value: `${(gz / KB).toFixed(1)} KB`,
      met: gz < 40 * KB,
    });
  }
  // Each page that makes a person wait (menus, panels, option lists mounted late): the engine should wait
  // barely more than that, i.e. observe instead of sleeping.
  for (const p of fill ?? []) {
    if (p.error || !(p.delaysMs > 0) || p.engineToDelays === null) continue;
    goals.push({
      id: delayGoalId(p.page),
      goal: `engine within ${DELAY_RATIO_GOAL}× of the page's own delays`,
      value: `×${p.engineToDelays.toFixed(2)}`,
      met: p.engineToDelays <= DELAY_RATIO_GOAL,
    });
  }
  if (fill?.length) {
    const t = totals(fill);
    goals.push({
      id: 'zero-wrong',
      goal: 'zero wrong fills (wrong values + traps touched, all runs)',
      value: `${t.wrong} wrong, ${t.trapsTouched} traps in ${t.fills} fills`,
      met: t.wrong + t.trapsTouched === 0 && fill.every((p) => !p.error),
    });
  }
  return goals;
}
