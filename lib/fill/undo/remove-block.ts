// Undo of an entry the fill added (it pressed 添加 / Add another): the block is taken away again with the
// page's own delete control, as a user would, so the site's state forgets it too. A block is removed only
// while it is empty (its fields were just restored to the nothing they held when it appeared), and only
// through a control that plainly says delete inside that one entry: a user's own entry is never at risk.
import { queryAllComposed } from '~/lib/fill/describe/dom';
import { pointerClick } from '~/lib/fill/drivers/pointer';
import { isOpenPopup, isVisible } from '~/lib/fill/drivers/visibility';
import { waitFor } from '~/lib/fill/drivers/wait-for';

const FORM_CONTROL =
  'input:not([type=hidden]), select, textarea, [contenteditable=""], [contenteditable=true]';
const CLICKABLE = 'button, [role=button], a, input[type=button]';
// Words of a delete control, whole: "删除" yes, "删除后不可恢复" (a hint) no. Whitespace is dropped first
// (antd writes two-character button labels as "删 除").
const REMOVE_TEXT =
  /^(?:[-－×✕✖]|删除|移除|删掉|删除本条|删除此条|删除该条|删除此项|remove|delete|removeentry|deleteentry|removethis|deletethis)$/i;
const REMOVE_LABEL = /删除|移除|\bremove\b|\bdelete\b/i;
// Icon-only delete controls say so in their class (`delete-icon-x1`, `anticon-delete`, `el-icon-delete`).
const REMOVE_CLASS = /(?:^|[-_])(delete|remove|trash)(?:$|[-_])/i;
// What a confirmation popover or dialog says to go ahead (antd Popconfirm "OK" / "确 定", Element Plus
// el-popconfirm "确定", a modal's "Delete").
const CONFIRM_TEXT = /^(?:确定|确认|确定删除|确认删除|删除|是|ok|yes|delete|remove|confirm)$/i;
const DIALOG =
  '[role=dialog], [role=alertdialog], [class*=popconfirm], [class*=Popconfirm], [class*=modal], [class*=Modal], [class*=message-box], [class*=popover], [class*=Popover], [class*=dialog], [class*=Dialog]';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

