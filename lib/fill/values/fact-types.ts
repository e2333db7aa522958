// The typed values a résumé gives a form: the renderer shapes each for a widget (a date becomes '2024-09',
// '2024年9月' or just '9'; a degree becomes 硕士 or Master's).
import type { DateRange, DegreeLevel, Phone, YearMonth } from '~/lib/resume/types';

export type DateValue = YearMonth & { day?: number };

export type Fact =
  /** `scale`: a grade's scale ('4.0'), written after it where the box asks for both ('绩点/满分'). */
  | { type: 'text'; value: string; multiline?: boolean; scale?: string }
  | { type: 'lines'; value: string[] }
  | { type: 'date'; value?: DateValue; current?: boolean }
  | { type: 'range'; value: DateRange }
  /** `major`: the entry's major, which tells a Master of Science from a Master of Arts. */
  | { type: 'degree'; value: DegreeLevel; major?: string }
  | { type: 'phone'; value: Phone }
  | { type: 'boolean'; value: boolean }
  /** The user's own answer to a question the résumé does not hold, per page language. */
  | { type: 'answer'; concept: string; zh?: string; en?: string };

/** A text fact, or none for an empty string. */
export function text(value: string | undefined): Fact | undefined {
  const v = value?.trim();
  return v ? { type: 'text', value: v } : undefined;
}
