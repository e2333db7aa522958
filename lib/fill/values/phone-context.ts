// Whether a phone box already carries the country code beside it ('+86' addon, a dial-code select), in
// which case it wants the national number only.

const DIAL_CODE = /\+\s?\d{1,4}(?!\d)/;

function shortText(el: Element): string {
  const t = el.textContent ?? '';
  return t.length <= 40 ? t : '';
}

function selectShowsDialCode(root: Element): boolean {
  for (const s of root.querySelectorAll('select')) {
    const text = s.options[s.selectedIndex]?.textContent ?? '';
    if (DIAL_CODE.test(text)) return true;
  }
  return false;
}

const DIAL_CODE_ONLY = /^\+?\s?\d{1,4}$/;

/**
 * A country picker drawn before the box in its row: a small box holding only a dial code ('+1', '380'),
 * or a leaf showing one ('+62' in an intl-tel-input flag button, in its country list).
 */
function dialCodeBefore(root: Element, input: Element): boolean {
  const before = (el: Element) => !!(el.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING);
  for (const box of root.querySelectorAll('input')) {
    const v = box.value.trim();
    // '12' may be a house number; '+1', or digits in a read-only or tel box, is a dial code.
    const code = v.includes('+') || box.readOnly || box.type === 'tel';
    if (box !== input && code && before(box) && DIAL_CODE_ONLY.test(v)) return true;
  }
  for (const el of root.querySelectorAll('span,div,p,li,button')) {
    const t = el.childElementCount === 0 ? (el.textContent ?? '').trim() : '';
    if (t.includes('+') && DIAL_CODE_ONLY.test(t) && before(el)) return true;
  }
  return false;
}

export function hasDialCodeAddon(input: Element): boolean {
  const prev = input.previousElementSibling;
  if (prev && DIAL_CODE.test(shortText(prev))) return true;
  let node: Element | null = input.parentElement;
  let row: Element | null = null;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (DIAL_CODE.test(shortText(node)) || selectShowsDialCode(node)) return true;
    row = node;
  }
  // One scan of the outermost of those wrappers sees everything the inner ones hold.
  return !!row && dialCodeBefore(row, input);
}
