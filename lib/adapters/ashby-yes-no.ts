// Ashby's yes/no question (../shared/notes/recruiting-sites.md §4): two <button>s, Yes then No, and a
// hidden `input[type=checkbox][name={question uuid}]` that carries the answer for the form. The chosen
// button gets a hashed `_active_…` class; neither has it while the question is unanswered. The buttons
// are no form controls, so the adapter collects their container as a radio group (the answer is one of
// two) and this driver answers it the way a user does: a click on the button whose text means the answer.
// Imports stay relative (wxt.config.ts loads the adapters before any alias resolves).
import type { Driver, FieldDescription, FieldOption, WriteResult } from '~/lib/fill/types';
import { waitFor } from '../fill/drivers/wait-for';
import { matchOption } from '../fill/values/match-option';

/** The container of one yes/no pair: two buttons and the hidden checkbox, side by side. */
export const YES_NO = 'div:has(> button + button ~ input[type=checkbox])';

/** CSS-module class of the chosen button: `_active_y2cw4_58` (the hash changes with every build). */
const ACTIVE = /(^|\s)_active_/;

export function isYesNo(el: Element): boolean {
  return el.matches(YES_NO);
}

function buttons(field: FieldDescription): HTMLButtonElement[] {
  return [...field.el.querySelectorAll<HTMLButtonElement>(':scope > button')];
}

function options(field: FieldDescription): FieldOption[] {
  return buttons(field).map((b) => {
    const label = (b.textContent ?? '').trim();
    return { label, value: label, el: b };
  });
}

/** The chosen answer's text; without an active class, the hidden checkbox (checked = the first, Yes). */
function shown(field: FieldDescription): string {
  const list = buttons(field);
  const active = list.find((b) => ACTIVE.test(b.className));
  if (active) return (active.textContent ?? '').trim();
  const box = field.el.querySelector<HTMLInputElement>(':scope > input[type=checkbox]');
  return box?.checked && list[0] ? (list[0].textContent ?? '').trim() : '';
}

async function choose(field: FieldDescription, button: HTMLButtonElement): Promise<WriteResult> {
  const want = (button.textContent ?? '').trim();
  if (shown(field) !== want) button.click();
  const now = (await waitFor(() => shown(field) === want && want, { root: field.el, timeout: 800 })) ?? '';
  return now === want
    ? { ok: true, shown: now }
    : { ok: false, shown: shown(field), reason: 'the page did not keep the answer' };
}

/** The answer shown before the fill ('' when unanswered). */
export const yesNoDriver: Driver<string> = {
  shows: 'option',
  read: shown,
  async write(field, value, opts) {
    const match = matchOption(options(field), value, opts?.match ?? 'boolean');
    if (!match?.el) return { ok: false, shown: shown(field), reason: 'no matching answer' };
    return choose(field, match.el as HTMLButtonElement);
  },
  save: shown,
  async restore(field, saved) {
    const now = shown(field);
    if (now === saved) return false;
    if (saved) {
      const button = buttons(field).find((b) => (b.textContent ?? '').trim() === saved);
      return !!button && (await choose(field, button)).ok;
    }
    // Unanswered before: a second click on the chosen button is the only way back, where the site
    // allows it; otherwise the answer stays and undo reports the field as not restored.
    buttons(field)
      .find((b) => ACTIVE.test(b.className))
      ?.click();
    return (await waitFor(() => shown(field) === '', { root: field.el, timeout: 800 })) ?? false;
  },
};

/** The site's radio-group driver: the yes/no pairs through this one, real radios through the generic. */
export function ashbyRadioGroup(generic: Driver): Driver {
  const pick = (field: FieldDescription): Driver => (isYesNo(field.el) ? yesNoDriver : generic);
  return {
    shows: 'option',
    read: (field) => pick(field).read(field),
    write: (field, value, opts) => pick(field).write(field, value, opts),
    stager: (field) => (isYesNo(field.el) ? undefined : generic.stager?.(field)),
    save: (field) => pick(field).save(field),
    restore: (field, saved) => pick(field).restore(field, saved),
    box: (field) => pick(field).box?.(field) ?? field.el,
  };
}
