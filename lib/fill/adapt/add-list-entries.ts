// The adapter's lists (panels holding one scalar fact each, like a Websites panel per URL): presses the
// list's Add control until the page shows a panel per fact the résumé has, checking each press made one.
// Panels already there count, so a second fill adds none; a résumé with none of the facts adds nothing.
import type { FieldReport, SelectorMiss, SiteAdapter } from '~/lib/fill/types';
import { pointerClick } from '~/lib/fill/drivers/pointer';
import { waitFor } from '~/lib/fill/drivers/wait-for';
import { cssPath } from '~/lib/fill/report/css-path';
import { addedEntry, pageControls } from '../plan/new-entry';
import { activeGenerations, listControls, type HasFact } from './pin-fields';

export interface ListsResult {
  /** Panels added, over every list. */
  added: number;
  /** The panels added, for undo to take away again. */
  panels: Element[];
  notes: FieldReport[];
  misses: SelectorMiss[];
}

function firstMatch(doc: Document, css: string): HTMLElement | null {
  try {
    return doc.querySelector<HTMLElement>(css);
  } catch {
    return null;
  }
}

export async function ensureListEntries<G extends string>(
  doc: Document,
  adapter: SiteAdapter<G>,
  has: HasFact,
  timeout = 1500,
): Promise<ListsResult> {
  const out: ListsResult = { added: 0, panels: [], notes: [], misses: [] };
  const active = activeGenerations(adapter, [doc]);
  for (const list of adapter.lists ?? []) {
    const need = list.keys.filter(has).length;
    const count = () => listControls(list, active, [doc]).found.length;
    let have = count();
    while (have < need) {
      const adds = list.add.filter((s) => active.has(s.dom));
      const button = adds.map((s) => firstMatch(doc, s.css)).find(Boolean);
      if (!button) {
        for (const s of adds)
          out.misses.push({
            what: `Add button: ${list.name}`,
            selector: s.css,
            variant: adapter.generations[s.dom].name,
            reason: 'matched nothing',
          });
        break;
      }
      const before = pageControls(doc);
      pointerClick(button);
      const grown = await waitFor(() => (count() > have ? count() : null), { timeout });
      if (!grown) {
        out.notes.push({
          label: list.name,
          status: 'failed',
          reason: 'pressing Add did not create a new entry',
          selector: cssPath(button),
        });
        break;
      }
      const panel = grown - have === 1 ? addedEntry(doc, before) : null;
      if (panel) out.panels.push(panel);
      out.added += grown - have;
      have = grown;
    }
  }
  return out;
}
