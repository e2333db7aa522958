// A résumé page whose cards the site saves one by one (SiteAdapter.cards) shows every card as text: its
// form appears only after the card's own Edit (a one-form card: 基本信息) or Add (an entry list: 教育经历).
// Before the fill collects, this opens the forms the résumé has something for, and nothing more: a card's
// Save sends it to the site's server, which is the user's step — as a wizard's "Save and Continue" is —
// and the extension never presses it. A card that keeps one entry form open at a time gets the next
// résumé entry no saved entry of it names yet; the entries beyond wait for the next fill, after the user
// saved, and the report says so. An entry already saved is never filled again.
import type {
  FieldDescription,
  FieldKey,
  FieldReport,
  Section,
  SelectorMiss,
  SiteAdapter,
  SiteSelector,
} from '~/lib/fill/types';
import type { Resume } from '~/lib/resume/types';
import { ENTRY_SECTIONS, sectionContext } from '~/lib/fill/classify/section-context';
import { pointerClick } from '~/lib/fill/drivers/pointer';
import { isVisible } from '~/lib/fill/drivers/visibility';
import { waitFor } from '~/lib/fill/drivers/wait-for';
import { cssPath } from '~/lib/fill/report/css-path';
import { factText, resolveFact } from '~/lib/fill/values/facts';
import { activeGenerations } from './pin-fields';

export interface OpenedCards {
  /** Per entry section: the résumé entries the section's open forms take, in page order. */
  entries: Partial<Record<Section, number[]>>;
  /** Per entry section: how many entry forms are open now (the fill adds none beyond them). */
  open: Partial<Record<Section, number>>;
  /** Cards whose form could not be opened, and entries left for the next fill. */
  notes: FieldReport[];
  /** For the report's summary: what the user must do next (press Save, fill again). */
  siteNotes: string[];
  misses: SelectorMiss[];
  /** Cards whose editor the fill opened: undo cancels the edit (lib/fill/undo/snapshot.ts). */
  opened: Element[];
}

interface Options {
  lang: 'zh' | 'en';
  now?: Date;
  /** How long a form may take to show after Edit / Add (default 1500 ms). */
  timeout?: number;
}

const CONTROL =
  'input:not([type=hidden]):not([type=file]), textarea, select, [role=combobox], [contenteditable=true]';

/** The fact that names an entry in its saved card (新加坡国立大学, 美团, 团购交易平台). */
const NAMED_BY: Record<Section, FieldKey> = {
  education: 'education.school',
  experience: 'experience.company',
  projects: 'projects.name',
};
/** Facts a saved one-form card shows once the applicant filled it. */
const SHOWN_WHEN_FILLED: FieldKey[] = ['name.full', 'email', 'phone.national'];

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function within(root: ParentNode, sels: SiteSelector[]): Element[] {
  for (const sel of sels) {
    try {
      const found = [...root.querySelectorAll(sel.css)];
      if (found.length) return found;
    } catch {
      // A malformed adapter selector finds nothing.
    }
  }
  return [];
}

/** A control the user can type into or choose in: the card (or entry) shows its form. */
function hasForm(el: Element): boolean {
  return [...el.querySelectorAll(CONTROL)].some(isVisible);
}

/** The control a selector names: the button around an icon, if it is one; visible, or none. */
function pressable(root: Element, sels: SiteSelector[]): HTMLElement | null {
  const controls = within(root, sels).map((hit) => hit.closest('button, [role=button], a') ?? hit);
  return (controls.find((c) => c instanceof HTMLElement && isVisible(c)) as HTMLElement | undefined) ?? null;
}

function fact(resume: Resume, key: FieldKey, index: number, o: Options): string {
  const f = resolveFact(resume, key, index, o.lang, o.now);
  return f ? squash(factText(f)) : '';
}

/** What names each résumé entry of a section in a list of saved ones (its school, company, project). */
export function entryNames(resume: Resume, section: Section, lang: 'zh' | 'en', now?: Date): string[] {
  return resume[section].map((_, i) => fact(resume, NAMED_BY[section], i, { lang, now }));
}

