// Outlines each field of a finished fill by status (green filled, amber check, red required and empty).
import type { FieldDescription, FieldReport } from '~/lib/fill/types';
import { comboRoot } from '~/lib/fill/drivers/combobox-parts';
import { markField, type MarkStatus } from './marks';

const MARKED = new Set(['filled', 'uncertain', 'required-empty']);

/** The element whose outline the user sees: custom selects hide their input inside a styled box. */
function markTarget(field: FieldDescription): Element {
  if (field.widget === 'combobox') return comboRoot(field.el);
  if (field.widget === 'date-picker')
    return field.el.parentElement?.closest('[class*=picker], [class*=date-editor]') ?? field.el;
  return field.el;
}

export function markReport(results: [FieldDescription, FieldReport][]): void {
  for (const [field, report] of results) {
    if (MARKED.has(report.status) && field.el.isConnected)
      markField(markTarget(field), report.status as MarkStatus);
  }
}
