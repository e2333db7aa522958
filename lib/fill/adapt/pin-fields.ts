// A site adapter's knowledge applied to one collected form: its pinned selectors classify the controls
// they find (ahead of the rule tables), its block and section containers correct what the generic finders
// saw, the controls the site locks are set aside, and every selector of the page's DOM generation that
// found nothing is listed, so a site that changed its markup shows "selector missed", not a silent empty.
import type {
  Classification,
  FieldDescription,
  FieldKey,
  PlacedBy,
  Section,
  SelectorMiss,
  SiteAdapter,
  SiteField,
  SiteList,
  SiteQuestions,
  SiteSelector,
} from '~/lib/fill/types';
import type { ExtraRecogniser } from '~/lib/fill/collect/gather-candidates';
import { cleanLabel, visibleText } from '~/lib/fill/describe/text';

export interface PinResult {
  /** field id → the adapter's classification, confidence 1. */
  classes: Map<number, Classification>;
  placedBy: Map<number, PlacedBy>;
  /** Fields the site fills and locks itself. */
  locked: Set<number>;
  /** Panels of a list beyond the résumé's facts: left alone, so no fact lands in two of them. */
  spare: Set<number>;
  misses: SelectorMiss[];
}

/** Whether the résumé has a value for a key (the lists give a panel only to facts it has). */
export type HasFact = (key: FieldKey) => boolean;

type Root = Document | ShadowRoot;

const SECTION_WORD: Record<'zh' | 'en', Record<Section, string>> = {
  zh: { education: '教育经历', experience: '工作经历', projects: '项目经历' },
  en: { education: 'Education', experience: 'Work experience', projects: 'Projects' },
};

function rootsOf(doc: Document, fields: FieldDescription[]): Root[] {
  const roots = new Set<Root>([doc]);
  for (const f of fields) {
    const r = f.el.getRootNode();
    if (r instanceof ShadowRoot) roots.add(r);
  }
  return [...roots];
}

/**
 * A selector may step into shadow roots: `host >>> inner` is `inner` inside the open shadow root of each
 * element `host` matches (chained for deeper roots), so a control is pinned through the element that
 * owns it (`spl-phone-field >>> select`), not by a selector that could match any root's select.
 */
export const SHADOW_STEP = '>>>';

function querySteps(root: Root, steps: string[]): Element[] {
  let found = [...root.querySelectorAll(steps[0]!)];
  for (const step of steps.slice(1))
    found = found.flatMap((host) => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll(step)] : []));
  return found;
}

function queryAll(roots: Root[], css: string): Element[] {
  const out = new Set<Element>();
  const steps = css.split(SHADOW_STEP).map((s) => s.trim());
  for (const root of roots) {
    try {
      for (const el of querySteps(root, steps)) out.add(el);
    } catch {
      // A malformed selector in an adapter is a miss, reported below; never a crashed fill.
    }
  }
  return [...out];
}

/** The title text of `el`'s nearest ancestor (or itself) that has a `title` child. */
function titleAround(el: Element, title: string): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const own = Array.from(node.children).find((c) => safeMatches(c, title));
    if (own) return cleanLabel(visibleText(own));
  }
  return '';
}

/**
 * Whether `el` sits under the question and in the section a selector's `text` names, as the adapter's
 * `questions` of that generation find them. A selector without `text` takes every element.
 */
export function answersQuestion<G extends string>(
  el: Element,
  sel: SiteSelector<G>,
  questions: SiteQuestions<G>[] | undefined,
): boolean {
  if (!sel.text) return true;
  const q = questions?.find((x) => x.dom === sel.dom);
  if (!q) return false;
  if (sel.text.question && !sel.text.question.test(titleAround(el, q.title))) return false;
  if (sel.text.section) {
    const box = safeClosest(el, q.section);
    const head = box?.querySelector(q.sectionTitle);
    if (!head || !sel.text.section.test(cleanLabel(visibleText(head)))) return false;
  }
  return true;
}

/** A selector as the report names it: its CSS, and the words it asks for when it has any. */
export function selectorName(sel: SiteSelector): string {
  const words = [
    sel.text?.section && `section ${sel.text.section}`,
    sel.text?.question && `question ${sel.text.question}`,
  ].filter(Boolean);
  return words.length ? `${sel.css} (${words.join(', ')})` : sel.css;
}

/** The elements a selector finds, kept to those under its question and section. */
function selectAll<G extends string>(
  roots: Root[],
  sel: SiteSelector<G>,
  adapter: SiteAdapter<G>,
): Element[] {
  return queryAll(roots, sel.css).filter((el) => answersQuestion(el, sel, adapter.questions));
}

