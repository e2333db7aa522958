import { describe, expect, it } from 'vitest';
import {
  dateRangeRenderings,
  formatDateRange,
  formatYearMonth,
  yearMonthRenderings,
} from '~/lib/card/date-renderings';

describe('date renderings', () => {
  it('writes one month four ways', () => {
    expect(yearMonthRenderings({ year: 2024, month: 9 })).toEqual([
      '2024-09',
      '2024.09',
      '2024年9月',
      'Sep 2024',
    ]);
  });

  it('never invents a month the résumé lacks', () => {
    expect(yearMonthRenderings({ year: 2019 })).toEqual(['2019', '2019年']);
    expect(formatYearMonth({ year: 2019 }, 'en')).toBe('2019');
  });

  it('renders ranges, open ranges and unparsed raw text', () => {
    const closed = {
      raw: 'x',
      start: { year: 2017, month: 9 },
      end: { year: 2021, month: 6 },
      current: false,
    };
    expect(formatDateRange(closed, 'dot')).toBe('2017.09 – 2021.06');
    expect(formatDateRange(closed, 'en')).toBe('Sep 2017 – Jun 2021');
    const open = { raw: 'x', start: { year: 2021, month: 7 }, current: true };
    expect(formatDateRange(open, 'zh')).toBe('2021年7月 – 至今');
    expect(formatDateRange(open, 'en')).toBe('Jul 2021 – Present');
    expect(formatDateRange({ raw: ' 暑假 ', current: false }, 'dot')).toBe('暑假');
    expect(dateRangeRenderings(open)).toEqual([
      '2021-07 – 至今',
      '2021.07 – 至今',
      '2021年7月 – 至今',
      'Jul 2021 – Present',
    ]);
  });
});
