// select2 3 on a hidden input (a remote list, such as a directory of schools): select2 draws
// `div.select2-container#s2id_<input id>` before the input (an `a.select2-choice` showing `.select2-chosen`,
// an off-screen focusser input); nothing is listed until the user types. It opens on
// mousedown of its choice; the list (`.select2-drop`, moved to <body> while open) has its own search box,
// named `<focusser id>_search`, and its results are `li.select2-result-selectable`, chosen on mouseup.
// Only a result whose text is the wanted name is picked; a near miss (same words, another school) is never
// taken, and with no such result the box stays empty. Undo empties it through select2's clear control
// (`abbr.select2-search-choice-close`, shown when the page allows clearing), or picks the old entry again.
// A select2 drawn over a <select> is no such box: the select itself is written (collect/recognise-control).
import type { Driver, WriteResult } from '~/lib/fill/types';
import { setNativeValue } from '../write-text';
import { normalizeText } from '../values/normalize-text';
import { pointerClick, pointerPress } from './pointer';
import { waitFor } from './wait-for';
import { focus } from './edit-events';

function choice(box: Element): HTMLElement | null {
  return box.querySelector<HTMLElement>(':scope > a.select2-choice');
}

/** The chosen entry's text; '' while select2 shows its placeholder (`select2-default`). */
function shown(box: Element): string {
  const a = choice(box);
  if (!a || a.classList.contains('select2-default')) return '';
  return (a.querySelector('.select2-chosen')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The search box of this select2's list: select2 names it after the container's focusser. */
function searchBox(box: Element): HTMLInputElement | null {
  const focusser = box.querySelector<HTMLInputElement>('input.select2-focusser');
  if (!focusser?.id) return null;
  const search = box.ownerDocument.getElementById(`${focusser.id}_search`);
  return search instanceof HTMLInputElement ? search : null;
}

function isOpen(box: Element): boolean {
  return box.classList.contains('select2-dropdown-open');
}

function results(search: HTMLInputElement): HTMLElement[] {
  const drop = search.closest('.select2-drop');
  return drop ? [...drop.querySelectorAll<HTMLElement>('li.select2-result-selectable')] : [];
}

/** Still looking: select2 marks the search box while a lookup runs and lists "Searching…" before it. */
function searching(search: HTMLInputElement): boolean {
  const drop = search.closest('.select2-drop');
  return search.classList.contains('select2-active') || !!drop?.querySelector('li.select2-searching');
}

function resultText(li: Element): string {
  return (li.querySelector('.select2-result-label')?.textContent ?? li.textContent ?? '').trim();
}

/** select2 3 closes when the mask it lays over the page while open takes a press. */
function close(box: Element): void {
  if (!isOpen(box)) return;
  const mask = box.ownerDocument.getElementById('select2-drop-mask');
  if (mask) pointerPress(mask);
}

async function choose(box: Element, value: string): Promise<WriteResult> {
  const opener = choice(box);
  const search = searchBox(box);
  if (!opener || !search) return { ok: false, shown: shown(box), reason: 'select2 parts not found' };
  if (!isOpen(box)) pointerPress(opener);
  if (!(await waitFor(() => isOpen(box), { timeout: 1000 })))
    return { ok: false, shown: shown(box), reason: 'the list did not open' };
  focus(search);
  setNativeValue(search, value);
  search.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  const want = normalizeText(value);
  // Typing starts the lookup at once (select2 marks the search box busy until the answer is listed).
  const listed = await waitFor(() => (searching(search) ? null : results(search)), { timeout: 4000 });
  const exact = (listed ?? []).filter((li) => normalizeText(resultText(li)) === want);
  if (exact.length !== 1) {
    close(box);
    const reason = exact.length > 1 ? 'several results carry that name' : 'no result is that name';
    return { ok: false, shown: shown(box), reason };
  }
  const label = resultText(exact[0]!);
  pointerClick(exact[0]!.querySelector('.select2-result-label') ?? exact[0]!);
  const now = await waitFor(() => (normalizeText(shown(box)) === normalizeText(label) ? shown(box) : null), {
    timeout: 1000,
  });
  close(box);
  return now ? { ok: true, shown: now } : { ok: false, shown: shown(box), reason: 'select2 did not keep it' };
}

async function clear(box: Element): Promise<boolean> {
  const x = box.querySelector<HTMLElement>('abbr.select2-search-choice-close');
  if (!x) return false;
  pointerPress(x);
  const cleared = (await waitFor(() => shown(box) === '', { timeout: 1000 })) === true;
  close(box);
  return cleared;
}

export const select2Driver: Driver<string> = {
  shows: 'option',
  read: (field) => shown(field.el),
  write: (field, value) => choose(field.el, value),
  save: (field) => shown(field.el),
  async restore(field, saved) {
    if (shown(field.el) === saved) return false;
    return saved ? (await choose(field.el, saved)).ok : clear(field.el);
  },
  box: (field) => field.el,
};
