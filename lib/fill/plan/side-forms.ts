// Small forms beside the application — a newsletter signup in the footer, a login box, a site search —
// ask for an email or a name too, and must stay empty: a form with at most two résumé facts whose own
// words say what it is for is left alone.
import type { Classification, FieldDescription } from '~/lib/fill/types';

const SIDE_PURPOSE =
  /subscribe|newsletter|mailing list|get (new )?(jobs|roles)|job alerts?|订阅|sign ?in|log ?in|登录|登陆|search|搜索|comment|评论/i;

function purposeText(form: HTMLFormElement): string {
  const words = [
    form.id,
    form.getAttribute('name') ?? '',
    form.getAttribute('action') ?? '',
    form.className.toString(),
  ];
  for (const el of form.querySelectorAll('button, input[type=submit], label, legend, h1, h2, h3, h4')) {
    words.push(
      el.textContent ?? '',
      (el as HTMLInputElement).value ?? '',
      el.getAttribute('aria-label') ?? '',
    );
  }
  return words.join(' ');
}

/** Ids of fields that sit in such a side form. */
export function sideFormFields(
  fields: FieldDescription[],
  classes: Map<number, Classification>,
  bar: number,
): Set<number> {
  const byForm = new Map<HTMLFormElement, FieldDescription[]>();
  for (const f of fields) {
    const form = f.el.closest('form');
    if (form) byForm.set(form, [...(byForm.get(form) ?? []), f]);
  }
  const out = new Set<number>();
  for (const [form, own] of byForm) {
    const keys = new Set(
      own
        .map((f) => classes.get(f.id))
        .filter((c) => c && c.confidence >= bar)
        .map((c) => c!.key),
    );
    if (keys.size > 2 || !SIDE_PURPOSE.test(purposeText(form))) continue;
    for (const f of own) out.add(f.id);
  }
  return out;
}
