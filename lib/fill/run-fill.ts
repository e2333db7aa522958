// The fill, end to end: collect → (the site adapter's pinned selectors) → language → classify → add
// missing entries → assign entries → render → snapshot → write (native fields back to back, custom widgets
// one at a time) → read back → report, outlines. The adapter, when the page has one, only adds knowledge:
// every field it does not name goes through the generic engine.
import type {
  Classification,
  FieldKey,
  DriverTable,
  FieldDescription,
  FieldReport,
  FillReport,
  PlacedBy,
  SelectorMiss,
  SiteAdapter,
} from '~/lib/fill/types';
import type { Resume } from '~/lib/resume/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { markOpenQuestion } from '~/lib/fill/classify/open-question';
import { classifyAnswerQuestions } from '~/lib/fill/classify/answer-pass';
import type { AnswerBook } from '~/lib/answers/types';
import { detectPageLang } from '~/lib/fill/describe/detect-lang';
import { CONTROL_SELECTOR } from '~/lib/fill/describe/dom';
import { driverFor, driverTable } from '~/lib/fill/drivers';
import { nextFrame, nextTask, waitFor } from '~/lib/fill/drivers/wait-for';
import {
  adapterRemoveSelectors,
  findAdapterAddButton,
  pinFields,
  siteControls,
  type HasFact,
} from '~/lib/fill/adapt/pin-fields';
import { ensureListEntries } from '~/lib/fill/adapt/add-list-entries';
import { entryNames, openCards, remapEntries } from '~/lib/fill/adapt/open-cards';
import { resolveFact } from '~/lib/fill/values/facts';
import { isAnswerKey, maskSecretReport } from '~/lib/fill/values/answer-facts';
import { watchLeftEmpty } from '~/lib/fill/learn/typed-answers';
import { ensureBlocks, type Scan } from '~/lib/fill/plan/add-entries';
import { dialogNote, entriesForDialog, openDialog } from '~/lib/fill/plan/entry-dialog';
import { assignBlocks, sectionOf } from '~/lib/fill/plan/assign-blocks';
import { sideFormFields } from '~/lib/fill/plan/side-forms';
import { writeOrder } from '~/lib/fill/plan/write-order';
import { cssPath } from '~/lib/fill/report/css-path';
import { fillField, type FillContext } from '~/lib/fill/act/fill-field';
import { createWriteBatch, type FillRow } from '~/lib/fill/act/write-batch';
import { fillRangePair, isRangePair } from '~/lib/fill/act/fill-range';
import { countStatuses, markRequiredEmpty, recheck } from '~/lib/fill/report/final-status';
import { markReport } from '~/lib/fill/report/mark-report';
import { clearReport } from '~/lib/fill/report/report-panel';
import {
  beginSnapshot,
  recordAddedBlock,
  recordOpenedCard,
  recordField,
  restoreBeforeFill,
  sealSnapshot,
} from '~/lib/fill/undo/snapshot';
import { attachFiles, settleAfterUpload } from '~/lib/fill/attach/attach-files';
import type { StoredAttachment } from '~/lib/attachments/types';

/**
 * Time budgets. A page's own widgets can stall a driver (a menu that never opens, a list that never
 * loads); the user must still get a report. After PAGE_BUDGET_MS no new field is started, and a custom
 * widget gets FIELD_BUDGET_MS before it is reported as not finished. 30 s: a board framed from another
 * origin (Greenhouse embedded in a company site) fills its react-selects slowly, ~20 s for one form.
 */
export const PAGE_BUDGET_MS = 30_000;
export const FIELD_BUDGET_MS = 8_000;

/** Resolves with `work`'s result, or with `late()` when it takes longer than `ms`. */
async function withinBudget<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function outOfTime(field: FieldDescription, why: string): FieldReport {
  return { label: field.label, status: 'failed', reason: why, selector: cssPath(field.el) };
}

export interface RunFillOptions {
  lang?: 'zh' | 'en';
  overwrite?: boolean;
  /** The site's adapter; absent: the generic engine alone (report.adapter 'generic'). */
  adapter?: SiteAdapter;
  /** Outline the fields on the page (default true). */
  marks?: boolean;
  /** "Today", for years of experience. */
  now?: Date;
  /** Override the time budgets (tests). */
  budget?: { pageMs?: number; fieldMs?: number };
  /** The user's own answers to questions a résumé does not hold; absent or empty: none are filled. */
  answers?: AnswerBook;
  /** The profile's stored files (résumé PDF, cover letter, transcript); absent: file boxes are the user's. */
  attachments?: StoredAttachment[];
}

