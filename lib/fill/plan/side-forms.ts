// Small forms beside the application must stay empty: a site search, a lone newsletter email, a sign-in
// box. They are recognised by their shape first — how many boxes, whether a password sits beside the one
// box — and by their own words only where the shape alone is ambiguous. Anything bigger is a form the
// person is there to fill: a sign-up or checkout asking for name, email and phone, or a job site's
// "create account" step (email, password, password again), where the email is filled and the passwords,
// never collected, stay empty.
import type { Classification, FieldDescription } from '~/lib/fill/types';
import { SEARCH_WORDS as SEARCH } from '~/lib/fill/classify/text-hits';

const NEWSLETTER =
  /subscribe|newsletter|mailing list|get (new )?(jobs|roles)|job alerts?|订阅|abonn|inscri(bete|vez)|iscriviti|anmelden.*newsletter/i;
const SIGN_IN =
  /sign ?in|log ?in|登录|登陆|anmelden|einloggen|connexion|se connecter|iniciar sesi[oó]n|accedi|entrar|войти|вход/i;
const SIGN_UP =
  /sign ?up|register|registration|create (an |your )?account|注册|创建账|registrier|s'inscrire|crear cuenta/i;
const SEARCH_NAME = /^(q|query|keywords?|search\w*|s|term)$/i;
// A recruiting site's offer to hear of later jobs instead of applying now: read in the form's own title
// and buttons only, never its labels, because an application's consent box may name the same community.
const JOB_ALERTS = /talent (community|network|pool)|not ready to apply|job alerts?|人才库|职位订阅|订阅职位/i;

/** Boxes that count as the form's questions (consent checkboxes and radios do not). */
const QUESTION_WIDGETS = new Set([
  'text',
  'textarea',
  'select',
  'combobox',
  'listbox-button',
  'contenteditable',
  'native-date',
  'date-picker',
]);

function shown(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check && !check.call(el, { visibilityProperty: true, opacityProperty: true })) return false;
  const doc = el.ownerDocument;
  const laidOut = doc.documentElement.getBoundingClientRect().width > 0;
  return !laidOut || el.getClientRects().length > 0;
}

/** The words of what submits the form: its buttons, their values and labels. */
function submitWords(form: HTMLFormElement): string {
  const words = [form.id, form.getAttribute('name') ?? '', form.getAttribute('action') ?? ''];
  for (const el of form.querySelectorAll('button, input[type=submit], input[type=button], [role=button]')) {
    words.push(
      el.textContent ?? '',
      (el as HTMLInputElement).value ?? '',
      el.getAttribute('aria-label') ?? '',
    );
  }
  return words.join(' ');
}

/**
 * The title and blurb a small form sits under outside itself ('Not the right job for you? Join our talent
 * community…' above a footer's email box): the few elements before it, in its box and the box around.
 */
function leadText(form: HTMLFormElement): string {
  const words: string[] = [];
  for (let node: Element | null = form, up = 0; node && up < 2; node = node.parentElement, up++) {
    let sibling = node.previousElementSibling;
    for (let n = 0; sibling && n < 3; sibling = sibling.previousElementSibling, n++) {
      if (sibling.querySelector('input, select, textarea, form')) break;
      words.push((sibling.textContent ?? '').slice(0, 200));
    }
    if (words.length) break;
  }
  return words.join(' ');
}

/** The form's title and buttons: what it says it is for, without what it asks. */
function titleText(form: HTMLFormElement): string {
  const words = [submitWords(form), form.getAttribute('aria-label') ?? '', leadText(form)];
  for (const el of form.querySelectorAll('legend, h1, h2, h3, h4, h5, h6, [role=heading]'))
    words.push(el.textContent ?? '');
  return words.join(' ');
}

/** Everything the form says about itself: its submit words, labels, legends and headings. */
function purposeText(form: HTMLFormElement): string {
  const words = [submitWords(form), form.className.toString(), form.getAttribute('aria-label') ?? ''];
  for (const el of form.querySelectorAll('label, legend, h1, h2, h3, h4, p'))
    words.push(el.textContent ?? '');
  return words.join(' ');
}

function isSearchBox(f: FieldDescription, form: HTMLFormElement): boolean {
  if (f.hints.type === 'search' || form.getAttribute('role') === 'search' || form.closest('[role=search]'))
    return true;
  return SEARCH_NAME.test(f.el.getAttribute('name') ?? '') || SEARCH.test(f.hints.placeholder ?? '');
}

