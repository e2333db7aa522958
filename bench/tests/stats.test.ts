import { describe, expect, it } from 'vitest';
import { linearFit, median, round } from '../stats.mjs';

describe('median', () => {
  it('takes the middle of an odd list and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('ignores one slow outlier', () => {
    expect(median([10, 11, 900])).toBe(11);
  });
});

describe('linearFit', () => {
  it('recovers an exact line with r² = 1', () => {
    const fit = linearFit([25, 50, 100, 200].map((x) => ({ x, y: 3 + 0.5 * x })));
    expect(fit.slope).toBeCloseTo(0.5, 10);
    expect(fit.intercept).toBeCloseTo(3, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
  });

  it('gives the least-squares slope and a low r² for scattered points', () => {
    const fit = linearFit([
      { x: 0, y: 0 },
      { x: 1, y: 2 },
      { x: 2, y: 1 },
      { x: 3, y: 3 },
    ]);
    expect(fit.slope).toBeCloseTo(0.8, 10);
    expect(fit.r2).toBeCloseTo(0.64, 10);
  });

  it('has no slope for fewer than two points', () => {
    expect(linearFit([{ x: 1, y: 1 }]).slope).toBeNaN();
  });
});

describe('round', () => {
  it('rounds to the given digits and leaves non-finite values alone', () => {
    expect(round(1.26)).toBe(1.3);
    expect(round(1.2345, 2)).toBe(1.23);
    expect(round(NaN)).toBeNaN();
  });
});
