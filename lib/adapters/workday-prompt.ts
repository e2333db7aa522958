// Workday's prompt (a `multiSelectContainer` around a `searchBox` input): typing and Enter searches, a
// press lists the options, in a `wd-popup` portal of `promptOption` items; the choice becomes a pill
// (`selectedItem`) and the search box empties again, so the value is the pills, never the input's text.
// The adapter marks these inputs as comboboxes; this driver takes every combobox on Workday and hands
// the ones that are not prompts to the generic driver it is given.
import type { Driver, FieldDescription, FieldOption, MatchKind, WriteResult } from '~/lib/fill/types';
// Relative imports of leaf modules only: wxt.config.ts loads lib/adapters (for the host list) outside
// the bundler, where the `~/` alias does not resolve.
import { setNativeValue } from '../fill/drivers/edit-events';
import { findMenu, optionPressTarget, readMenuOptions, visibleMenus } from '../fill/drivers/menu';
import { pointerClick, pressKey } from '../fill/drivers/pointer';
import { nextTask, waitFor } from '../fill/drivers/wait-for';
import { matchOption } from '../fill/values/match-option';
import { normalizeText, searchPrefix } from '../fill/values/normalize-text';

const PROMPT = '[data-automation-id=multiSelectContainer]';
const PILL = '[data-automation-id=selectedItem]';
const SELECTED_LIST = '[data-automation-id=selectedItemList]';

/** How long a prompt's popup may take to list what was searched for (a server lookup on the real site). */
const RESULTS_WAIT = 2500;

export function promptBox(field: FieldDescription): HTMLElement | null {
  return field.el.closest<HTMLElement>(PROMPT);
}

function pillLabel(pill: Element): string {
  const option = pill.querySelector('[data-automation-id=promptOption]') ?? pill;
  const label = option.getAttribute('data-automation-label') ?? option.textContent ?? '';
  return label.replace(/\s+/g, ' ').trim();
}

/** The chosen options, as their pills name them. */
export function promptPills(box: Element): string[] {
  return [...box.querySelectorAll(PILL)].map(pillLabel);
}

function typeSearch(input: HTMLInputElement, text: string): void {
  input.focus();
  setNativeValue(input, text);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
}

function optionIn(
  box: HTMLElement,
  input: HTMLInputElement,
  before: Set<Element>,
  value: string,
  kind: MatchKind,
) {
  return (): FieldOption | null => {
    const menu = findMenu(box, [input], before);
    return menu ? matchOption(readMenuOptions(menu), value, kind) : null;
  };
}

async function leave(input: HTMLInputElement): Promise<void> {
  pressKey(input, 'Escape');
  if (input.value) typeSearch(input, '');
  await nextTask();
  input.blur();
}

async function writePrompt(
  box: HTMLElement,
  input: HTMLInputElement,
  value: string,
  kind: MatchKind,
): Promise<WriteResult> {
  const shown = () => promptPills(box).join('; ');
  // The chosen pills sit in a listbox of their own inside the prompt: never the list to pick from.
  const before = new Set([...visibleMenus(box), ...box.querySelectorAll(SELECTED_LIST)]);
  const find = optionIn(box, input, before, value, kind);
  let option: FieldOption | null = null;
  // A value matched by meaning (a dial code: '+86' is '中国 (+86)') is looked for in the whole list a press
  // shows first; a name is searched for, since long lists (fields of study) show only what matches.
  if (kind !== 'text') {
    pointerClick(input);
    option = await waitFor(find, { timeout: 1500 });
    if (!option) pressKey(input, 'Escape');
  }
  if (!option) {
    typeSearch(input, value);
    pressKey(input, 'Enter');
    option = await waitFor(find, { timeout: RESULTS_WAIT });
  }
  // The list spells the name its own way ('Science & Technology'): search by its first words.
  const prefix = kind === 'text' && !option ? searchPrefix(value) : null;
  if (prefix) {
    typeSearch(input, prefix);
    pressKey(input, 'Enter');
    option = await waitFor(find, { timeout: RESULTS_WAIT });
  }
  if (!option?.el) {
    await leave(input);
    return { ok: false, shown: shown(), reason: 'no matching option' };
  }
  pointerClick(optionPressTarget(option.el));
  const want = normalizeText(option.label);
  const pill = await waitFor(() => promptPills(box).some((p) => normalizeText(p) === want), {
    timeout: 1500,
  });
  if (input.value) typeSearch(input, '');
  input.blur();
  return pill
    ? { ok: true, shown: shown() }
    : { ok: false, shown: shown(), reason: 'the prompt did not show the chosen option' };
}

/** Removes the pills the fill added (each has its own delete charm), then picks the saved ones again. */
async function restorePrompt(field: FieldDescription, box: HTMLElement, saved: string[]): Promise<boolean> {
  const now = promptPills(box);
  if (now.join('\n') === saved.join('\n')) return false;
  for (const pill of [...box.querySelectorAll(PILL)]) {
    const charm = pill.querySelector('[data-automation-id=DELETE_charm]');
    if (charm && !saved.includes(pillLabel(pill))) pointerClick(charm);
  }
  await waitFor(() => promptPills(box).every((p) => saved.includes(p)), { timeout: 1000 });
  for (const label of saved) {
    if (promptPills(box).includes(label)) continue;
    await writePrompt(box, field.el as HTMLInputElement, label, 'text');
  }
  return promptPills(box).join('\n') === saved.join('\n');
}

/** Workday's combobox driver: prompts here, every other combobox through the generic driver. */
export function workdayCombobox(combobox: Driver): Driver {
  return {
    shows: 'option',
    read(field) {
      const box = promptBox(field);
      return box ? promptPills(box).join('; ') : combobox.read(field);
    },
    write(field, value, opts) {
      const box = promptBox(field);
      if (!box || !(field.el instanceof HTMLInputElement)) return combobox.write(field, value, opts);
      return writePrompt(box, field.el, value, opts?.match ?? 'text');
    },
    save(field) {
      const box = promptBox(field);
      return box ? promptPills(box) : combobox.save(field);
    },
    restore(field, saved) {
      const box = promptBox(field);
      return box ? restorePrompt(field, box, saved as string[]) : combobox.restore(field, saved);
    },
    box: (field) => promptBox(field) ?? combobox.box?.(field) ?? field.el,
  };
}