function saysRemove(el: Element): boolean {
  const text = squash(el.textContent);
  if (text && text.length <= 12 && REMOVE_TEXT.test(text)) return true;
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`.trim();
  if (label && REMOVE_LABEL.test(label) && text.length <= 12) return true;
  if (text) return false;
  const classed = [el, ...el.querySelectorAll('*')].some((n) =>
    [...n.classList].some((c) => REMOVE_CLASS.test(c)),
  );
  return classed;
}

/**
 * The entry's own card: the block, widened while the wider element holds no form control of anything
 * else (the delete link often sits in the card's header, beside the block of fields).
 */
export function entryScope(block: Element): Element {
  const own = new Set(queryAllComposed(block, FORM_CONTROL));
  // Another entry beside it: the same kind of element sharing a class (a saved card beside an open
  // editor, both `ux-standard-form`), whose delete is that entry's, never this one's.
  const peer = (el: Element) =>
    el !== block &&
    el.tagName === block.tagName &&
    [...block.classList].some((c) => el.classList.contains(c));
  let scope = block;
  for (let up = 0; up < 3; up++) {
    const parent = scope.parentElement;
    if (!parent || parent === block.ownerDocument.body) break;
    if (queryAllComposed(parent, FORM_CONTROL).some((c) => !own.has(c))) break;
    if ([...parent.querySelectorAll(block.tagName)].some(peer)) break;
    scope = parent;
  }
  return scope;
}

/** Delete controls the page showed before the fill: each belongs to an entry the user had. */
let before = new WeakSet<Element>();

/**
 * Notes every delete control on the page as the fill begins. Undo never presses one of them: an added
 * editor with only Save / Cancel must not take the delete of the saved card beside it.
 */
export function rememberPageRemovers(doc: Document): void {
  before = new WeakSet(
    queryAllComposed<HTMLElement>(doc, `${CLICKABLE}, [aria-label], [title]`).filter(saysRemove),
  );
}

/** The one delete control of an entry; none when there is none or more than one could be meant. */
export function findRemoveControl(block: Element, extra: string[] = []): HTMLElement | null {
  const scope = entryScope(block);
  for (const css of extra) {
    try {
      const hit = scope.querySelector<HTMLElement>(css);
      if (hit && isVisible(hit) && !before.has(hit)) return hit;
    } catch {
      // a selector this browser cannot parse names nothing here
    }
  }
  const hits = new Set<HTMLElement>();
  for (const el of queryAllComposed<HTMLElement>(
    scope,
    `${CLICKABLE}, span, i, em, svg, div, [aria-label]`,
  )) {
    if (!el.matches(CLICKABLE) && el.childElementCount > 2) continue;
    // A control inside a field (the × of a tag in a multi-select) clears that field, not the entry.
    if (el.closest('[role=combobox], [class*=select], [class*=Select]') && !el.matches(CLICKABLE)) continue;
    if (!saysRemove(el)) continue;
    const control = (el.closest(CLICKABLE) as HTMLElement | null) ?? el;
    if (!scope.contains(control) || !isVisible(control) || before.has(control) || before.has(el)) continue;
    if (control.hasAttribute('disabled') || control.getAttribute('aria-disabled') === 'true') continue;
    hits.add(control);
  }
  const list = [...hits].filter((el) => ![...hits].some((o) => o !== el && el.contains(o)));
  if (list.length) return list.length === 1 ? list[0]! : null;
  return cancelControl(scope);
}

const CANCEL_TEXT = /^(?:取消|cancel|discard)$/i;

/**
 * An entry that is an editor not yet saved (Add opened it; Save / Cancel below) goes away with its Cancel,
 * as a user drops it: the one button, or button-like element of a web component, saying so.
 */
function cancelControl(scope: Element): HTMLElement | null {
  const hits = queryAllComposed<HTMLElement>(scope, '*').filter(
    (el) =>
      (el.matches(CLICKABLE) || el.tagName.includes('-')) &&
      CANCEL_TEXT.test(squash(el.textContent)) &&
      isVisible(el) &&
      !el.hasAttribute('disabled') &&
      el.getAttribute('aria-disabled') !== 'true',
  );
  const list = hits.filter((el) => !hits.some((o) => o !== el && el.contains(o)));
  return list.length === 1 ? list[0]! : null;
}

/**
 * What the entry's controls show, as one string: taken when the fill is done, compared at undo. Equal
 * means nobody touched the entry since, so all it holds is what the fill put there.
 */
export function entryFingerprint(block: Element): string {
  const parts: string[] = [];
  for (const c of queryAllComposed<HTMLElement>(
    block,
    `${FORM_CONTROL}, [role=combobox], [aria-haspopup], [aria-checked], [aria-selected=true]`,
  )) {
    if (c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio'))
      parts.push(String(c.checked));
    else if (
      c instanceof HTMLInputElement ||
      c instanceof HTMLTextAreaElement ||
      c instanceof HTMLSelectElement
    )
      parts.push(c.value);
    else parts.push(`${c.getAttribute('aria-checked') ?? ''}${(c.textContent ?? '').trim()}`);
  }
  return parts.join('\u0000');
}

/** Whether every control of the entry is empty: nothing of the user's (or the page's) would be lost. */
export function isEmptyEntry(block: Element): boolean {
  for (const c of queryAllComposed<HTMLElement>(block, FORM_CONTROL)) {
    if (c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio')) continue;
    const value = c instanceof HTMLInputElement || c instanceof HTMLTextAreaElement ? c.value : '';
    if (c instanceof HTMLSelectElement) continue; // a select always shows something; its value was restored
    if (value.trim() || (c.isContentEditable && (c.textContent ?? '').trim())) return false;
  }
  return true;
}

function visibleDialogs(doc: Document): Set<Element> {
  return new Set([...doc.querySelectorAll(DIALOG)].filter(isOpenPopup));
}

function confirmButton(dialog: Element): HTMLElement | null {
  const buttons = [...dialog.querySelectorAll<HTMLElement>(CLICKABLE)].filter(
    (b) => CONFIRM_TEXT.test(squash(b.textContent)) && isVisible(b),
  );
  return buttons.length === 1 ? buttons[0]! : null;
}

// 'gone': the page itself replaced the entry's element since the fill; whether the entry is still there
// cannot be told.
export type RemoveOutcome = 'removed' | 'gone' | 'not-empty' | 'no-control' | 'still-there';

/**
 * Presses the entry's delete control (and the confirmation the page then asks for, if it is a popover or
 * dialog that appeared for this press) and waits for the entry to leave the page.
 */
export async function removeBlock(
  block: Element,
  extra: string[] = [],
  opts: { timeout?: number; untouched?: boolean } = {},
): Promise<RemoveOutcome> {
  const timeout = opts.timeout ?? 1200;
  if (!block.isConnected) return 'gone';
  // An element that holds no control is no entry (any more): a framework may have reused it for other
  // content since the fill.
  if (!queryAllComposed(block, FORM_CONTROL).length) return 'gone';
  // Untouched since the fill: everything in it is the fill's, even a choice its widget cannot take back.
  if (!opts.untouched && !isEmptyEntry(block)) return 'not-empty';
  const control = findRemoveControl(block, extra);
  if (!control) return 'no-control';
  const doc = block.ownerDocument;
  const before = visibleDialogs(doc);
  // Gone: the element left the page, or as many controls as it held did. A list rendered without keys
  // (Vue's index-patched v-for) keeps the first elements and drops the last, whichever entry was deleted.
  const held = queryAllComposed(block, FORM_CONTROL).length;
  const controls = queryAllComposed(doc, FORM_CONTROL);
  const gone = () =>
    !block.isConnected || controls.filter((c) => !c.isConnected).length >= held ? true : null;
  pointerClick(control);
  const asked = await waitFor(
    () => gone() ?? ([...visibleDialogs(doc)].find((d) => !before.has(d) && confirmButton(d)) || null),
    { timeout },
  );
  if (asked === true) return 'removed';
  if (asked) {
    pointerClick(confirmButton(asked)!);
    if (await waitFor(gone, { timeout })) return 'removed';
  }
  return 'still-there';
}

/**
 * Undo of a card whose editor the fill opened (its Edit, or an Add in its header): the editor's own Cancel,
 * as a user drops an edit, so the card shows its saved text again. Pressed only while nobody touched the
 * editor since the fill (the caller compares fingerprints) and only when it holds exactly one Cancel.
 */
export async function cancelEditor(card: Element, timeout = 1200): Promise<boolean> {
  if (!card.isConnected) return false;
  const cancel = cancelControl(card);
  if (!cancel) return false;
  const doc = card.ownerDocument;
  const before = visibleDialogs(doc);
  const closed = () =>
    !card.isConnected || !queryAllComposed<HTMLElement>(card, FORM_CONTROL).some(isVisible) ? true : null;
  pointerClick(cancel);
  // A page may ask whether to drop the changes ('放弃修改？'): the fill's changes are what is dropped.
  const asked = await waitFor(
    () => closed() ?? ([...visibleDialogs(doc)].find((d) => !before.has(d) && confirmButton(d)) || null),
    { timeout },
  );
  if (asked === true) return true;
  if (!asked) return false;
  pointerClick(confirmButton(asked)!);
  return !!(await waitFor(closed, { timeout }));
}
