// File boxes: a stored attachment written the way a user's choice or drop arrives. Into an input: a
// DataTransfer's FileList on `input.files`, then the input's own `input` and `change` events (what the
// browser fires after the file dialog). Onto a drop zone with no input: dragenter, dragover and drop
// carrying the DataTransfer. Read back: the input holds the file, or the page shows its name.
import { collapse } from '~/lib/fill/describe/text';

/** The names of the files an input holds now. */
export function heldNames(input: HTMLInputElement | undefined): string[] {
  return input ? [...(input.files ?? [])].map((f) => f.name) : [];
}

function fileList(files: File[]): FileList {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  return dt.files;
}

/** Puts the files into the input and tells the page, as the browser does after its file dialog. */
export function setInputFiles(input: HTMLInputElement, files: File[]): void {
  input.files = fileList(files);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Drags the files onto the zone: enter, over (the zone must accept), drop. */
export function dropFiles(zone: Element, files: File[]): void {
  const dt = new DataTransfer();
  for (const f of files) dt.items.add(f);
  const r = zone.getBoundingClientRect();
  const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  for (const type of ['dragenter', 'dragover', 'drop'])
    zone.dispatchEvent(
      new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: dt, ...at }),
    );
}

/** The element showing the file's name near the box (the site's upload list), if any. */
export function shownName(doc: Document, near: Element, name: string): Element | undefined {
  // Nearest first: the box's own ancestors, then the whole page (lists are sometimes portaled).
  let scope: Element | null = near;
  for (let i = 0; scope && i < 6; i++, scope = scope.parentElement) {
    const hit = smallestWith(scope, name);
    if (hit) return hit;
  }
  return doc.body ? smallestWith(doc.body, name) : undefined;
}

function smallestWith(root: Element, name: string): Element | undefined {
  if (!collapse(root.textContent ?? '').includes(name)) return undefined;
  for (const child of root.children) {
    const hit = smallestWith(child, name);
    if (hit) return hit;
  }
  return root;
}

const REMOVE_WORDS = /删除|移除|清除|remove|delete|clear/i;

/**
 * Takes a file the site listed back off the page: the remove control in the list entry that shows its
 * name (a button, or an element titled or labelled 删除 / Remove). False when there is none.
 */
export function removeShown(doc: Document, near: Element, name: string): boolean {
  const shown = shownName(doc, near, name);
  let entry: Element | null = shown ?? null;
  // Only within the list entry: a few lines of text, never a section whose own Remove is for something else.
  for (
    let i = 0;
    entry && i < 4 && collapse(entry.textContent ?? '').length <= 200;
    i++, entry = entry.parentElement
  ) {
    const control = [
      // An <a> without href is a control too (Moka lists the file with a bare '<a>删除</a>').
      ...entry.querySelectorAll<HTMLElement>('button,[role=button],a,[title],[aria-label]'),
    ].find((c) =>
      REMOVE_WORDS.test(`${c.title} ${c.getAttribute('aria-label') ?? ''} ${c.textContent ?? ''}`),
    );
    if (control) {
      control.click();
      return true;
    }
  }
  return false;
}
