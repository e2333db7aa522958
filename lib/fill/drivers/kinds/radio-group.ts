// Radio groups, native or custom; native groups are written in the fill's batches. Undo clicks the radio
// that was checked, or unchecks them all when none was.
import type { Driver, FieldDescription } from '~/lib/fill/types';
import {
  checkedLabel,
  clickOption,
  isNativeGroup,
  isOptionChecked,
  radioGroupWriter,
  radioOptions,
  stageRadio,
} from '../radio-group';

function uncheckAll(field: FieldDescription): boolean {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set;
  for (const o of radioOptions(field)) {
    if (!(o.el instanceof HTMLInputElement) || !o.el.checked || !setter) continue;
    setter.call(o.el, false);
    o.el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    o.el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return radioOptions(field).every((o) => !o.el || !isOptionChecked(o.el));
}

/** The radio that was checked; null when none was. */
export const radioGroup: Driver<Element | null> = {
  shows: 'option',
  read: (field) => checkedLabel(radioOptions(field)),
  write: radioGroupWriter.write,
  stager: (field) => (isNativeGroup(field) ? stageRadio : undefined),
  save: (field) => radioOptions(field).find((o) => o.el && isOptionChecked(o.el))?.el ?? null,
  async restore(field, saved) {
    if (saved === null) {
      if (radioOptions(field).every((o) => !o.el || !isOptionChecked(o.el))) return false;
      return uncheckAll(field);
    }
    if (isOptionChecked(saved)) return false;
    clickOption(saved);
    return isOptionChecked(saved);
  },
};
