// An Add that opens its entry's form in a modal dialog (Element Plus el-dialog, antd Modal: 新增 → 单位名称,
// 职务, 起止时间 → 确定 adds a row to a list). While the dialog is up, the page's own questions lie under its
// mask, out of a person's reach and out of the fill's. So the dialog is closed again at once, the page is
// filled first, and the dialog is opened last and filled with the next entry the list lacks. Its 确定 is
// the user's: it may send the entry to the site's server, so the fill leaves the dialog open for the user
// to check and confirm (and Undo cancels it).
import type { Section } from '~/lib/fill/types';
import type { DateRange } from '~/lib/resume/types';
import { entriesInOrder, formNotes, orderAsked, sectionNotes } from './entry-order';
import { queryAllComposed } from '~/lib/fill/describe/dom';
import { pointerClick, pressKey } from '~/lib/fill/drivers/pointer';
import { isClosing, isOpenPopup, isVisible } from '~/lib/fill/drivers/visibility';
import { waitFor } from '~/lib/fill/drivers/wait-for';

const MODAL = '[role=dialog], [role=alertdialog], [aria-modal=true]';
// Libraries that put no role on the dialog box itself (Element Plus 2 puts it on the overlay's child).
const MODAL_CLASS = /(^|[\s_-])(dialog|modal)($|[\s_-])/i;
const CONTROL = 'input:not([type=hidden]), select, textarea, [role=combobox]';
const CLOSE_TEXT = /^(?:取消|关闭|cancel|close)$/i;
const CLOSE_LABEL = /^(?:关闭|close|cancel|取消)$/i;

/** The modal dialog around an element: the nearest one saying so by role, else by class. */
export function modalAround(el: Element): Element | null {
  const byRole = el.closest(MODAL);
  if (byRole) return byRole;
  for (let n = el.parentElement; n && n !== el.ownerDocument.body; n = n.parentElement)
    if (MODAL_CLASS.test(n.className?.toString() ?? '')) return n;
  return null;
}

/** Dialogs open on the page now. */
export function openModals(doc: Document): Set<Element> {
  return new Set([...doc.querySelectorAll(MODAL)].filter(isOpenPopup));
}

// A dialog on its way out (its leave transition, which never ends in a tab without animation frames) holds
// nothing any more.
const holdsControl = (dialog: Element) =>
  dialog.isConnected &&
  !isClosing(dialog) &&
  queryAllComposed<HTMLElement>(dialog, CONTROL).some((c) => isVisible(c) && !isClosing(c));

/** Its own way out: the one Cancel / Close button, else the one close icon (the header's ×). */
function closeControl(dialog: Element): HTMLElement | null {
  const squash = (s: string | null) => (s ?? '').replace(/\s+/g, '');
  const buttons = [...dialog.querySelectorAll<HTMLElement>('button, [role=button], a')].filter(isVisible);
  const worded = buttons.filter((b) => CLOSE_TEXT.test(squash(b.textContent)));
  if (worded.length) return worded.length === 1 ? worded[0]! : null;
  const icons = buttons.filter((b) => CLOSE_LABEL.test(b.getAttribute('aria-label') ?? ''));
  return icons.length === 1 ? icons[0]! : null;
}

/** Closes a dialog the fill opened (nothing in it is the user's yet); true once its form is gone. */
export async function closeDialog(dialog: Element, timeout = 1200): Promise<boolean> {
  const control = closeControl(dialog);
  if (control) pointerClick(control);
  else pressKey(dialog as HTMLElement, 'Escape');
  return !!(await waitFor(() => (holdsControl(dialog) ? null : true), { timeout }));
}

/** Presses the Add again and waits for a dialog that holds a form it did not hold before (or reuses). */
export async function openDialog(button: HTMLElement, timeout = 1500): Promise<Element | null> {
  const doc = button.ownerDocument;
  const dialogsOf = () => {
    const found = new Set<Element>();
    for (const el of doc.querySelectorAll(CONTROL)) {
      const dialog = modalAround(el);
      if (dialog && holdsControl(dialog)) found.add(dialog);
    }
    return found;
  };
  const before = dialogsOf();
  if (!button.isConnected || !isVisible(button)) return null;
  pointerClick(button);
  return waitFor(() => [...dialogsOf()].find((d) => !before.has(d)) ?? null, { timeout });
}

/**
 * The résumé entries the dialog's list does not name yet (the text around its Add), in the order the
 * section asks for them (a note such as 从大学开始按时间顺序填写 wants the oldest first): the first is the
 * dialog's, so a second fill, after the user confirmed the first, goes on with the next.
 */
export function entriesForDialog(
  button: Element,
  section: Section,
  entries: Array<{ dates: DateRange }>,
  names: string[],
): number[] {
  // The section around the Add: up to the element that holds its list (and the tip beside it), short of
  // the form that holds every section.
  let scope: Element = button;
  for (let up = 0; up < 4; up++) {
    const parent = scope.parentElement;
    if (!parent || parent === button.ownerDocument.body || parent.tagName === 'FORM') break;
    scope = parent;
    if (scope.querySelector('table, ul, ol, [role=table], [role=list]')) break;
  }
  const text = (scope.textContent ?? '').replace(/\s+/g, ' ');
  const order = orderAsked([text, sectionNotes(button), formNotes(button)], section);
  return entriesInOrder(entries, order).filter((i) => !names[i] || !text.includes(names[i]!));
}

/** A section's name in the report. */
export const SECTION_NAME = {
  zh: { education: '教育经历', experience: '工作经历', projects: '项目经历' },
  en: { education: 'Education', experience: 'Work experience', projects: 'Projects' },
};

/** For the report: the dialog waits for the user's 确定; `left` entries more after that. */
export function dialogNote(section: Section, left: number, lang: 'zh' | 'en'): string {
  const name = SECTION_NAME[lang][section];
  if (lang === 'zh')
    return `「${name}」在弹窗中填好了一条：请核对后点「确定」（扩展从不替你确认）。${left > 0 ? `还有 ${left} 条：确定后再点一次「填写本页」继续。` : ''}`;
  return `${name}: one entry is filled in the dialog. Check it and press its OK yourself (the extension never confirms for you).${left > 0 ? ` ${left} more: after that, press Fill this page again.` : ''}`;
}
