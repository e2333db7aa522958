// Whether a phone box already carries the country code beside it ('+86' addon, a dial-code select), in
// which case it wants the national number only.

const DIAL_CODE = /\+\s?\d{1,4}(?!\d)/;

/** Whether a box's text starts with a dial code ('+1', '+86 138…'): react-phone-input-2 holds it there. */
export function startsWithDialCode(text: string): boolean {
  return /^\+\s?\d{1,4}\b/.test(text);
}

function shortText(el: Element): string {
  const t = el.textContent ?? '';
  return t.length <= 40 ? t : '';
}

/** The digits of the dial code in `text` ('+49' → '49'), or undefined. */
function codeIn(text: string): string | undefined {
  return DIAL_CODE.exec(text)?.[0].replace(/\D/g, '');
}

function selectDialCode(root: Element): string | undefined {
  for (const s of root.querySelectorAll('select')) {
    const code = codeIn(s.options[s.selectedIndex]?.textContent ?? '');
    if (code) return code;
  }
  return undefined;
}

const DIAL_CODE_ONLY = /^\+?\s?\d{1,4}$/;

/**
 * A country picker drawn before the box in its row: a small box holding only a dial code ('+1', '380'),
 * or a leaf showing one ('+62' in an intl-tel-input flag button, in its country list).
 */
function dialCodeBefore(root: Element, input: Element): string | undefined {
  const before = (el: Element) => !!(el.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING);
  for (const box of root.querySelectorAll('input')) {
    const v = box.value.trim();
    // '12' may be a house number; '+1', or digits in a read-only or tel box, is a dial code.
    const code = v.includes('+') || box.readOnly || box.type === 'tel';
    if (box !== input && code && before(box) && DIAL_CODE_ONLY.test(v)) return v.replace(/\D/g, '');
  }
  for (const el of root.querySelectorAll('span,div,p,li,button')) {
    const t = el.childElementCount === 0 ? (el.textContent ?? '').trim() : '';
    if (t.includes('+') && DIAL_CODE_ONLY.test(t) && before(el)) return t.replace(/\D/g, '');
  }
  return undefined;
}

/** Whether a phone box already carries a dial code beside it ('+86' addon, a dial-code select). */
export function hasDialCodeAddon(input: Element): boolean {
  return dialCodeAddon(input) !== undefined;
}

/** The digits of the dial code shown beside a phone box, if any. */
function dialCodeAddon(input: Element): string | undefined {
  const prev = input.previousElementSibling;
  const own = prev && codeIn(shortText(prev));
  if (own) return own;
  let node: Element | null = input.parentElement;
  let row: Element | null = null;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const code = codeIn(shortText(node)) ?? selectDialCode(node);
    if (code) return code;
    row = node;
  }
  // One scan of the outermost of those wrappers sees everything the inner ones hold.
  return row ? dialCodeBefore(row, input) : undefined;
}