/** The collected field a matched element stands for: itself, a control inside it, or its wrapper. */
function fieldFor(el: Element, fields: FieldDescription[]): FieldDescription | undefined {
  const exact = fields.find((f) => f.el === el);
  if (exact) return exact;
  const inside = fields.filter((f) => el.contains(f.el));
  if (inside.length === 1) return inside[0];
  return fields.find((f) => f.el.contains(el));
}

/** The DOM generations whose marker is on the page. */
export function activeGenerations<G extends string>(adapter: SiteAdapter<G>, roots: Root[]): Set<G> {
  const gens = Object.keys(adapter.generations) as G[];
  return new Set(gens.filter((g) => queryAll(roots, adapter.generations[g].detect).length > 0));
}

/** The list's panel controls of the page's generation, in page order (the first selector that finds any). */
export function listControls<G extends string>(
  list: SiteList<G>,
  active: Set<G>,
  roots: Root[],
): { found: Element[]; by?: SiteSelector<G>; tried: SiteSelector<G>[] } {
  const tried = ofActive(list.field, active);
  for (const by of tried) {
    const found = queryAll(roots, by.css);
    if (found.length) return { found, by, tried: [] };
  }
  return { found: [], tried };
}

/** One fact per panel: the n-th panel takes the n-th of the list's facts the résumé has. */
function pinList<G extends string>(
  list: SiteList<G>,
  adapter: SiteAdapter<G>,
  active: Set<G>,
  roots: Root[],
  fields: FieldDescription[],
  has: HasFact,
  out: PinResult,
): void {
  const facts = list.keys.filter(has);
  const { found, by, tried } = listControls(list, active, roots);
  if (!by) {
    // No panel is no sign of a redesign while the résumé has nothing for it (the panels start empty).
    if (facts.length)
      for (const sel of tried)
        out.misses.push({
          what: `${list.name} (${facts.join(', ')})`,
          selector: sel.css,
          variant: adapter.generations[sel.dom].name,
          reason: 'matched nothing',
        });
    return;
  }
  const variant = adapter.generations[by.dom].name;
  const controls = [...new Set(found.map((el) => fieldFor(el, fields)))].filter(
    (f): f is FieldDescription => !!f,
  );
  controls.forEach((f, i) => {
    const key = facts[i];
    if (!key) {
      out.spare.add(f.id);
      return;
    }
    out.classes.set(f.id, { key, confidence: 1, reason: `adapter ${adapter.id}: ${list.name} #${i + 1}` });
    out.placedBy.set(f.id, { by: 'adapter', selector: by.css, variant });
  });
}

/** Sets the widget kind of the controls the adapter knows better than the generic recognition. */
function applyWidgets<G extends string>(
  adapter: SiteAdapter<G>,
  active: Set<G>,
  roots: Root[],
  fields: FieldDescription[],
): void {
  for (const [kind, sels] of Object.entries(adapter.widgets ?? {}) as [
    FieldDescription['widget'],
    SiteSelector<G>[],
  ][]) {
    for (const sel of ofActive(sels, active))
      for (const el of queryAll(roots, sel.css)) {
        const f = fields.find((x) => x.el === el);
        if (f) f.widget = kind;
      }
  }
}

