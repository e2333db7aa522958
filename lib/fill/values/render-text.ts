// Rendered values and the text-shaped ones: what fits a box (number boxes, maxlength), lines joined for a
// textarea or a single line. Over-long text is skipped, never cut mid-sentence.
import type { FieldDescription, MatchKind } from '~/lib/fill/types';

export type Rendered =
  | {
      ok: true;
      value: string;
      match: MatchKind;
      /** Why the user should check it (lines left out). */ note?: string;
    }
  | { ok: false; reason: string };

export const ok = (value: string, match: MatchKind = 'text'): Rendered => ({ ok: true, value, match });
export const skip = (reason: string): Rendered => ({ ok: false, reason });

export function fitText(value: string, field: FieldDescription): Rendered {
  if (field.hints.type === 'number') {
    const n = /^-?\d+(?:\.\d+)?/.exec(value.trim());
    if (!n) return skip('the box takes a number');
    value = n[0];
  }
  const max = field.hints.maxLength;
  if (max && max > 0 && value.length > max)
    return skip(`too long for this box (${value.length} > ${max} characters)`);
  return ok(value);
}

export function joinLines(lines: string[], field: FieldDescription, lang: 'zh' | 'en'): string {
  if (field.widget === 'textarea' || field.widget === 'contenteditable') return lines.join('\n');
  const bare = lines.map((l) => l.trim().replace(/[；;。，,.]+$/, ''));
  return bare.join(lang === 'zh' ? '；' : '; ');
}

/** As many whole lines as the box's maxlength takes (a summary before its highlights); never a cut line. */
export function fitLines(lines: string[], field: FieldDescription, lang: 'zh' | 'en'): Rendered {
  const max = field.hints.maxLength;
  const all = joinLines(lines, field, lang);
  if (!max || max <= 0 || all.length <= max) return fitText(all, field);
  let kept = 0;
  while (kept < lines.length && joinLines(lines.slice(0, kept + 1), field, lang).length <= max) kept++;
  if (kept === 0) return skip(`too long for this box (${all.length} > ${max} characters)`);
  const rendered = fitText(joinLines(lines.slice(0, kept), field, lang), field);
  const left = lines.length - kept;
  return rendered.ok
    ? { ...rendered, note: `${left} of ${lines.length} lines left out to fit ${max} characters` }
    : rendered;
}