/**
 * Which résumé entries a section's saved entries do not hold yet: an entry whose name a saved card shows
 * is done; a saved card naming none of them (edited by hand) stands for the earliest entry not found.
 */
export function pendingEntries(savedTexts: string[], names: string[]): number[] {
  const texts = savedTexts.map(squash);
  const found = names.map((n) => !!n && texts.some((t) => t.includes(n)));
  const unnamed = texts.filter((t) => !names.some((n) => n && t.includes(n))).length;
  return names
    .map((_, i) => i)
    .filter((i) => !found[i])
    .slice(unnamed);
}

function waitingNote(title: string, count: number, lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? `「${title}」还有 ${count} 条未填：这个模块一次只能编辑一条。请先点「保存」保存已填好的这一条，再点一次「填写本页」继续（扩展从不替你点「保存」）。`
    : `${title}: ${count} more ${count === 1 ? 'entry' : 'entries'} to fill. This card edits one entry at a time: press Save on the filled one yourself, then press Fill this page again (the extension never presses Save).`;
}

function savedNote(lang: 'zh' | 'en'): string {
  return lang === 'zh'
    ? '打开的模块尚未保存：核对后请在每个模块点「保存」（扩展从不替你保存）。'
    : 'The open cards are not saved yet: check them, then press Save on each (the extension never saves for you).';
}

async function press(
  button: HTMLElement,
  grown: () => boolean,
  timeout: number,
  label: string,
  why: string,
): Promise<FieldReport | null> {
  pointerClick(button);
  if (await waitFor(() => grown(), { timeout })) return null;
  return { label, status: 'failed', reason: why, selector: cssPath(button) };
}

/** A form showing nothing yet: every box of it is empty (a saved entry, reopened, shows its values). */
function isBlank(form: Element): boolean {
  return [
    ...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input:not([type=hidden]), textarea'),
  ]
    .filter((c) => !['checkbox', 'radio', 'file', 'button', 'submit'].includes(c.type))
    .every((c) => !c.value.trim());
}

/** What a form holds, for telling which résumé entry it is: its text and its boxes' values. */
function formText(form: Element): string {
  const values = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
    (c) => c.value,
  );
  return [form.textContent ?? '', ...values].join(' ');
}

/**
 * A card edited whole: its Edit opens every entry at once (the saved ones as filled forms) with an Add
 * under them. Opened only while its text lacks one of the résumé's entries; then one blank form per entry
 * no filled form names. `slots` gives each open form, in page order, the entry it takes (-1: a saved one).
 */
async function openWholeCard(
  card: Element,
  title: string,
  names: string[],
  entries: () => Element[],
  edit: SiteSelector[],
  add: SiteSelector[],
  timeout: number,
): Promise<{ slots?: number[]; note?: FieldReport }> {
  const text = squash(card.textContent);
  if (!names.length || names.every((n) => !n || text.includes(n))) return {};
  const button = pressable(card, edit);
  if (!button) return {};
  const forms = () => entries().filter(hasForm);
  const note = await press(
    button,
    () => forms().length > 0,
    timeout,
    title,
    'pressing Edit did not open the form',
  );
  if (note) return { note };
  const pending = pendingEntries(
    forms()
      .filter((f) => !isBlank(f))
      .map(formText),
    names,
  );
  while (forms().filter(isBlank).length < pending.length) {
    const more = pressable(card, add);
    if (!more) break;
    const before = forms().length;
    const failed = await press(
      more,
      () => forms().length > before,
      timeout,
      title,
      'pressing Add did not open a new entry',
    );
    if (failed) return { note: failed, slots: slotsOf(forms(), pending) };
  }
  return { slots: slotsOf(forms(), pending) };
}

function slotsOf(forms: Element[], pending: number[]): number[] {
  let next = 0;
  return forms.map((f) => (isBlank(f) ? (pending[next++] ?? -1) : -1));
}