/** One look at the page: the fields, what each asks for, and what the adapter pinned or found missing. */
interface AdaptedScan extends Scan {
  placedBy: Map<number, PlacedBy>;
  locked: Set<number>;
  misses: SelectorMiss[];
}

/** How long a page that says it is loading gets to draw what a choice asked for. */
const LOADING_WAIT_MS = 2000;
const LOADING_WORDS = /正在加载|加载中|请稍候|loading(\.\.\.|…)/i;

function isLoading(doc: Document): boolean {
  if ([...doc.querySelectorAll('[aria-busy=true]')].some((el) => el.getClientRects().length)) return true;
  // innerText lays the page out; the words are looked for in the raw text first, which holds all it shows.
  return LOADING_WORDS.test(doc.body?.textContent ?? '') && LOADING_WORDS.test(doc.body?.innerText ?? '');
}

function scanPage(
  doc: Document,
  lang: 'zh' | 'en' | undefined,
  adapter?: SiteAdapter,
  has?: HasFact,
  answers?: AnswerBook,
): AdaptedScan {
  const fields = collectFields(doc, { lang, recognise: adapter && siteControls(doc, adapter) });
  if (!adapter) {
    const classes = classifyFields(fields);
    classifyAnswerQuestions(fields, classes, CONFIDENCE_BAR, answers);
    return { fields, classes, placedBy: new Map(), locked: new Set(), misses: [] };
  }
  // Blocks and sections the adapter names are written onto the fields first, so the rule tables see
  // them; then its pinned selectors overrule whatever the rules made of those controls.
  const pin = pinFields(doc, fields, adapter, has);
  const classes = classifyFields(fields);
  for (const [id, c] of pin.classes) classes.set(id, c);
  for (const id of [...pin.locked, ...pin.spare]) classes.delete(id);
  classifyAnswerQuestions(
    fields.filter((f) => !pin.locked.has(f.id) && !pin.spare.has(f.id)),
    classes,
    CONFIDENCE_BAR,
    answers,
  );
  // A posting that asks for no work entries (a campus form with 实习经历 instead) has no work fields for
  // the adapter's selectors to find: that is no sign of a redesigned site.
  const asked = new Set([...classes.values()].map((c) => sectionOf(c.key)));
  const misses = pin.misses.filter((m) => {
    const section = /^(education|experience|projects)\./.test(m.what)
      ? sectionOf(m.what as FieldKey)
      : undefined;
    return !section || asked.has(section);
  });
  return { fields, classes, placedBy: pin.placedBy, locked: pin.locked, misses };
}

