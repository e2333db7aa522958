// Negative phrases win over every positive rule: a phone box that says 紧急联系人 or 'Referrer' is not the
// applicant's phone, whatever else it says.
import type { FieldDescription } from '~/lib/fill/types';
import { foldForMatch } from '~/lib/fill/describe/text';
import { denyHit, type DenyHit } from './text-hits';

export type { DenyHit };

/** '姓名（与身份证一致）' → '姓名': notes in brackets instruct, they do not name the field. */
function withoutNotes(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, ' ').trim() || text;
}

export function findDeny(field: FieldDescription): DenyHit | undefined {
  const { hints } = field;
  // The placeholder only speaks for the field when nothing else names it: '请输入与身份证一致的姓名'.
  const own = field.label || hints.ariaLabel ? undefined : hints.placeholder;
  for (const raw of [field.label, hints.groupLabel, hints.ariaLabel, own]) {
    if (!raw) continue;
    const full = foldForMatch(raw);
    const hit = denyHit(full, 'full') ?? denyHit(withoutNotes(full), 'main');
    if (hit) return hit;
  }
  for (const attr of [hints.name, hints.id]) {
    const hit = attr ? denyHit(attr, 'attr') : null;
    if (hit) return hit;
  }
  return undefined;
}
