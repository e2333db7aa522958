// What each touched field held before the last fill, recorded right before it is written, so one Undo
// restores them all (newest first). Each record keeps the driver that wrote the field: a site's own
// driver restores what it wrote. Entries the fill added (it pressed the section's Add) are recorded too,
// and taken away whole when nobody touched them since (else their fields are restored like the rest and
// the entry goes only if that leaves it empty).
import type { Driver, FieldDescription, UndoResult } from '~/lib/fill/types';
import { clearReport } from '~/lib/fill/report/report-panel';
import { cancelEditor, entryFingerprint, rememberPageRemovers, removeBlock } from './remove-block';

interface Saved {
  field: FieldDescription;
  driver: Driver;
  state: unknown;
}

interface AddedBlock {
  block: Element;
  /** The adapter's own delete-control selectors for this section, tried before the generic finder. */
  remove: string[];
  /** What the entry showed when the fill was done (see sealSnapshot). */
  filled?: string;
  /** Deleting it may rebuild the whole form (a postback): taken away only after every field is restored. */
  last?: boolean;
  /** A named control inside it and how far up the entry is: to find the entry again once re-rendered. */
  anchor?: { id: string; name: string; depth: number };
}

/**
 * A page that rebuilds its form (a server postback on Add, every node new) leaves the recorded entry
 * detached: the entry now in its place is the one holding the same named control, as far up.
 */
function anchorOf(block: Element): AddedBlock['anchor'] {
  const control = block.querySelector(
    'input[id],select[id],textarea[id],input[name],select[name],textarea[name]',
  );
  if (!control) return undefined;
  let depth = 0;
  for (let n: Element | null = control; n && n !== block; n = n.parentElement) depth++;
  return { id: control.id, name: control.getAttribute('name') ?? '', depth };
}

function liveBlock(b: AddedBlock): Element {
  if (b.block.isConnected || !b.anchor) return b.block;
  const doc = b.block.ownerDocument;
  const { id, name, depth } = b.anchor;
  let el: Element | null = id ? doc.getElementById(id) : doc.querySelector(`[name="${CSS.escape(name)}"]`);
  for (let i = 0; el && i < depth; i++) el = el.parentElement;
  return el && el !== doc.body ? el : b.block;
}

let last: Saved[] = [];
let added: AddedBlock[] = [];
/** Cards whose editor the fill opened (lib/fill/adapt/open-cards.ts), with what each showed when done. */
let opened: { card: Element; filled?: string }[] = [];

/** Starts a new snapshot: undo applies to the latest fill only. */
export function beginSnapshot(doc?: Document): void {
  last = [];
  added = [];
  opened = [];
  if (doc) rememberPageRemovers(doc);
}

/** Records a field's state right before the fill writes it through `driver`; returns that state. */
export function recordField(field: FieldDescription, driver: Driver): unknown {
  const state = driver.save(field);
  last.push({ field, driver, state });
  return state;
}

/** Records an entry block the fill made the page add. */
export function recordAddedBlock(block: Element, remove: string[] = [], last = false): void {
  added.push({ block, remove, last, anchor: anchorOf(block) });
}

/** Records a card whose editor the fill opened: undo cancels the edit while nobody touched it. */
export function recordOpenedCard(card: Element): void {
  opened.push({ card });
}

/**
 * Puts one field back as it was before this fill wrote it: a write the page mangled (an input mask that
 * cut a number short) must not stay as if it were the user's. True when something had to be restored.
 */
export async function restoreBeforeFill(field: FieldDescription): Promise<boolean> {
  const saved = last.findLast((s) => s.field.el === field.el);
  return !!saved && field.el.isConnected && saved.driver.restore(field, saved.state);
}

/** The fill is done: remembers what each added entry shows, so undo can tell whether the user changed it. */
export function sealSnapshot(): void {
  for (const b of added) {
    b.block = liveBlock(b);
    b.filled = entryFingerprint(b.block);
  }
  for (const c of opened) c.filled = entryFingerprint(c.card);
}

/**
 * Takes away the entries the last fill added (those the user left as filled go whole, with whatever
 * they hold), restores every other field it changed, newest first, then removes the added entries that
 * restoring left empty.
 */
export async function undoLastFill(): Promise<UndoResult> {
  clearReport();
  const saved = last;
  const blocks = added;
  const cards = opened;
  last = [];
  added = [];
  opened = [];
  const out: UndoResult = { restored: 0, removed: 0, kept: 0 };
  // An editor the fill opened and nobody touched since goes with its Cancel, taking the fill's values
  // along; one the user changed keeps its editor, and only the fill's fields are restored in it.
  for (const c of cards) {
    const untouched = c.filled !== undefined && entryFingerprint(c.card) === c.filled;
    if (untouched && (await cancelEditor(c.card))) out.removed++;
    else if (c.card.isConnected) out.kept++;
  }
  const later: AddedBlock[] = [];
  for (const b of [...blocks].reverse()) {
    b.block = liveBlock(b);
    const untouched =
      !b.last && b.filled !== undefined && b.block.isConnected && entryFingerprint(b.block) === b.filled;
    if (untouched && (await removeBlock(b.block, b.remove, { untouched })) === 'removed') out.removed++;
    else later.push(b);
  }
  for (const s of [...saved].reverse()) {
    if (!s.field.el.isConnected) continue;
    if (await s.driver.restore(s.field, s.state)) out.restored++;
  }
  for (const b of later) {
    b.block = liveBlock(b);
    const outcome = await removeBlock(b.block, b.remove);
    if (outcome === 'removed') out.removed++;
    else if (outcome !== 'gone') out.kept++;
  }
  return out;
}