function isLocked(el: Element): boolean {
  return (
    (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && (el.readOnly || el.disabled)
  );
}

function ofActive<G extends string>(list: SiteSelector<G>[] | undefined, active: Set<G>): SiteSelector<G>[] {
  return (list ?? []).filter((s) => active.has(s.dom));
}

function pinField<G extends string>(
  spec: SiteField<G>,
  adapter: SiteAdapter<G>,
  active: Set<G>,
  roots: Root[],
  fields: FieldDescription[],
  out: PinResult,
): void {
  const selectors = ofActive(spec.selectors, active);
  const tried: SelectorMiss[] = [];
  for (const sel of selectors) {
    const found = selectAll(roots, sel, adapter)
      .map((el) => fieldFor(el, fields))
      .filter((f): f is FieldDescription => !!f);
    const unique = [...new Set(found)].slice(0, spec.firstOnly ? 1 : undefined);
    const variant = adapter.generations[sel.dom].name;
    if (!unique.length) {
      if (sel.scope && !roots.some((r) => safeQuery(r, sel.scope!))) continue;
      const hits = selectAll(roots, sel, adapter);
      // The site locked the control (an account's email shown read-only): found, with nothing to fill.
      if (hits.length && hits.every(isLocked)) continue;
      const matched = hits.length > 0;
      tried.push({
        what: spec.key,
        selector: selectorName(sel),
        variant,
        reason: matched ? 'matched only elements that are not fillable controls' : 'matched nothing',
      });
      continue;
    }
    unique.forEach((f, i) => {
      const c: Classification = {
        key: spec.key,
        confidence: 1,
        reason: `adapter ${adapter.id}: ${selectorName(sel)}`,
      };
      if (spec.part) c.part = spec.part;
      // Without a block container, the n-th match of a section field is the n-th entry.
      if (spec.key.includes('.') && /^(education|experience|projects)\./.test(spec.key) && !f.block)
        c.entry = i;
      out.classes.set(f.id, c);
      out.placedBy.set(f.id, { by: 'adapter', selector: selectorName(sel), variant });
    });
    return;
  }
  if (!spec.optional) out.misses.push(...tried);
}

/** Block and section containers the adapter names, written onto the fields before classification. */
function applyContainers<G extends string>(
  adapter: SiteAdapter<G>,
  active: Set<G>,
  fields: FieldDescription[],
): void {
  for (const section of ['education', 'experience', 'projects'] as Section[]) {
    const blocks = ofActive(adapter.blocks?.[section], active);
    const sections = ofActive(adapter.sections?.[section], active);
    for (const f of fields) {
      const block = blocks.map((s) => safeClosest(f.el, s.css)).find(Boolean);
      if (block) f.block = block;
      if (block || sections.some((s) => safeClosest(f.el, s.css)))
        f.sectionHeading ??= SECTION_WORD[f.lang][section];
    }
  }
}

/** The nearest ancestor matching `css`, out through shadow hosts (a control inside an entry's spl-input). */
function safeClosest(el: Element, css: string): Element | null {
  try {
    for (let node: Element | null = el; node;) {
      const hit = node.closest(css);
      if (hit) return hit;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return null;
  } catch {
    return null;
  }
}

export function pinFields<G extends string>(
  doc: Document,
  fields: FieldDescription[],
  adapter: SiteAdapter<G>,
  has: HasFact = () => false,
): PinResult {
  const out: PinResult = {
    classes: new Map(),
    placedBy: new Map(),
    locked: new Set(),
    spare: new Set(),
    misses: [],
  };
  const roots = rootsOf(doc, fields);
  const active = activeGenerations(adapter, roots);
  if (active.size === 0) {
    // None of the known page generations is here: either not an application form, or a redesign.
    for (const g of Object.keys(adapter.generations) as G[]) {
      const gen = adapter.generations[g];
      out.misses.push({
        what: 'page generation',
        selector: gen.detect,
        variant: gen.name,
        reason: 'no known form of this site found on the page',
      });
    }
    return out;
  }
  applyContainers(adapter, active, fields);
  applyWidgets(adapter, active, roots, fields);
  for (const spec of adapter.fields) pinField(spec, adapter, active, roots, fields, out);
  for (const list of adapter.lists ?? []) pinList(list, adapter, active, roots, fields, has, out);
  for (const sel of ofActive(adapter.own?.locked, active)) {
    for (const el of queryAll(roots, sel.css)) {
      const f = fieldFor(el, fields);
      if (f) out.locked.add(f.id);
    }
  }
  return out;
}

/**
 * The adapter's own controls of the page's generations, as a recogniser for the collector: an element a
 * control selector matches is collected as that control's widget kind. Undefined when there are none.
 */
export function siteControls<G extends string>(
  doc: Document,
  adapter: SiteAdapter<G>,
): ExtraRecogniser | undefined {
  const active = activeGenerations(adapter, [doc]);
  const controls = (adapter.controls ?? []).filter((c) => active.has(c.dom));
  if (!controls.length) return undefined;
  return {
    selector: controls.map((c) => c.css).join(','),
    recognise(el) {
      const hit = controls.find((c) => safeMatches(el, c.css));
      return hit ? { el: el as HTMLElement, widget: hit.widget, target: el } : null;
    },
  };
}

function safeQuery(root: Root, css: string): boolean {
  try {
    return !!root.querySelector(css);
  } catch {
    return false;
  }
}

function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** The adapter's selectors of an entry's delete control in a section, for the page's generation. */
export function adapterRemoveSelectors<G extends string>(
  doc: Document,
  adapter: SiteAdapter<G>,
  section: Section,
): string[] {
  return ofActive(adapter.removeButtons?.[section], activeGenerations(adapter, [doc])).map((s) => s.css);
}

/** The adapter's Add control for a section, if the page's generation has one. */
export function findAdapterAddButton<G extends string>(
  doc: Document,
  adapter: SiteAdapter<G>,
  section: Section,
): { button: HTMLElement | null; tried: SelectorMiss[] } {
  const active = activeGenerations(adapter, [doc]);
  const tried: SelectorMiss[] = [];
  for (const sel of ofActive(adapter.addButtons?.[section], active)) {
    const button = selectAll([doc], sel, adapter).find((el): el is HTMLElement => el instanceof HTMLElement);
    if (button) return { button, tried: [] };
    if (sel.scope && !doc.querySelector(sel.scope)) continue;
    tried.push({
      what: `Add button: ${section}`,
      selector: selectorName(sel),
      variant: adapter.generations[sel.dom].name,
      reason: 'matched nothing',
    });
  }
  return { button: null, tried };
}
