// Where a page takes a file: every <input type=file> (in the document and its open shadow roots), visible
// or hidden behind the site's own button or drop zone, and drop zones with no file input at all (a box
// saying "drag your résumé here" that reads the dropped files itself). Each is described by the words
// nearest to it, climbing no higher than the first ancestor that holds another file box, so a résumé box
// and a cover-letter box side by side each keep their own words.
import type { AttachmentKind } from '~/lib/attachments/types';
import { attachmentKindOf, DROP_WORDS } from '~/lib/fill/classify/attachment-rules';
import { createVisibility, type Visibility } from '~/lib/fill/collect/is-visible';
import { insideAny, openModals } from '~/lib/fill/collect/open-modals';
import { OWN_UI_ATTR } from '~/lib/fill/describe/dom';
import { referencedText } from '~/lib/fill/describe/label-sources';
import { collapse, splitWords } from '~/lib/fill/describe/text';

export interface AttachTarget {
  /** The file input, when there is one (hidden or not). */
  input?: HTMLInputElement;
  /** What the user sees as the box: the input when visible, else the button / zone around it. */
  zone: HTMLElement;
  /** The words that decided the kind (for the report). */
  label: string;
  kind?: AttachmentKind;
  /** The input's `accept` list, lower case ('.pdf', 'application/pdf', 'image/*'). */
  accept: string[];
  /**
   * The box is the site's own "fill the form from your résumé" feature (Ashby's "Autofill from resume"
   * pane), not a document the application asks for: the site would rewrite the form from it.
   */
  siteAutofill?: boolean;
}

/** Words of a box that fills the form from the file instead of taking it as a document. */
const SITE_AUTOFILL = /auto-?fill|自动填写|自动填充|一键填写|智能填写|一键导入|解析简历|简历解析/i;

/** How far above the input its words are looked for. */
const MAX_CLIMB = 6;
/** Text longer than this is a whole form, not a box's words. */
const MAX_TEXT = 240;

function fileInputs(root: Document | ShadowRoot, out: HTMLInputElement[] = []): HTMLInputElement[] {
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof HTMLInputElement && el.type === 'file') out.push(el);
    if (el.shadowRoot) fileInputs(el.shadowRoot, out);
  }
  return out;
}

/**
 * What names the box by reference: aria-labelledby on the input or on an upload wrapper just around it
 * (a drop zone labelled by the question's caption).
 */
function labelledBy(input: HTMLInputElement): string {
  let el: Element | null = input;
  for (let i = 0; el && i < 4; i++, el = el.parentElement) {
    const text = referencedText(el, 'aria-labelledby', 80);
    if (text) return text.replace(/\s*[*＊]\s*$/, '');
  }
  return '';
}

/** The input's own words: its labels' text first (the report's label), then its attributes. */
function ownWords(input: HTMLInputElement): string[] {
  const labels = collapse([...(input.labels ?? [])].map((l) => l.textContent ?? '').join(' '));
  // aria-label and title are words for people ('Resume'); a generated id ('spl-file-bxe31') is not.
  const said = collapse(input.getAttribute('aria-label') || input.title || '');
  // A name and an id that say the same words ('resumeFileId' twice) say them once.
  const attrs = [input.name, input.id].filter((s): s is string => !!s).map(splitWords);
  return [labels, labelledBy(input), said, collapse([...new Set(attrs)].join(' '))].filter(Boolean);
}

function textOf(el: Element): string {
  const text = collapse(el.textContent ?? '');
  return text.length <= MAX_TEXT ? text : '';
}

