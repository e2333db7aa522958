// Negative phrases win over every positive rule: a phone box that says 紧急联系人 or 'Referrer' is not the
// applicant's phone, whatever else it says.
//
// Name and id words are weaker evidence than what the user reads: checkout forms namespace every field
// ('dwfrm_billing_address_firstName', 'shipping-address-phone'), so an address word at the front of an
// attribute says where the field sits, not what it is. Only the last words of an attribute (what the
// author named the field) carry the weak denies; the strong ones (other people, codes) count anywhere.
import type { FieldDescription } from '~/lib/fill/types';
import { foldForMatch } from '~/lib/fill/describe/text';
import { denyHit, type DenyHit as TextDenyHit } from './text-hits';

export interface DenyHit extends TextDenyHit {
  /** What fired: the visible label (and its group / aria-label), or the name/id words. */
  source: 'label' | 'attr';
  /** A strong row: never overruled by an autocomplete token or a clear label. */
  strong: boolean;
  /** Which text it fired on: the field's own label, or words around it (group, aria-label, placeholder). */
  from?: 'label' | 'group' | 'aria' | 'placeholder';
}

/** '姓名（与身份证一致）' → '姓名': notes in brackets instruct, they do not name the field. */
function withoutNotes(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, ' ').trim() || text;
}

/** The words an author gave the field itself: 'dwfrm billing address first name' → 'first name'. */
function tailWords(attr: string, count = 2): string {
  return attr.split(' ').slice(-count).join(' ');
}

function hitOf(hit: TextDenyHit | null, source: DenyHit['source']): DenyHit | undefined {
  return hit ? { ...hit, source, strong: !!hit.rule.strong } : undefined;
}

/** A deny row on what the user reads: the label, the question around the box, aria-label, a lone placeholder. */
export function findLabelDeny(field: FieldDescription): DenyHit | undefined {
  const { hints } = field;
  // The placeholder only speaks for the field when nothing else names it: '请输入与身份证一致的姓名'.
  const own = field.label || hints.ariaLabel ? undefined : hints.placeholder;
  const texts = [
    [field.label, 'label'],
    [hints.groupLabel, 'group'],
    [hints.ariaLabel, 'aria'],
    [own, 'placeholder'],
  ] as const;
  for (const [raw, from] of texts) {
    if (!raw) continue;
    const full = foldForMatch(raw);
    const hit = denyHit(full, 'full') ?? denyHit(withoutNotes(full), 'main');
    if (hit) return { ...hitOf(hit, 'label')!, from };
  }
  return undefined;
}

/** A deny row on the name/id words: strong rows anywhere in them, the others on their last words. */
export function findAttrDeny(field: FieldDescription): DenyHit | undefined {
  for (const attr of [field.hints.name, field.hints.id]) {
    if (!attr) continue;
    const hit = denyHit(attr, 'attr-strong') ?? denyHit(tailWords(attr), 'attr');
    if (hit) return hitOf(hit, 'attr');
  }
  return undefined;
}

export function findDeny(field: FieldDescription): DenyHit | undefined {
  return findLabelDeny(field) ?? findAttrDeny(field);
}
