// File boxes. The attach step (lib/fill/attach/) writes them, since a file is not a text value; this
// driver is what the report and undo reach them through: what the box holds, and taking off what the
// fill put on (an emptied input, or the site's own remove control beside the listed file).
import type { Driver } from '~/lib/fill/types';
import { heldNames, removeShown, setInputFiles, shownName } from '../file';
import { waitFor } from '../wait-for';

export interface FileSaved {
  /** What the input held before the fill. */
  names: string[];
  /** The file the fill attached (set by the attach step once written). */
  attached?: string;
}

/** The box's file input: the element itself, or the one hidden in a site's drop zone (none: a bare zone). */
function inputOf(el: Element): HTMLInputElement | undefined {
  if (el instanceof HTMLInputElement) return el;
  return el.querySelector<HTMLInputElement>('input[type=file]') ?? undefined;
}

export const file: Driver<FileSaved> = {
  shows: 'text',
  read: (field) => heldNames(inputOf(field.el)).join(', '),
  write: async (field) => ({
    ok: false,
    shown: heldNames(inputOf(field.el)).join(', '),
    reason: 'a file box takes a stored attachment, not text',
  }),
  save: (field) => ({ names: heldNames(inputOf(field.el)) }),
  restore: async (field, saved) => {
    if (!saved.attached) return false;
    const el = field.el;
    const input = inputOf(el);
    const doc = el.ownerDocument;
    const name = saved.attached;
    // A list that animates its entry away (antd's Upload) still shows the name for a moment: undo is done
    // once the page no longer lists it.
    const gone = () => waitFor(() => !shownName(doc, el, name), { timeout: 1000 });
    if (input && heldNames(input).includes(name)) {
      setInputFiles(input, []);
      // A site that listed the file keeps its own list: take it off there too.
      if (removeShown(doc, el, name)) await gone();
      return true;
    }
    // The site took the file from its input (and reset it): the remove control of its list takes it back.
    if (!removeShown(doc, el, name)) return false;
    await gone();
    return true;
  },
};
