// Stage 1+2 of the fill engine: every visible, enabled, editable control under `root` (open shadow roots
// included, iframes not), described with its label, section, block, options and shown value.
import type { FieldDescription } from '~/lib/fill/types';
import { assignBlocks } from '~/lib/fill/describe/find-block';
import { createSectionFinder } from '~/lib/fill/describe/find-section';
import { withControlCounts } from '~/lib/fill/describe/control-count';
import { createLabelIndex } from '~/lib/fill/describe/label-index';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';
import { describeCandidate } from './describe-candidate';
import { gatherCandidates, type Candidate, type ExtraRecogniser } from './gather-candidates';
import { coveredBoxes } from './hit-test';
import { insideAny, openModals } from './open-modals';
import { createVisibility } from './is-visible';
import { createAncestorBlock, isDisabled } from './skip-rules';

type Check = (el: Element) => boolean;

/** A hidden input behind a styled box or button is still the control a user operates. */
function visibleUnit(c: Candidate, visible: Check): boolean {
  if (c.kind === 'radios') {
    return c.group.radios.some((r) => visible(r) || visible(r.closest('label') ?? r.parentElement ?? r));
  }
  const { el, widget, target } = c.rec;
  if (widget === 'file') return visible(el.parentElement?.parentElement ?? el.parentElement ?? el);
  if (widget === 'checkbox') {
    const box = el.closest('label') ?? el.parentElement;
    return visible(el) || (!!box && visible(box));
  }
  return visible(target);
}

/**
 * The box a click must reach for the control to count as on screen. Checkboxes, radios and file inputs are
 * often drawn by a styled sibling the hit test would find instead, so they are judged by style alone.
 */
function hitTarget(c: Candidate): Element[] {
  if (c.kind === 'radios') return [];
  const { widget, target } = c.rec;
  return widget === 'checkbox' || widget === 'file' ? [] : [target];
}

function usable(c: Candidate, visible: Check, blocked: Check): boolean {
  if (c.kind === 'radios') {
    const live = c.group.radios.filter((r) => !blocked(r) && !isDisabled(r, r));
    return live.length > 0 && visibleUnit(c, visible);
  }
  const { el, widget, target } = c.rec;
  // A file input is often aria-hidden itself behind its "Upload" button; only its surroundings count.
  if (blocked(widget === 'file' ? (el.parentElement ?? el) : el) || isDisabled(el, target)) return false;
  // A plain text box taken out of the tab order is a honeypot: no person can tab into it.
  if ((widget === 'text' || widget === 'textarea') && el.getAttribute('tabindex') === '-1') return false;
  return visibleUnit(c, visible);
}

function candidateEl(c: Candidate): Element {
  return c.kind === 'radios' ? c.group.radios[0]! : c.rec.el;
}

export interface CollectOptions {
  lang?: 'zh' | 'en';
  /** Controls the generic rules cannot recognise, named by the page's site adapter. */
  recognise?: ExtraRecogniser;
}

export function collectFields(root: Document | ShadowRoot, opts: CollectOptions = {}): FieldDescription[] {
  return withControlCounts(() => collect(root, opts));
}

function collect(root: Document | ShadowRoot, opts: CollectOptions): FieldDescription[] {
  const doc = 'body' in root ? root : root.ownerDocument;
  const visible = createVisibility(doc);
  const blocked = createAncestorBlock();
  const env = { section: createSectionFinder(), labels: createLabelIndex() };
  let usableOnes = gatherCandidates(root, opts.recognise).filter((c) => usable(c, visible, blocked));
  const modals = openModals(doc, visible);
  if (modals.length) usableOnes = usableOnes.filter((c) => insideAny(modals, candidateEl(c)));
  const covered = coveredBoxes(usableOnes.flatMap(hitTarget), doc);
  const fields: FieldDescription[] = [];
  for (const candidate of usableOnes) {
    if (hitTarget(candidate).some((t) => covered.has(t))) continue;
    const field = describeCandidate(candidate, env);
    if (field) fields.push(field);
  }
  const lang = opts.lang ?? detectPageLang(doc, fields);
  fields.forEach((field, i) => {
    field.id = i;
    field.lang = lang;
  });
  assignBlocks(fields);
  return fields;
}
