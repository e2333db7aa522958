// Walks the tree once and returns recognised controls in document order, radios already merged into one
// group per question (by role=radiogroup container, else by name within the form, else by parent). Radio
// groups drawn without any radio input (ARIA role=radio items, or a `*radio-group` container of `*radio*`
// items, as component libraries that render their own radios do) are one group per container.
import { classOf, commonAncestor } from '~/lib/fill/describe/dom';
import { countControls } from '~/lib/fill/describe/control-count';
import { recogniseControl, type Recognised } from './recognise-control';
import { walkElements } from './walk-elements';

export interface RadioGroup {
  /** The radiogroup element, or the radios' common ancestor. */
  container: HTMLElement;
  /** True when `container` is an explicit [role=radiogroup] or a radio-group component. */
  explicit: boolean;
  /** Radio inputs, or for a group drawn without inputs, its option elements. */
  radios: HTMLElement[];
}

/** A radio-group component's class: `phoenix-radio-group`, `radioGroup` (not `radio-group__item`). */
const GROUP_CLASS = /(^|\s)[\w-]*radio-?group(\s|$)/i;
const ITEM_CLASS = /radio/i;

/**
 * The option elements of a radio group that has no radio input: its role=radio items, else the children
 * (or a lone wrapper's children) whose class names a radio. Null when `node` is no such group.
 */
export function inputlessRadios(node: Element): HTMLElement[] | null {
  const isGroup = node.getAttribute('role') === 'radiogroup' || GROUP_CLASS.test(classOf(node));
  if (!isGroup || node.querySelector('input[type=radio]')) return null;
  const byRole = [...node.querySelectorAll<HTMLElement>('[role=radio]')];
  if (byRole.length >= 2) return byRole;
  let items = [...node.children];
  if (items.length === 1) items = [...items[0]!.children];
  const radios = items.filter(
    (c): c is HTMLElement => c instanceof HTMLElement && ITEM_CLASS.test(classOf(c)),
  );
  return radios.length >= 2 ? radios : null;
}

export type Candidate = { kind: 'control'; rec: Recognised } | { kind: 'radios'; group: RadioGroup };

type Scope = Node;

function groupKey(radio: HTMLInputElement): [Scope, string] {
  const explicit = radio.closest('[role=radiogroup]');
  if (explicit) return [explicit, ''];
  const name = radio.getAttribute('name');
  if (name) return [radio.form ?? radio.getRootNode(), name];
  return [(radio.closest('label') ?? radio).parentElement ?? radio, ''];
}

/**
 * The radios' common ancestor, unless it also holds other questions (radios laid out flat in a form);
 * then the first radio's own label stands for the group.
 */
function finishGroup(group: RadioGroup): void {
  if (group.explicit) return;
  const first = group.radios[0]! as HTMLInputElement;
  let container: Element | null = first;
  for (const radio of group.radios.slice(1)) container = container && commonAncestor(container, radio);
  if (!container || container === first || countControls(container) > group.radios.length) {
    container = first.closest('label') ?? first;
  }
  group.container = container as HTMLElement;
}

/** What the generic rules do not recognise: a site adapter's own controls (lib/fill/adapt/pin-fields.ts). */
export interface ExtraRecogniser {
  /** Every element that may be one. */
  selector: string;
  recognise(el: Element): Recognised | null;
}

export function gatherCandidates(root: Document | ShadowRoot, extra?: ExtraRecogniser): Candidate[] {
  const out: Candidate[] = [];
  const groups = new Map<Scope, Map<string, RadioGroup>>();
  const seen = new Set<Element>();
  const visitGroup = (node: Element) => {
    const radios = inputlessRadios(node);
    if (!radios || seen.has(node)) return false;
    seen.add(node);
    out.push({ kind: 'radios', group: { container: node as HTMLElement, explicit: true, radios } });
    return true;
  };
  const siteOwn: Element[] = [];
  const visit = (node: Element): void => {
    if (visitGroup(node)) return;
    // The site's own controls first: its day_info input sits in an input box the generic rules would
    // take for a select.
    let rec = extra?.recognise(node) ?? null;
    if (rec) siteOwn.push(rec.el);
    else rec = recogniseControl(node);
    if (!rec) return;
    if (rec.widget !== 'radio') {
      out.push({ kind: 'control', rec });
      return;
    }
    const radio = rec.el as HTMLInputElement;
    const [scope, name] = groupKey(radio);
    let byName = groups.get(scope);
    if (!byName) groups.set(scope, (byName = new Map()));
    const existing = byName.get(name);
    if (existing) {
      existing.radios.push(radio);
      return;
    }
    const explicit = scope.nodeType === 1 && (scope as Element).getAttribute('role') === 'radiogroup';
    const group: RadioGroup = {
      container: (explicit ? scope : radio) as HTMLElement,
      explicit,
      radios: [radio],
    };
    byName.set(name, group);
    out.push({ kind: 'radios', group });
  };
  walkElements(root, visit, extra?.selector);
  for (const c of out) if (c.kind === 'radios') finishGroup(c.group);
  // A site's own control carries its own inputs (a yes/no button pair's hidden checkbox), and the box a
  // library draws for a <select> its own combobox (select2 4): they are parts of it, written through its
  // driver, never fields of their own.
  for (const c of out) {
    if (c.kind === 'control' && c.rec.widget === 'select' && c.rec.target !== c.rec.el)
      siteOwn.push(c.rec.target);
  }
  if (!siteOwn.length) return out;
  const inside = (el: Element) => siteOwn.some((s) => s !== el && s.contains(el));
  return out.filter((c) => (c.kind === 'control' ? !inside(c.rec.el) : !c.group.radios.every(inside)));
}
