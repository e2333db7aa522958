import { describe, expect, it } from 'vitest';
import { parseDatePoint, parseDateRange } from '~/lib/resume/derive/dates';

const ym = (year: number, month?: number) => (month === undefined ? { year } : { year, month });

describe('parseDateRange', () => {
  it.each([
    ['2024.09 – 2025.10', ym(2024, 9), ym(2025, 10), false],
    ['2021.07 – 至今', ym(2021, 7), undefined, true],
    ['2021.07 - 今', ym(2021, 7), undefined, true],
    ['2021.07至今', ym(2021, 7), undefined, true],
    ['2021.07 — 现在', ym(2021, 7), undefined, true],
    ['2024/09 ~ 2025/10', ym(2024, 9), ym(2025, 10), false],
    ['2024-09 - 2025-10', ym(2024, 9), ym(2025, 10), false],
    ['2024-09-2025-10', ym(2024, 9), ym(2025, 10), false],
    ['2024年9月 到 2025年10月', ym(2024, 9), ym(2025, 10), false],
    ['2024年9月至2025年10月', ym(2024, 9), ym(2025, 10), false],
    ['2024.9 – 2025.1', ym(2024, 9), ym(2025, 1), false],
    ['2019 – 2021', ym(2019), ym(2021), false],
    ['2019.09 to 2021.06', ym(2019, 9), ym(2021, 6), false],
    ['2021.03 – Present', ym(2021, 3), undefined, true],
    ['2021.03 - now', ym(2021, 3), undefined, true],
    ['2021.03 – current', ym(2021, 3), undefined, true],
    ['Sep 2024 – Present', ym(2024, 9), undefined, true],
    ['September 2019 to June 2023', ym(2019, 9), ym(2023, 6), false],
    ['09/2019 - 06/2023', ym(2019, 9), ym(2023, 6), false],
    ['2024.09.01 – 2025.10.31', ym(2024, 9), ym(2025, 10), false],
  ])('%s', (raw, start, end, current) => {
    const range = parseDateRange(raw);
    expect(range).toEqual({ raw, start, current, ...(end && { end }) });
  });

  it('reads a lone date as a start only', () => {
    expect(parseDateRange('2024.09')).toEqual({ raw: '2024.09', start: ym(2024, 9), current: false });
    expect(parseDateRange('2020')).toEqual({ raw: '2020', start: ym(2020), current: false });
  });

  it('reads an empty date as no dates', () => {
    expect(parseDateRange('')).toEqual({ raw: '', current: false });
  });

  it.each([
    '去年春天',
    '至今',
    '2024.13 – 2025.01',
    '2024.09 – soon',
    'about 2020',
    '2024.09 – 2025.10 (expected)',
  ])('refuses %s', (raw) => {
    expect(parseDateRange(raw)).toBeNull();
  });
});

describe('parseDatePoint', () => {
  it.each([
    ['1997.05', { year: 1997, month: 5 }],
    ['1997-05', { year: 1997, month: 5 }],
    ['1997/05', { year: 1997, month: 5 }],
    ['1997年5月', { year: 1997, month: 5 }],
    ['1997.5', { year: 1997, month: 5 }],
    ['1997.05.15', { year: 1997, month: 5, day: 15 }],
    ['1997年5月15日', { year: 1997, month: 5, day: 15 }],
    ['May 1997', { year: 1997, month: 5 }],
    ['1997', { year: 1997 }],
  ])('%s', (raw, expected) => {
    expect(parseDatePoint(raw)).toEqual(expected);
  });

  it.each(['1997.00', '1997.05.32', '1800.01', '1997.05 – 1998.05', 'soon'])('refuses %s', (raw) => {
    expect(parseDatePoint(raw)).toBeNull();
  });
});
