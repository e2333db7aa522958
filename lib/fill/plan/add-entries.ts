// Makes the page show as many entries per section as the résumé has: presses the section's Add control,
// waits for the new block, verifies the count grew and re-scans the form. Existing blocks (filled or not)
// are counted first, so a second run adds nothing.
import type { Classification, FieldDescription, FieldReport, Section } from '~/lib/fill/types';
import type { Resume } from '~/lib/resume/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { pointerClick } from '~/lib/fill/drivers/pointer';
import { isRendered } from '~/lib/fill/drivers/visibility';
import { waitFor } from '~/lib/fill/drivers/wait-for';
import { cssPath } from '~/lib/fill/report/css-path';
import { assignBlocks, SECTIONS, sectionOf } from './assign-blocks';
import { findAddButton } from './find-add-button';
import { containsComposed } from '~/lib/fill/describe/dom';
import { addedEntry, pageControls } from './new-entry';
import { closeDialog, modalAround, openModals, SECTION_NAME } from './entry-dialog';

export interface Scan {
  fields: FieldDescription[];
  classes: Map<number, Classification>;
}

export interface EnsureBlocksOptions {
  lang?: 'zh' | 'en';
  /** How long to wait for a new block after pressing Add (default 1500 ms). */
  timeout?: number;
  bar?: number;
  /** Collects and classifies the page again; the engine's collect + classify unless a test supplies one. */
  rescan?: () => Scan;
  /** A site adapter's own Add control for the section, tried before the generic finder. */
  findAdd?: (section: Section) => HTMLElement | null;
  /**
   * Entries the page should show per section, when not the résumé's count: a card that keeps one entry
   * form open at a time and already holds its saved entries needs no more forms than it has open.
   */
  need?: Partial<Record<Section, number>>;
}

export interface EnsureBlocksResult extends Scan {
  added: Record<Section, number>;
  /** Add controls that were missing or did nothing, for the report. */
  notes: FieldReport[];
  /**
   * The entry blocks the presses created, per section, for undo to take away again. Only blocks that are
   * surely new: when the page re-rendered the entries it had (old blocks gone), none are named.
   */
  /** `rebuilt`: the page rebuilt the whole form for the Add, and may again when the entry is deleted. */
  newBlocks: { section: Section; block: Element; rebuilt?: boolean }[];
  /** Adds whose entry form opens in a modal dialog: closed again, to be opened once the page is filled. */
  dialogs: { section: Section; button: HTMLElement }[];
}

/** Entries the page shows for a section: its blocks, plus sibling blocks whose fields are not classified yet. */
export function countEntries(scan: Scan, section: Section, bar: number): number {
  return entryBlocks(scan, section, bar).count;
}

function entryBlocks(scan: Scan, section: Section, bar: number): { count: number; blocks: Set<Element> } {
  const { counts, blocks } = assignBlocks(scan.fields, scan.classes, bar);
  const parents = new Set(blocks[section].map((b) => b.parentElement));
  const foreign = new Set(
    scan.fields
      .filter((f) => {
        const c = scan.classes.get(f.id);
        const s = c && c.confidence >= bar ? sectionOf(c.key) : undefined;
        return s && s !== section;
      })
      .map((f) => f.block),
  );
  const siblings = new Set(
    scan.fields.map((f) => f.block).filter((b) => b && parents.has(b.parentElement) && !foreign.has(b)),
  );
  const all = new Set([...blocks[section], ...siblings].filter((b): b is Element => !!b));
  return { count: Math.max(counts[section], siblings.size), blocks: all };
}

