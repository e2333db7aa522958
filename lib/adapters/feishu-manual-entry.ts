// 飞书招聘 tenants keep schools (and some other names) in a dictionary select that lists only what the
// tenant's dictionary holds: an overseas school is missing, and its near misses (a campus or institute
// named after it) must never be chosen. Such a question carries its own way out, a checkbox beside the
// label (院校未收录？手动填写, "not listed? enter it yourself") that swaps the select for a text box. The
// combobox driver is wrapped: when the dictionary has no option for the name, that box is ticked and the
// name typed; undo unticks it, which brings the empty select back.
import type { Driver, FieldDescription, WriteResult } from '~/lib/fill/types';
import { comboRoot } from '../fill/drivers/combobox-parts';
import { isRendered } from '../fill/drivers/visibility';
import { waitFor } from '../fill/drivers/wait-for';
import { writeTextValue } from '../fill/write-text';

/** The words of a manual-entry checkbox: the name is not in the list, type it. */
const MANUAL_WORDS =
  /手动(填写|输入|录入|添加)|自行(填写|输入)|未收录|找不到|查不到|没有找到|不在(列表|库)中?|enter (it )?manually|not (listed|found|in the list)|can['’]?t find|cannot find/i;
const CONTROLS = 'input:not([type=hidden]), select, textarea';
/** How far above the select its question's wrapper may sit. */
const MAX_CLIMB = 6;

interface Escape {
  /** The question's wrapper: it outlives the select, which is unmounted once the box is ticked. */
  item: Element;
  box: HTMLInputElement;
}

interface Saved {
  shown: unknown;
  manual: boolean;
}

const escapes = new WeakMap<Element, Escape | null>();

function boxWords(box: HTMLInputElement): string {
  const label = box.closest('label') ?? box.parentElement;
  return [label?.textContent, box.getAttribute('aria-label')].filter(Boolean).join(' ');
}

/**
 * The manual-entry checkbox of the question `el` answers: in the smallest wrapper around the select that
 * holds one, climbing no higher than a wrapper holding another question's control.
 */
export function manualEscape(el: HTMLElement): Escape | null {
  if (escapes.has(el)) return escapes.get(el)!;
  if (!el.isConnected) return null;
  const root = comboRoot(el);
  let found: Escape | null = null;
  let node = root.parentElement;
  for (let i = 0; node && i < MAX_CLIMB && node !== node.ownerDocument.body; i++, node = node.parentElement) {
    const controls = [...node.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => !root.contains(c));
    const boxes = controls.filter(
      (c): c is HTMLInputElement => c instanceof HTMLInputElement && c.type === 'checkbox',
    );
    if (controls.length > boxes.length) break;
    const manual = boxes.filter((b) => MANUAL_WORDS.test(boxWords(b)));
    if (manual.length === 1) found = { item: node, box: manual[0]! };
    if (boxes.length) break;
  }
  escapes.set(el, found);
  return found;
}

/** The text box the ticked checkbox revealed in the question's wrapper. */
function manualInput(escape: Escape): HTMLInputElement | HTMLTextAreaElement | null {
  const typed = [...escape.item.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
  return (
    typed.find(
      (t) =>
        t !== escape.box &&
        (t instanceof HTMLTextAreaElement || /^(text|search|)$/.test(t.type)) &&
        !t.readOnly &&
        !t.disabled &&
        !t.closest('[role=combobox]') &&
        t.getAttribute('role') !== 'combobox' &&
        isRendered(t),
    ) ?? null
  );
}

async function setBox(escape: Escape, checked: boolean): Promise<boolean> {
  if (escape.box.checked !== checked) escape.box.click();
  return (
    (await waitFor(() => escape.box.isConnected && escape.box.checked === checked, { timeout: 600 })) === true
  );
}

/** Ticks the escape and types `value` in the box it reveals; unticked again when that does not take. */
async function writeManually(escape: Escape, value: string, failed: WriteResult): Promise<WriteResult> {
  if (!(await setBox(escape, true))) return failed;
  const input = await waitFor(() => manualInput(escape), { timeout: 1000, root: escape.item });
  const written = input ? await writeTextValue(input, value) : null;
  if (written?.ok) return { ok: true, shown: written.shown };
  await setBox(escape, false);
  return { ...failed, reason: `${failed.reason ?? 'not in the list'}; the manual entry box did not take it` };
}

/**
 * The generic combobox, with the dictionary's manual-entry escape taken when none of its options is the
 * name (a plain name only: a degree or a yes/no has no such escape).
 */
export function withManualEntry(generic: Driver): Driver<Saved> {
  const manualOn = (field: FieldDescription) => {
    const escape = manualEscape(field.el);
    return escape?.box.isConnected && escape.box.checked ? escape : null;
  };
  return {
    ...generic,
    read(field) {
      const escape = manualOn(field);
      if (!escape) return field.el.isConnected ? generic.read(field) : '';
      return manualInput(escape)?.value ?? '';
    },
    save: (field) => ({ shown: generic.save(field), manual: !!manualOn(field) }),
    async write(field, value, opts) {
      const escape = manualEscape(field.el);
      const result = await generic.write(field, value, opts);
      const plain = (opts?.match ?? 'text') === 'text' && !opts?.exactLabel;
      if (result.ok || !plain || !escape || escape.box.checked || !value.trim()) return result;
      return writeManually(escape, value, result);
    },
    async restore(field, saved) {
      const escape = manualOn(field);
      if (escape && !saved.manual) return setBox(escape, false);
      return field.el.isConnected ? generic.restore(field, saved.shown) : false;
    },
    box(field) {
      const escape = manualOn(field);
      const input = escape && manualInput(escape);
      return input ?? generic.box?.(field) ?? field.el;
    },
  };
}
