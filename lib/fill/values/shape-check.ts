// Whether a value fits the box it is going into, judged by what the page itself says about the box: its
// type, inputmode, pattern, and a placeholder that shows an example. A value that does not fit is not
// written: a name into a tel box, a phone into a box whose placeholder reads 'DD/MM/YYYY', a full name into
// a box that shows 'john@example.com'. The classifier decides what a field asks; this is the last check
// that the page agrees.
import type { FieldDescription, FieldKey } from '~/lib/fill/types';
import { isDateKey } from '~/lib/fill/classify/value-part';
import { detectDateTemplate } from './date-format';

const NUMBERISH = /^[+\d\s().\-/]+$/;
const LINK_KEYS = new Set<FieldKey>(['website', 'github', 'linkedin', 'profileLink']);
const EXAMPLE_EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
/** 'DD/MM/YYYY', 'jj/mm/aaaa', 'TT.MM.JJJJ', 'gg/mm/aaaa', '31/12/1990', 'MM/DD/YYYY'. */
const DATE_PLACEHOLDER =
  /\b(dd|jj|tt|gg)\s*[./-]\s*mm\b|\bmm\s*[./-]\s*(dd|jj|tt|gg)\b|\b(yyyy|aaaa|jjjj)\b|(^|\s)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}($|\s)/i;
const EXAMPLE_PHONE = /^[+\d\s().-]{7,}$/;
/** A name box asking for the name in its own writing ('Family Name (Local Script)', 中文姓名, 请填写汉字). */
const OWN_SCRIPT =
  /local script|native (script|language|characters)|original script|chinese characters|in chinese|kanji|汉字|中文/i;
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\s.'’-]*$/u;

/** The box's own pattern attribute, compiled the way the browser does (whole value, unicode), if valid. */
function patternOf(el: Element): RegExp | undefined {
  const source = el.getAttribute('pattern');
  // A bare word ('DMY' on a first-name box) is a template's leftover, not a rule: no one's name is 'DMY'.
  if (!source || /^[a-z]+$/i.test(source)) return undefined;
  try {
    return new RegExp(`^(?:${source})$`, 'u');
  } catch {
    return undefined;
  }
}

/** The digits an input-mask placeholder has room for, or undefined when it shows no mask. */
function maskSlots(placeholder: string): number | undefined {
  const text = placeholder.trim();
  // A mask spells its groups with separators: '(###) ###-####'; a bare run of digits is an example value.
  if (!/^[\s()+\-.#_xX\d]+$/.test(text) || !/[\s()\-.]/.test(text) || /\.\.|…/.test(text)) return undefined;
  // Slots are drawn as # _ x, or as one digit repeated ('(555) 555-5555'); mixed digits are an example
  // number ('1-415-555-1234'), which says nothing of how long the user's may be.
  const digits = text.replace(/\D/g, '');
  if (!/[#_xX]/.test(text) && !/^(\d)\1*$/.test(digits)) return undefined;
  const slots = (text.match(/[#_xX\d]/g) ?? []).length;
  return slots >= 7 ? slots : undefined;
}

/** Why `value` (for `key`) does not fit this text box, or undefined when it fits. */
export function misfit(value: string, field: FieldDescription, key: FieldKey): string | undefined {
  if (field.widget !== 'text') return undefined;
  const { el, hints } = field;
  if (key.startsWith('name.') && LATIN_ONLY.test(value)) {
    const says = `${field.label} ${hints.placeholder ?? ''} ${hints.note ?? ''}`;
    if (OWN_SCRIPT.test(says)) return 'the box asks for the name in its own script';
  }
  const type = hints.type ?? 'text';
  const mode = (el.getAttribute('inputmode') ?? '').toLowerCase();
  if (type === 'email' && key !== 'email') return 'an email box';
  if (
    (type === 'tel' || mode === 'tel' || mode === 'numeric' || mode === 'decimal') &&
    !NUMBERISH.test(value)
  )
    return 'the box takes a number';
  if ((type === 'url' || mode === 'url') && !LINK_KEYS.has(key)) return 'the box takes a link';
  const pattern = patternOf(el);
  if (pattern && !pattern.test(value)) return 'the value does not match the box’s pattern';
  const placeholder = hints.placeholder ?? '';
  const dated = isDateKey(key) || key.endsWith('.range') || key.startsWith('birth');
  if (placeholder && !dated && (DATE_PLACEHOLDER.test(placeholder) || detectDateTemplate(placeholder)))
    return 'the box takes a date';
  if (key !== 'email' && EXAMPLE_EMAIL.test(placeholder)) return 'the box shows an email address';
  if (key.startsWith('name.') && EXAMPLE_PHONE.test(placeholder.trim()))
    return 'the box shows a phone number';
  // '(###) ###-####', '___-___-____', '(555) 555-5555': an input mask with room for so many digits; a
  // longer number would be cut to fit (a +86 mobile became '(861) 371-2345').
  const slots = maskSlots(placeholder);
  if (slots && value.replace(/\D/g, '').length > slots) return `the box takes a ${slots}-digit number`;
  // '000' / '0000': one part of a number split over several boxes, shorter than the whole.
  const digits = /^\d{2,5}$/.exec(placeholder.trim());
  if (digits && digits[0].length < value.replace(/\D/g, '').length) return 'the box takes part of a number';
  return undefined;
}
