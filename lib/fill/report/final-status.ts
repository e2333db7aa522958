// The last look at every field once the whole fill is written: a value the page took back, a required
// field still empty, and the totals the popup shows.
import type { Driver, FieldDescription, FieldReport, FieldStatus } from '~/lib/fill/types';
import { showsWritten } from '~/lib/fill/act/fill-field';

const TEXTUAL = new Set(['text', 'textarea', 'contenteditable', 'native-date', 'date-picker']);

/** A framework may revert a value a frame later: look once more after everything is written. */
export function recheck(field: FieldDescription, report: FieldReport, driver: Driver): void {
  if (!TEXTUAL.has(field.widget) || (report.status !== 'filled' && report.status !== 'uncertain')) return;
  const now = driver.read(field);
  if (showsWritten(now, report.shown ?? '')) return;
  report.shown = now;
  report.status = now ? 'uncertain' : 'failed';
  report.reason = 'the page changed the value after it was written';
}

/** A required field the fill could not fill and the user has not either. */
export function markRequiredEmpty(field: FieldDescription, report: FieldReport, driver: Driver): void {
  if (!field.required || report.status === 'filled' || report.status === 'uncertain') return;
  if (!field.el.isConnected || driver.shows === 'boolean' || driver.read(field) !== '') return;
  report.status = 'required-empty';
}

export function countStatuses(fields: FieldReport[]): Record<FieldStatus, number> {
  const counts: Record<FieldStatus, number> = {
    filled: 0,
    uncertain: 0,
    skipped: 0,
    failed: 0,
    kept: 0,
    'required-empty': 0,
  };
  for (const f of fields) counts[f.status]++;
  return counts;
}
