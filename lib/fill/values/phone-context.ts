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

export function hasDialCodeAddon(input: Element): boolean {
  const prev = input.previousElementSibling;
  if (prev && DIAL_CODE.test(shortText(prev))) return true;
  let node: Element | null = input.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (DIAL_CODE.test(shortText(node)) || selectShowsDialCode(node)) return true;
  }
  return false;
}