function controlText(el: Element): string {
  return ((el.textContent ?? '').trim() || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ');
}

export async function ensureBlocks(
  doc: Document,
  resume: Resume,
  fields: FieldDescription[],
  classes: Map<number, Classification>,
  opts: EnsureBlocksOptions = {},
): Promise<EnsureBlocksResult> {
  const bar = opts.bar ?? CONFIDENCE_BAR;
  const rescan =
    opts.rescan ??
    (() => {
      const f = collectFields(doc, { lang: opts.lang });
      return { fields: f, classes: classifyFields(f) };
    });
  let scan: Scan = { fields, classes };
  const added = { education: 0, experience: 0, projects: 0 } as Record<Section, number>;
  const notes: FieldReport[] = [];
  const newBlocks: EnsureBlocksResult['newBlocks'] = [];
  const dialogs: EnsureBlocksResult['dialogs'] = [];
  for (const section of SECTIONS) {
    const need = opts.need?.[section] ?? resume[section].length;
    let have = countEntries(scan, section, bar);
    while (have < need) {
      const button = opts.findAdd?.(section) ?? findAddButton(doc, section, { ...scan, bar });
      if (!button) {
        if (have > 0) {
          const name = SECTION_NAME[opts.lang ?? 'zh'][section];
          notes.push({
            label: name,
            status: 'skipped',
            reason: `no Add button found: the résumé has ${need} entries, the page shows ${have}`,
          });
        }
        break;
      }
      if (!isRendered(button)) {
        // A site that edits one entry at a time hides its Add while that entry's editor is open.
        notes.push({
          label: controlText(button),
          status: 'skipped',
          reason: `the Add button is hidden while an entry is open: save it, then fill again for the rest (${have} of ${need})`,
        });
        break;
      }
      // A block is new when it holds none of the controls the page had: the first entry often becomes a
      // block only once a second one exists beside it.
      const old = scan.fields.map((f) => f.el);
      const controlsBefore = pageControls(doc);
      const modalsBefore = openModals(doc);
      pointerClick(button);
      const grown = await waitFor(
        () => {
          const next = rescan();
          const now = entryBlocks(next, section, bar);
          return now.count > have ? { next, count: now.count, blocks: now.blocks } : null;
        },
        { timeout: opts.timeout ?? 1500 },
      );
      if (!grown) {
        notes.push({
          label: controlText(button),
          status: 'failed',
          reason: 'pressing Add did not create a new entry',
          selector: cssPath(button),
        });
        break;
      }
      // The entry opened in a dialog of its own, over the page: the page is filled first (its questions lie
      // under the dialog's mask), the dialog after (lib/fill/plan/entry-dialog.ts).
      const dialog = grown.next.fields
        .filter((f) => !old.includes(f.el))
        .map((f) => modalAround(f.el))
        .find((m) => m && !modalsBefore.has(m) && !old.some((el) => m.contains(el)));
      if (dialog && (await closeDialog(dialog))) {
        dialogs.push({ section, button });
        break;
      }
      // New: holding a control of the rescan and none the page had before (a block that holds no
      // control at all, like the Add row a framework patched in place, is no entry).
      const fresh = [...grown.blocks].filter(
        (b) =>
          !old.some((el) => containsComposed(b, el)) &&
          grown.next.fields.some((f) => containsComposed(b, f.el)),
      );
      const kept = old.every((el) => el.isConnected);
      if (kept && fresh.length === grown.count - have)
        newBlocks.push(...fresh.map((block) => ({ section, block })));
      else if (grown.count - have === 1 && kept) {
        // A lone entry is no block of its own yet (a block needs a sibling): find it by its new controls.
        const block = addedEntry(doc, controlsBefore);
        if (block) newBlocks.push({ section, block });
      } else if (!kept && grown.blocks.size === grown.count) {
        // The page rebuilt the whole form for the Add (a server postback: every node new): the entries
        // it appended are the last ones, as a list grows at its end.
        const ordered = [...grown.blocks].sort((a, b) =>
          a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
        );
        newBlocks.push(...ordered.slice(have).map((block) => ({ section, block, rebuilt: true })));
      }
      scan = grown.next;
      added[section] += grown.count - have;
      have = grown.count;
    }
  }
  return { ...scan, added, notes, newBlocks, dialogs };
}
