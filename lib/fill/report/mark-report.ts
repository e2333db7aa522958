// Outlines each field of a finished fill by status (green filled, amber check, red required and empty), on
// the element the user sees as the field: custom selects hide their input inside a styled box, and the
// field's driver knows which.
import type { DriverTable, FieldDescription, FieldReport } from '~/lib/fill/types';
import { driverFor } from '~/lib/fill/drivers';
import { markField, type MarkStatus } from './marks';

const MARKED = new Set(['filled', 'uncertain', 'required-empty']);

export function markReport(results: [FieldDescription, FieldReport][], drivers: Readonly<DriverTable>): void {
  for (const [field, report] of results) {
    if (!MARKED.has(report.status) || !field.el.isConnected) continue;
    const driver = driverFor(field, drivers);
    markField(driver.box?.(field) ?? field.el, report.status as MarkStatus);
  }
}
