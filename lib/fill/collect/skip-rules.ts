// Controls that must never be filled even though they are visible: disabled ones, ones inside inert
// subtrees or inside our own UI, and one-time codes / captchas. aria-hidden alone is no reason: it hides
// from a screen reader, not from the eye (a modal a page forgot to un-hide, a root hidden behind an open
// dialog); a field a person cannot see is caught by the visibility and hit tests, which judge the drawing.
import { classOf, composedParent, OWN_UI_ATTR } from '~/lib/fill/describe/dom';

/** Answers "is anything above this element inert or ours?", remembering every ancestor. */
export function createAncestorBlock(): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const blocked = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const own = el.hasAttribute('inert') || el.hasAttribute(OWN_UI_ATTR);
    const parent = composedParent(el);
    const verdict = own || (parent ? blocked(parent) : false);
    memo.set(el, verdict);
    return verdict;
  };
  return blocked;
}

const DISABLED_CLASS = /(^|\s)(is-disabled|[\w-]*[-_]disabled)(\s|$)/;

export function isDisabled(el: Element, target: Element): boolean {
  if ((el as HTMLInputElement).disabled || el.matches(':disabled') || el.closest('fieldset[disabled]'))
    return true;
  for (const node of target === el ? [el] : [el, target]) {
    if (node.getAttribute('aria-disabled') === 'true' || DISABLED_CLASS.test(classOf(node))) return true;
  }
  return false;
}

const CODE_WORDS =
  /captcha|验证码|校验码|动态码|动态密码|短信码|\botp\b|one[\s-]?time|verification\s*code|verify\s*code|security\s*code/i;
/** A phone field's placeholder may mention the code it will receive: '用于接收验证码'. */
const ABOUT_RECEIVING = /接收|发送|获取|用于|receive|send/i;

/** `attrs`: the name and id already split into words. */
export function isOneTimeCode(el: Element, label: string, attrs: string): boolean {
  if ((el.getAttribute('autocomplete') ?? '').toLowerCase().includes('one-time-code')) return true;
  if (CODE_WORDS.test(attrs) || /\b(captcha|verify ?code|sms ?code|vcode)\b/.test(attrs)) return true;
  const text = label || (el.getAttribute('placeholder') ?? '');
  return CODE_WORDS.test(text) && !ABOUT_RECEIVING.test(text);
}
