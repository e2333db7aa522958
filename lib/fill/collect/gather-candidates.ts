// Walks the tree once and returns recognised controls in document order, radios already merged into one
// group per question (by role=radiogroup container, else by name within the form, else by parent).
import { commonAncestor } from '~/lib/fill/describe/dom';
import { countControls } from '~/lib/fill/describe/control-count';
import { recogniseControl, type Recognised } from './recognise-control';
import { walkElements } from './walk-elements';

export interface RadioGroup {
  /** The radiogroup element, or the radios' common ancestor. */
  container: HTMLElement;
  /** True when `container` is an explicit [role=radiogroup]. */
  explicit: boolean;
  radios: HTMLInputElement[];
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
  const first = group.radios[0]!;
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
  const visit = (node: Element): void => {
    const rec = recogniseControl(node) ?? extra?.recognise(node) ?? null;
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
  return out;
}