/** Opens the forms of the adapter's cards that the résumé has something for. */
export async function openCards(
  doc: Document,
  adapter: SiteAdapter,
  resume: Resume,
  o: Options,
): Promise<OpenedCards> {
  const out: OpenedCards = { entries: {}, open: {}, notes: [], siteNotes: [], misses: [], opened: [] };
  const spec = adapter.cards;
  if (!spec) return out;
  const active = activeGenerations(adapter, [doc]);
  const of = (sels: SiteSelector[]) => sels.filter((s) => active.has(s.dom));
  const cards = within(doc, of(spec.card));
  if (!cards.length) {
    if (active.size)
      for (const sel of of(spec.card))
        out.misses.push({
          what: 'résumé cards',
          selector: sel.css,
          variant: adapter.generations[sel.dom].name,
          reason: 'matched nothing',
        });
    return out;
  }
  const timeout = o.timeout ?? 1500;
  const seen = new Set<Section>();
  /** A card shows its form (opened now, or still open from before): the user has a Save to press. */
  let open = false;
  for (const card of cards) {
    const title = squash(within(card, of(spec.title))[0]?.textContent);
    const ctx = sectionContext(title);
    if (ctx === 'personal') {
      if (hasForm(card)) {
        open = true;
        continue;
      }
      const text = squash(card.textContent);
      const facts = SHOWN_WHEN_FILLED.map((k) => fact(resume, k, 0, o)).filter(Boolean);
      // Saved already with the applicant's own details: opening it again would only ask for another Save.
      if (facts.length && facts.every((f) => text.includes(f))) continue;
      const edit = pressable(card, of(spec.edit));
      if (!edit) continue;
      const note = await press(
        edit,
        () => hasForm(card),
        timeout,
        title,
        'pressing Edit did not open the form',
      );
      if (note) out.notes.push(note);
      else {
        open = true;
        out.opened.push(card);
      }
      continue;
    }
    const section = ENTRY_SECTIONS.find((s) => s === ctx);
    if (!section || seen.has(section)) continue;
    seen.add(section);
    const entries = () => within(card, of(spec.entry));
    const openForms = () => entries().filter(hasForm).length;
    const names = entryNames(resume, section, o.lang, o.now);
    if (!hasForm(card) && !pressable(card, of(spec.add))) {
      // No Add in the header: the card's Edit opens one editor holding all its entries, saved ones as
      // filled forms, with its own Add under them.
      const whole = await openWholeCard(card, title, names, entries, of(spec.edit), of(spec.add), timeout);
      if (whole.note) out.notes.push(whole.note);
      if (!whole.slots) continue;
      open = true;
      out.opened.push(card);
      out.entries[section] = whole.slots;
      out.open[section] = whole.slots.length;
      continue;
    }
    const pending = pendingEntries(
      entries()
        .filter((e) => !hasForm(e))
        .map((e) => e.textContent ?? ''),
      names,
    );
    const limit = Math.min(pending.length, spec.openAtOnce ?? Infinity);
    const formsBefore = openForms();
    while (openForms() < limit) {
      const add = pressable(card, of(spec.add));
      if (!add) break;
      const before = openForms();
      const note = await press(
        add,
        () => openForms() > before,
        timeout,
        title,
        'pressing Add did not open a new entry',
      );
      if (note) {
        out.notes.push(note);
        break;
      }
    }
    const forms = openForms();
    if (forms > 0) open = true;
    if (forms > formsBefore) out.opened.push(card);
    out.entries[section] = pending;
    out.open[section] = forms;
    const waiting = pending.length - forms;
    if (waiting > 0 && forms > 0) {
      const reason = waitingNote(title, waiting, o.lang);
      out.notes.push({ label: title, status: 'skipped', reason });
      out.siteNotes.push(reason);
    }
  }
  if (open) out.siteNotes.unshift(savedNote(o.lang));
  return out;
}

/**
 * The open forms of a card section take the entries it still lacks, in order: the n-th form of the
 * section (its n-th block) gets `entries[section][n]`, none (-1) beyond them.
 */
export function remapEntries(
  index: Map<number, number>,
  fields: FieldDescription[],
  sectionOfField: (f: FieldDescription) => Section | undefined,
  entries: Partial<Record<Section, number[]>>,
): void {
  for (const f of fields) {
    const section = sectionOfField(f);
    const list = section && entries[section];
    if (!list || !index.has(f.id)) continue;
    index.set(f.id, list[index.get(f.id)!] ?? -1);
  }
}
