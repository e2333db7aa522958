// What each touched field held before the last fill, recorded right before it is written, so one Undo
// restores them all (newest first).
import type { FieldDescription } from '~/lib/fill/types';
import { checkboxBox, isChecked } from '~/lib/fill/drivers/checkbox';
import { comboRoot, readShown } from '~/lib/fill/drivers/combobox-parts';
import { buttonText } from '~/lib/fill/drivers/listbox-button';
import { isOptionChecked, radioOptions } from '~/lib/fill/drivers/radio-group';
import { textTarget } from '~/lib/fill/drivers/text';
import { clearReport } from '~/lib/fill/report/report-panel';
import { restoreField, selectOf, textOf, type Saved } from './restore-field';

let last: Saved[] = [];

/** Starts a new snapshot: undo applies to the latest fill only. */
export function beginSnapshot(): void {
  last = [];
}

/** Records a field's state right before the fill writes it. */
export function recordField(field: FieldDescription): void {
  const saved: Saved = { field };
  switch (field.widget) {
    case 'select':
      saved.selectedIndex = selectOf(field)?.selectedIndex ?? -1;
      break;
    case 'checkbox':
      saved.checked = isChecked(checkboxBox(field));
      break;
    case 'radio-group':
      saved.radio = radioOptions(field).find((o) => o.el && isOptionChecked(o.el))?.el ?? null;
      break;
    case 'combobox':
      saved.text = readShown(comboRoot(field.el));
      break;
    case 'listbox-button':
      saved.text = buttonText(field.el);
      break;
    default:
      saved.text = textOf(textTarget(field));
  }
  last.push(saved);
}

export function hasSnapshot(): boolean {
  return last.length > 0;
}

/** Restores every field the last fill changed, newest first; returns how many were restored. */
export async function undoLastFill(): Promise<number> {
  clearReport();
  const saved = last;
  last = [];
  let restored = 0;
  for (const s of [...saved].reverse()) {
    if (!s.field.el.isConnected) continue;
    if (await restoreField(s)) restored++;
  }
  return restored;
}
