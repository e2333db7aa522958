// <select>: written in the fill's batches; undo selects the option that was selected, or none.
import type { Driver, FieldDescription } from '~/lib/fill/types';
import { selectStandIn } from '../../collect/recognise-control';
import { chooseOption, nativeSelectWriter, pickInStandIn, selectedText, stageSelect } from '../native-select';

function selectOf(field: FieldDescription): HTMLSelectElement | null {
  return field.el instanceof HTMLSelectElement ? field.el : field.el.querySelector('select');
}

/** A select that showed no option at all before the fill (selectedIndex -1). */
function unselect(el: HTMLSelectElement): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'selectedIndex')?.set;
  if (setter) setter.call(el, -1);
  else el.selectedIndex = -1;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

export const nativeSelect: Driver<number> = {
  shows: 'option',
  read(field) {
    const el = selectOf(field);
    return el ? selectedText(el) : '';
  },
  write: nativeSelectWriter.write,
  stager: () => stageSelect,
  save: (field) => selectOf(field)?.selectedIndex ?? -1,
  async restore(field, saved) {
    const el = selectOf(field);
    if (!el || el.selectedIndex === saved) return false;
    if (saved >= 0) {
      chooseOption(el, el.options[saved]);
      // A drawn box that ignores the change event is put back through its own list.
      pickInStandIn(el, el.options[saved]);
    } else unselect(el);
    return el.selectedIndex === saved;
  },
  // A select a library took over is outlined where it is drawn.
  box(field) {
    const el = selectOf(field);
    return (el && selectStandIn(el)) ?? field.el;
  },
};