export async function runFill(doc: Document, resume: Resume, opts: RunFillOptions = {}): Promise<FillReport> {
  const started = performance.now();
  const { adapter } = opts;
  clearReport(doc);
  const now = opts.now ?? new Date();
  const { answers } = opts;
  const drivers: DriverTable = driverTable(adapter?.drivers);
  beginSnapshot(doc);
  // Files first: a site that reads the uploaded résumé fills the form itself, and what it wrote is kept.
  const before = new Map<Element, string>();
  const attach = await attachFiles(doc, opts.attachments, {
    lang: opts.lang ?? detectPageLang(doc),
    drivers,
    overwrite: !!opts.overwrite,
    // What the form held before the upload: a field the site fills from the file is left to it, and
    // undo (which puts back the page as it was before the fill) empties it again.
    beforeWrite: () => {
      for (const f of collectFields(doc, { lang: opts.lang })) {
        before.set(f.el, f.currentValue);
        if (f.widget !== 'file') recordField(f, driverFor(f, drivers));
      }
    },
  });
  if (attach.attached > 0) await settleAfterUpload(doc);
  // What stands once the site has read the file: a box it added itself (an entry parsed from the file)
  // is the site's; one that appears later came from our own Add presses and card openings.
  const settled = before.size > 0 ? new Set(collectFields(doc, { lang: opts.lang }).map((f) => f.el)) : null;
  const siteWrote = (field: FieldDescription): boolean => {
    if (!settled) return false;
    if (before.has(field.el)) return before.get(field.el) !== field.currentValue;
    return settled.has(field.el) && field.currentValue !== '';
  };
  const has: HasFact = (key) => !!resolveFact(resume, key, 0, opts.lang ?? resume.lang, now, answers);
  // A page of cards saved one by one: their forms are opened first, so there is something to collect.
  const cards = adapter?.cards
    ? await openCards(doc, adapter, resume, { lang: opts.lang ?? detectPageLang(doc), now })
    : undefined;
  const first = scanPage(doc, opts.lang, adapter, has, answers);
  const lang = opts.lang ?? detectPageLang(doc, first.fields);
  const addMisses: SelectorMiss[] = [...(cards?.misses ?? [])];
  const blocks = await ensureBlocks(doc, resume, first.fields, first.classes, {
    lang,
    need: cards?.open,
    rescan: () => scanPage(doc, lang, adapter, has, answers),
    findAdd: adapter
      ? (section) => {
          const { button, tried } = findAdapterAddButton(doc, adapter, section);
          addMisses.push(...tried);
          return button;
        }
      : undefined,
  });
  // After an Add, ensureBlocks hands back the rescan, whose pins and misses describe the page now.
  let latest: AdaptedScan = 'placedBy' in blocks ? (blocks as typeof blocks & AdaptedScan) : first;
  // The adapter's one-fact panels (a Websites panel per URL) once the entry sections are in place.
  const lists = adapter?.lists ? await ensureListEntries(doc, adapter, has) : undefined;
  if (lists?.added) latest = scanPage(doc, lang, adapter, has, answers);
  addMisses.push(...(lists?.misses ?? []));
  const { fields, classes } = lists?.added ? latest : blocks;
  const { index } = assignBlocks(fields, classes, CONFIDENCE_BAR, resume);
  // A card's open forms take the entries its saved ones do not hold yet.
  if (cards)
    remapEntries(
      index,
      fields,
      (f) => {
        const c = classes.get(f.id);
        return c && sectionOf(c.key);
      },
      cards.entries,
    );
  // Empty before the fill began: a box the site filled from the uploaded résumé counts as empty then (its
  // dial code beside it is still the page's pick, not the user's).
  const emptyAtStart = new Set(
    fields.filter((f) => !f.currentValue.trim() || before.get(f.el)?.trim() === '').map((f) => f.el),
  );
  const ctx: FillContext = {
    resume,
    lang,
    overwrite: !!opts.overwrite,
    bar: CONFIDENCE_BAR,
    now,
    hasCountryCodeField: fields.some((f) => isCountryCode(classes.get(f.id))),
    drivers,
    pinned: latest.placedBy,
    answers,
    emptyAtStart,
  };
  const aside = sideFormFields(fields, classes, CONFIDENCE_BAR);
  for (const { section, block, rebuilt } of blocks.newBlocks)
    recordAddedBlock(block, adapter ? adapterRemoveSelectors(doc, adapter, section) : [], rebuilt);
  for (const panel of lists?.panels ?? []) recordAddedBlock(panel);
  for (const card of cards?.opened ?? []) recordOpenedCard(card);
  const batch = createWriteBatch(ctx);
  const results: FillRow[] = [];
  const pageMs = opts.budget?.pageMs ?? PAGE_BUDGET_MS;
  const fieldMs = opts.budget?.fieldMs ?? FIELD_BUDGET_MS;
  const tooLate = (what: string) => `${what}: the fill ran out of time (${pageMs / 1000} s)`;
  // Field ids number one scan: a revealed field's class and standing are kept by the field itself.
  const standing = new Map<
    FieldDescription,
    { cls?: Classification; entry: number; aside: boolean; locked: boolean }
  >();
  const revealedFields = new Set<FieldDescription>();
  /** One pass over `list`: native fields batched, each custom widget alone. */
  const fillPass = async (
    list: FieldDescription[],
    classOf: Map<number, Classification>,
    entryOf: Map<number, number>,
    setAsideIds: Set<number>,
    locked: Set<number>,
  ): Promise<void> => {
    for (const f of list)
      standing.set(f, {
        cls: classOf.get(f.id),
        entry: entryOf.get(f.id) ?? 0,
        aside: setAsideIds.has(f.id),
        locked: locked.has(f.id),
      });
    for (let i = 0; i < list.length; i++) {
      const field = list[i];
      const next = list[i + 1];
      if (performance.now() - started > pageMs) {
        results.push([field, outOfTime(field, tooLate('not started'))]);
        continue;
      }
      if (field.widget === 'file' && [...attach.handled].some((h) => h === field.el || h.contains(field.el)))
        continue;
      if (siteWrote(field)) {
        const parsed = setAside(field, 'the site filled this from the uploaded résumé; left as it wrote it');
        results.push([field, { ...parsed, status: 'kept', shown: field.currentValue }]);
        continue;
      }
      if (locked.has(field.id)) {
        results.push([field, setAside(field, 'the site fills and locks this itself')]);
        continue;
      }
      if (setAsideIds.has(field.id)) {
        results.push([field, setAside(field, 'a newsletter, login or search form, not the application')]);
        continue;
      }
      const cls = classOf.get(field.id);
      const entry = entryOf.get(field.id) ?? 0;
      const row = batch.add(field, cls, entry);
      if (row) {
        results.push(row);
        continue;
      }
      // A custom widget: the native fields before it go in first, then it alone, since menus must not overlap.
      batch.write();
      const stalled = `did not finish within ${fieldMs / 1000} s (the widget did not respond)`;
      if (isRangePair(field, next, cls, classOf.get(next?.id))) {
        const [a, b] = await withinBudget(
          fillRangePair(field, next, cls!, classOf.get(next.id)!, entry, ctx),
          fieldMs * 2,
          () => [outOfTime(field, stalled), outOfTime(next, stalled)],
        );
        results.push([field, a], [next, b]);
        i++;
        continue;
      }
      const report = await withinBudget(fillField(field, cls, entry, ctx), fieldMs, () =>
        outOfTime(field, stalled),
      );
      results.push([field, report]);
    }
  };
  const controlsBefore = new Set(doc.querySelectorAll(CONTROL_SELECTOR));
  // Disabled until a choice is made (学位 until 学历 is chosen, 市 until 省): its question comes then.
  // A native test, no style or layout read: it only decides whether the page is looked at again.
  const looksDisabled = (el: Element) =>
    el.matches(':disabled') || !!el.closest('[aria-disabled=true],[class*=disabled]');
  const disabledBefore = [...controlsBefore].filter(looksDisabled);
  await fillPass(writeOrder(fields, classes, index), classes, index, aside, latest.locked);
  batch.write();
  // The frame the read-back waits for runs meanwhile: when no second pass writes, it is the one after the
  // last write, so the read-back does not wait for another.
  const frameAfterWrites = nextFrame();
  // A choice may draw questions (最高学历层次 → a block per stage, a Yes that opens the details): once
  // the page has rendered it, the fields that appeared are filled too, in a second pass of their own.
  // A task, not a frame: frameworks render a choice's questions within the event's own task or the next.
  await nextTask();
  // New controls, not more of them: a choice may swap one for another (ticking 至今 turns a row's
  // 起止时间 range into a lone start month), leaving the count as it was or lower.
  const more = () =>
    [...doc.querySelectorAll(CONTROL_SELECTOR)].some((el) => !controlsBefore.has(el)) ||
    disabledBefore.some((el) => el.isConnected && !looksDisabled(el));
  // Questions fetched from the server once a choice is made ('正在加载学历阶段，请稍候…'): while the page
  // says it is loading, they are waited for (bounded), not given up on.
  if (!more() && isLoading(doc)) await waitFor(() => more() || !isLoading(doc), { timeout: LOADING_WAIT_MS });
  const grew = more();
  const known = new Set(fields.map((f) => f.el));
  const again = grew ? scanPage(doc, lang, adapter, has, answers) : undefined;
  // Only empty ones: a box that shows a value is one the page drew again with what it held (ours, or the
  // user's), not a new question.
  const revealed =
    again?.fields.filter((f) => !known.has(f.el) && f.el.isConnected && !f.currentValue.trim()) ?? [];
  const secondPass = !!again && revealed.length > 0 && performance.now() - started < pageMs;
  if (secondPass) {
    for (const f of revealed) {
      emptyAtStart.add(f.el);
      revealedFields.add(f);
    }
    const { index: againIndex } = assignBlocks(again.fields, again.classes, CONFIDENCE_BAR, resume);
    const againAside = sideFormFields(again.fields, again.classes, CONFIDENCE_BAR);
    await fillPass(
      writeOrder(revealed, again.classes, againIndex),
      again.classes,
      againIndex,
      againAside,
      again.locked,
    );
  }
  batch.write();
  // Entries whose form opens in a dialog over the page: each opened now that the page is filled, and given
  // the next entry its list lacks; the dialog's own 确定 is left to the user.
  const dialogNotes: string[] = [];
  for (const d of blocks.dialogs) {
    if (performance.now() - started > pageMs) break;
    const pending = entriesForDialog(
      d.button,
      d.section,
      resume[d.section],
      entryNames(resume, d.section, lang, now),
    );
    const entry = pending[0];
    if (entry === undefined) continue;
    const dialog = await openDialog(d.button);
    if (!dialog) continue;
    recordOpenedCard(dialog);
    const known = new Set<Element>();
    // Twice: a choice in it may swap a box for another (至今 turns a range into a lone start month).
    for (let round = 0; round < 2; round++) {
      if (round) await nextTask();
      const look = () => {
        const inside = scanPage(doc, lang, adapter, has, answers);
        const fresh = inside.fields.filter(
          (f) => dialog.contains(f.el) && !known.has(f.el) && !(round && f.currentValue.trim()),
        );
        return fresh.length ? { inside, fresh } : null;
      };
      // The dialog fades in: its boxes count as seen once it is opaque enough for a person to read.
      const found = round ? look() : await waitFor(look, { timeout: 1500 });
      if (!found) break;
      const { inside, fresh } = found;
      const at = new Map(fresh.map((f) => [f.id, entry]));
      for (const f of fresh) {
        known.add(f.el);
        if (!f.currentValue.trim()) emptyAtStart.add(f.el);
        if (round) revealedFields.add(f);
      }
      await fillPass(writeOrder(fresh, inside.classes, at), inside.classes, at, new Set(), inside.locked);
      batch.write();
    }
    dialogNotes.push(dialogNote(d.section, pending.length - 1, lang));
  }
  // One frame for every framework to re-render, then every read-back in one pass.
  await (secondPass || dialogNotes.length ? nextFrame() : frameAfterWrites);
  await batch.settle();
  // A box the page took away before it was written, whose question a revealed box asks in its place
  // (the range 至今 swapped for a lone start month): that box answered it, so the first is no failure.
  const question = (f: FieldDescription) => `${standing.get(f)?.cls?.key}#${standing.get(f)?.entry}`;
  const answered = new Set(
    results.filter(([f, r]) => revealedFields.has(f) && r.status === 'filled').map(([f]) => question(f)),
  );
  for (const row of results) {
    const [f, r] = row;
    if (r.status !== 'failed' || f.el.isConnected || !answered.has(question(f))) continue;
    row[1] = { ...r, status: 'skipped', reason: 'the page replaced this box with another, filled instead' };
  }
  for (const [field, report] of results) {
    const driver = driverFor(field, drivers);
    recheck(field, report, driver);
    // A box that did not keep what was written may show a mangled part of it: put back what it held.
    if (report.status === 'failed' && driver.shows === 'text' && (await restoreBeforeFill(field)))
      report.reason = `${report.reason}; put back what the box held before`;
    markRequiredEmpty(field, report, driver);
    markOpenQuestion(field, report, standing.get(field)?.cls, CONFIDENCE_BAR);
  }
  sealSnapshot();
  if (opts.marks !== false) markReport(results, drivers);
  // What the user types next into the questions left empty may be remembered (only once confirmed).
  const mayLearn = (f: FieldDescription) => {
    const own = standing.get(f);
    const key = own?.cls?.key;
    return (!key || isAnswerKey(key)) && !own?.aside && !own?.locked;
  };
  watchLeftEmpty(
    results.map(([f]) => f),
    mayLearn,
    drivers,
    lang,
  );
  const reports = [
    ...(cards?.notes ?? []),
    ...blocks.notes,
    ...attach.reports,
    ...(lists?.notes ?? []),
    ...results.map(([, r]) => maskSecretReport(r)),
  ];
  const siteNotes = [
    ...(adapter?.own?.parsesResume ? [adapter.own.parsesResume] : []),
    ...(cards?.siteNotes ?? []),
    ...dialogNotes,
  ];
  return {
    url: doc.location?.href ?? doc.URL,
    adapter: adapter?.id ?? 'generic',
    lang,
    durationMs: Math.round(performance.now() - started),
    fields: reports,
    counts: countStatuses(reports),
    selectorMisses: [...latest.misses, ...addMisses],
    ...(siteNotes.length > 0 && { siteNotes }),
  };
}

function setAside(field: FieldDescription, reason: string): FieldReport {
  return { label: field.label, status: 'skipped', reason, selector: cssPath(field.el) };
}

function isCountryCode(c: Classification | undefined): boolean {
  return !!c && c.key === 'phone.countryCode' && c.confidence >= CONFIDENCE_BAR;
}
