// The attach step, run before anything is collected: each file box the page has gets the user's stored
// file of the kind it asks for (résumé, cover letter, transcript), through the box's own input and events
// or a drop. Sites that read the uploaded résumé and fill the form themselves must do so before the
// engine looks at the form, so the fill waits for the page to settle afterwards and the engine then
// fills only what is still empty (run-fill.ts leaves what the site wrote alone).
import { base64ToBytes, type AttachmentKind, type StoredAttachment } from '~/lib/attachments/types';
import type { DriverTable, FieldDescription, FieldReport } from '~/lib/fill/types';
import { cssPath } from '~/lib/fill/report/css-path';
import { recordField } from '~/lib/fill/undo/snapshot';
import { dropFiles, heldNames, setInputFiles, shownName } from '~/lib/fill/drivers/file';
import { delay, waitFor } from '~/lib/fill/drivers/wait-for';
import type { FileSaved } from '~/lib/fill/drivers/kinds/file';
import { findAttachTargets, type AttachTarget } from './find-targets';

/** How long a site may take to list an uploaded file (its upload's round trip) before it counts as refused. */
const LISTED_WAIT = 2500;

const KIND_WORDS: Record<AttachmentKind, string> = {
  resume: 'résumé',
  coverLetter: 'cover letter',
  transcript: 'transcript',
};

export interface AttachResult {
  /** One report line per file box whose kind is known. */
  reports: FieldReport[];
  /** The inputs and zones handled here: the rest of the fill leaves them (and what they hold) out. */
  handled: Set<Element>;
  /** How many files were put on the page. */
  attached: number;
}

/** Whether the file fits the input's `accept` list (extensions, MIME types, `type/*`). */
export function accepts(accept: string[], file: { name: string; type: string }): boolean {
  if (accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((a) =>
    a.startsWith('.') ? name.endsWith(a) : a.endsWith('/*') ? type.startsWith(a.slice(0, -1)) : type === a,
  );
}

function asFile(a: StoredAttachment): File {
  return new File([base64ToBytes(a.data)], a.name, { type: a.type, lastModified: a.addedAt });
}

function describe(t: AttachTarget, id: number, lang: 'zh' | 'en'): FieldDescription {
  return {
    id,
    // A hidden input may be replaced by its site after the upload (a reset): the zone the user sees stays.
    el: t.zone,
    widget: 'file',
    label: t.label,
    hints: { type: 'file' },
    required: !!t.input?.required,
    currentValue: heldNames(t.input).join(', '),
    lang,
  };
}

/**
 * Attaches the stored files. `attachments` undefined or empty: nothing is written, and a box asking for a
 * known kind is reported as the user's to fill ("attach it yourself").
 */
export async function attachFiles(
  doc: Document,
  attachments: StoredAttachment[] | undefined,
  opts: {
    lang: 'zh' | 'en';
    drivers: DriverTable;
    overwrite: boolean;
    /** Called once, right before the first file is written (to note what the form held before). */
    beforeWrite?: () => void;
  },
): Promise<AttachResult> {
  const targets = findAttachTargets(doc, { zones: !!attachments?.length }).filter((t) => t.kind);
  const out: AttachResult = { reports: [], handled: new Set(), attached: 0 };
  const written: [AttachTarget, StoredAttachment][] = [];
  targets.forEach((t, i) => {
    out.handled.add(t.zone);
    if (t.input) out.handled.add(t.input);
    const kind = t.kind!;
    const line = (status: FieldReport['status'], reason: string, value?: string): FieldReport => ({
      label: t.label,
      status,
      reason,
      selector: cssPath(t.zone),
      ...(value !== undefined && { value }),
    });
    // A box that fills the form from the file, beside the form's own résumé field, is a shortcut the
    // user may not want (it rewrites what they typed); when it is the form's only résumé box (Moka's
    // 附件简历, read to fill what is still empty) the application needs the file there.
    const shortcut = t.siteAutofill && targets.some((o) => o !== t && o.kind === kind && !o.siteAutofill);
    if (shortcut) {
      out.reports.push(
        line(
          'skipped',
          "the site's own fill-from-résumé box (it rewrites the form from the file): upload there yourself if you want that",
        ),
      );
      return;
    }
    const stored = attachments?.find((a) => a.kind === kind);
    if (!stored) {
      out.reports.push(line('skipped', `no ${KIND_WORDS[kind]} file is stored: attach it yourself`));
      return;
    }
    const held = heldNames(t.input);
    if (held.length > 0 && !opts.overwrite) {
      out.reports.push(line('kept', `already holds ${held.join(', ')}`, stored.name));
      return;
    }
    // A site that took the file earlier lists it (its input reset): a second fill does not add it twice.
    if (held.length === 0 && shownName(doc, t.zone, stored.name)) {
      out.reports.push(line('kept', `the page already lists ${stored.name}`, stored.name));
      return;
    }
    if (!accepts(t.accept, stored)) {
      out.reports.push(
        line(
          'failed',
          `this box takes ${t.accept.join(', ')} only; the stored ${KIND_WORDS[kind]} is ${stored.name}`,
          stored.name,
        ),
      );
      return;
    }
    if (written.length === 0) opts.beforeWrite?.();
    const field = describe(t, -1 - i, opts.lang);
    const saved = recordField(field, opts.drivers.file) as FileSaved;
    saved.attached = stored.name;
    const files = [asFile(stored)];
    if (t.input) setInputFiles(t.input, files);
    else dropFiles(t.zone, files);
    written.push([t, stored]);
    out.attached++;
  });
  if (written.length === 0) return out;
  // The site reads the file in its change handler, often after a tick or an upload's round trip (a
  // preview, an upload list): each box is watched until it or the page shows the file's name.
  for (const [t, stored] of written) {
    await waitFor(
      () => heldNames(t.input).includes(stored.name) || !!shownName(doc, t.zone, stored.name) || null,
      { timeout: LISTED_WAIT },
    );
    const inInput = heldNames(t.input).includes(stored.name);
    const shown = inInput ? undefined : shownName(doc, t.zone, stored.name);
    const ok = inInput || !!shown;
    out.reports.push({
      label: t.label,
      key: undefined,
      value: stored.name,
      shown: ok ? stored.name : heldNames(t.input).join(', '),
      status: ok ? 'filled' : 'failed',
      reason: ok
        ? `${KIND_WORDS[t.kind!]} attached${inInput ? '' : ' (the page lists it)'}`
        : 'the page did not take the file (neither the box nor the page shows its name)',
      selector: cssPath(t.zone),
    });
  }
  return out;
}

/**
 * Waits until the page has stopped changing after an upload (a site parsing the résumé fills the form
 * a moment later): no mutation for `quietMs`, at most `maxMs` in all.
 */
export async function settleAfterUpload(
  doc: Document,
  { quietMs = 800, minMs = 1_000, maxMs = 6_000 } = {},
): Promise<void> {
  // A site may set values from its parse without touching the DOM at all: give it a least a moment.
  await Promise.all([delay(minMs), quiet(doc, quietMs, maxMs)]);
}

function quiet(doc: Document, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const root = doc.documentElement;
    let timer = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    // Values typed by a script fire input events without a DOM mutation: listen for those too.
    const bump = () => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    };
    const observer = new MutationObserver(bump);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    doc.addEventListener('input', bump, true);
    function done() {
      clearTimeout(timer);
      clearTimeout(cap);
      observer.disconnect();
      doc.removeEventListener('input', bump, true);
      resolve();
    }
  });
}