function isSearchLike(f: FieldDescription): boolean {
  return (
    f.hints.type === 'search' ||
    SEARCH_NAME.test(f.el.getAttribute('name') ?? '') ||
    SEARCH.test(`${f.hints.placeholder ?? ''} ${f.hints.ariaLabel ?? ''}`)
  );
}

function inBanner(el: Element): boolean {
  return !!el.closest('header, nav, [role=banner], [role=navigation]');
}

/**
 * A box in the page's footer with no form of its own, under words that offer job alerts or a newsletter
 * ('订阅职位更新' + 输入邮箱 + 订阅): SPAs draw it without a form, so it has no submit words to read; the
 * words are those of the few elements around it.
 */
function footerSubscription(f: FieldDescription): boolean {
  const footer = f.el.closest('footer, [role=contentinfo]');
  if (!footer || f.el.closest('form')) return false;
  let around: Element = f.el;
  for (let up = 0; up < 2 && around.parentElement && around.parentElement !== footer; up++)
    around = around.parentElement;
  const words = `${f.label} ${f.hints.placeholder ?? ''} ${(around.textContent ?? '').slice(0, 300)}`;
  return NEWSLETTER.test(words) || JOB_ALERTS.test(words) || isSearchLike(f);
}

/** What kind of side form this is, or null when it is a form to fill. */
export function sideFormKind(
  form: HTMLFormElement,
  own: FieldDescription[],
  classes: Map<number, Classification>,
  bar: number,
): 'search' | 'newsletter' | 'sign-in' | null {
  const questions = own.filter((f) => QUESTION_WIDGETS.has(f.widget));
  const passwords = [...form.querySelectorAll('input[type=password]')].filter(shown).length;
  const isEmail = (f: FieldDescription) => {
    const cls = classes.get(f.id);
    return f.hints.type === 'email' || (!!cls && cls.confidence >= bar && cls.key === 'email');
  };
  // 'Join our Talent Community' asking an email and a few interests: job alerts beside the application.
  // One that asks the person's name or phone is a registration, filled like any sign-up.
  const asksPerson = questions.some((f) => /^(name|phone)/.test(classes.get(f.id)?.key ?? ''));
  if (
    questions.length <= 4 &&
    !passwords &&
    !asksPerson &&
    questions.some(isEmail) &&
    JOB_ALERTS.test(titleText(form))
  )
    return 'newsletter';
  // A newsletter that asks a first name too ('The Grid Letter': First name, Work email, Subscribe): two
  // or three boxes, only name and email, a button that subscribes, and a form that says it is one.
  const nameOrEmail = (f: FieldDescription) => isEmail(f) || /^name\./.test(classes.get(f.id)?.key ?? '');
  if (
    questions.length >= 2 &&
    questions.length <= 3 &&
    !passwords &&
    questions.some(isEmail) &&
    questions.every(nameOrEmail) &&
    NEWSLETTER.test(submitWords(form)) &&
    NEWSLETTER.test(`${form.id} ${form.className.toString()} ${titleText(form)}`)
  )
    return 'newsletter';
  if (questions.length !== 1) return null;
  const [only] = questions as [FieldDescription];
  if (passwords >= 2) return null; // a new account: password and its confirmation
  const words = purposeText(form);
  if (SIGN_UP.test(submitWords(form))) return null;
  if (passwords === 1) return 'sign-in';
  if (isSearchBox(only, form) || SEARCH.test(submitWords(form))) return 'search';
  if (isEmail(only) && NEWSLETTER.test(words)) return 'newsletter';
  // The first step of a two-step sign-in asks for the identifier alone; its button says so.
  if (SIGN_IN.test(submitWords(form))) return 'sign-in';
  return null;
}

/** Ids of fields that sit in such a side form. */
export function sideFormFields(
  fields: FieldDescription[],
  classes: Map<number, Classification>,
  bar: number,
): Set<number> {
  const byForm = new Map<HTMLFormElement, FieldDescription[]>();
  const out = new Set<number>();
  for (const f of fields) {
    // A box in a search landmark is the site's search, form or no form; so is a search box in the site's
    // header or menu, which SPAs draw without a form ('搜索职位' beside 首页 / 社会招聘), and a footer's
    // job-alert box.
    if (f.el.closest('[role=search]') || (inBanner(f.el) && isSearchLike(f)) || footerSubscription(f))
      out.add(f.id);
    const form = f.el.closest('form');
    if (form) byForm.set(form, [...(byForm.get(form) ?? []), f]);
  }
  for (const [form, own] of byForm) {
    if (!sideFormKind(form, own, classes, bar)) continue;
    for (const f of own) out.add(f.id);
  }
  return out;
}