/** The words of each box, nearest first; the climb stops below an ancestor holding another box. */
function climb(
  start: Element,
  others: Element[],
  visible: Visibility,
): { zone?: HTMLElement; words: string[] } {
  const words: string[] = [];
  let zone: HTMLElement | undefined;
  let el: Element | null = start;
  for (let i = 0; el && i <= MAX_CLIMB; i++) {
    const parent: Element | null = el.parentElement;
    if (!zone && el instanceof HTMLElement && el !== start && visible(el)) zone = el;
    const text = textOf(el);
    if (text) words.push(text);
    // The label of a form item sits beside the box's wrapper: its previous siblings' words count.
    let sib = el.previousElementSibling;
    for (let n = 0; sib && n < 2; n++, sib = sib.previousElementSibling) {
      const t = textOf(sib);
      if (t && !others.some((o) => sib!.contains(o))) words.push(t);
    }
    if (!parent || others.some((o) => o !== start && parent.contains(o) && !start.contains(o))) break;
    el = parent;
  }
  return { zone, words };
}

function kindOfWords(words: string[]): { kind?: AttachmentKind; label: string } {
  for (const w of words) {
    const kind = attachmentKindOf(w);
    if (kind) return { kind, label: w.slice(0, 80) };
  }
  return { label: words[0]?.slice(0, 80) ?? '' };
}

/** A zone with a file input in it or right around it is that input's zone, found from the input. */
function nearInput(el: Element, inputs: HTMLInputElement[]): boolean {
  let a: Element | null = el;
  for (let i = 0; a && i < 4; i++, a = a.parentElement)
    if (inputs.some((input) => a!.contains(input))) return true;
  return false;
}

/**
 * Drop zones with no file input: the element holding a line of text that invites a drop. Text nodes are
 * walked (not every element's text), so a long page costs one pass.
 */
function inputlessZones(doc: Document, inputs: HTMLInputElement[], visible: Visibility): HTMLElement[] {
  const zones: HTMLElement[] = [];
  if (!doc.body) return zones;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!DROP_WORDS.test(node.nodeValue ?? '')) continue;
    const el = node.parentElement;
    if (!el || el.closest(`[${OWN_UI_ATTR}]`) || el.closest('script,style,template,noscript')) continue;
    if (nearInput(el, inputs) || !visible(el) || !textOf(el)) continue;
    // A zone is a box, not a line of help text: the element that carries it is a few lines high.
    const box = zoneBox(el);
    if (box && !zones.includes(box) && !nearInput(box, inputs)) zones.push(box);
  }
  return zones;
}

/**
 * The drop zone around its words: the nearest ancestor (or itself) as large as a drop box. Dropzone's
 * message sits four spans and divs deep ('Drop your file or <u>upload</u>' in `.dz-message`).
 */
function zoneBox(el: HTMLElement): HTMLElement | undefined {
  let cur: HTMLElement | null = el;
  for (let i = 0; cur && i < 5; i++, cur = cur.parentElement) {
    const r = cur.getBoundingClientRect();
    if (r.height >= 60 && r.width >= 120) return cur;
  }
  return undefined;
}

/** `zones`: also look for drop zones without an input (only worth it when there is a file to drop). */
export function findAttachTargets(doc: Document, { zones: withZones = true } = {}): AttachTarget[] {
  const visible = createVisibility(doc);
  const modals = openModals(doc, visible);
  const inputs = fileInputs(doc).filter(
    (i) => !i.disabled && !i.closest(`[${OWN_UI_ATTR}]`) && (modals.length === 0 || insideAny(modals, i)),
  );
  const zones = withZones ? inputlessZones(doc, inputs, visible) : [];
  const boxes: Element[] = [...inputs, ...zones];
  const targets: AttachTarget[] = [];
  for (const input of inputs) {
    const shown = visible(input);
    const { zone, words } = climb(input, boxes, visible);
    const found = kindOfWords([...ownWords(input), ...words]);
    // A hidden input nobody can reach through a visible box is not the page's upload (a template, a
    // closed dialog): left alone.
    if (!shown && !zone) continue;
    targets.push({
      input,
      zone: shown ? input : zone!,
      ...found,
      siteAutofill: words.slice(0, 3).some((w) => SITE_AUTOFILL.test(w)),
      accept: (input.accept || '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    });
  }
  for (const zone of zones) {
    const { words } = climb(zone, boxes, visible);
    targets.push({ zone, ...kindOfWords([textOf(zone), ...words].filter(Boolean)), accept: [] });
  }
  return targets;
}
