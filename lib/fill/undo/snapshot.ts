// What each touched field held before the last fill, recorded right before it is written, so one Undo
// restores them all (newest first). Each record keeps the driver that wrote the field: a site's own
// driver restores what it wrote.
import type { Driver, FieldDescription } from '~/lib/fill/types';
import { clearReport } from '~/lib/fill/report/report-panel';

interface Saved {
  field: FieldDescription;
  driver: Driver;
  state: unknown;
}

let last: Saved[] = [];

/** Starts a new snapshot: undo applies to the latest fill only. */
export function beginSnapshot(): void {
  last = [];
}

/** Records a field's state right before the fill writes it through `driver`. */
export function recordField(field: FieldDescription, driver: Driver): void {
  last.push({ field, driver, state: driver.save(field) });
}

/** Restores every field the last fill changed, newest first; returns how many were restored. */
export async function undoLastFill(): Promise<number> {
  clearReport();
  const saved = last;
  last = [];
  let restored = 0;
  for (const s of [...saved].reverse()) {
    if (!s.field.el.isConnected) continue;
    if (await s.driver.restore(s.field, s.state)) restored++;
  }
  return restored;
}
