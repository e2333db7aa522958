// Stage 3 of the fill engine: which résumé fact a field asks for, how sure we are, and why. Order of
// trust: other-people sections and negative phrases (never filled) → autocomplete → type=email → the
// rule tables over label, name/id, placeholder, aria-label → the option list. classifyFields then runs the
// context passes (pairs, splits, entries) over the whole form.
//
// Names on English pages: 'First name' is classified name.given (not name.latinGiven) because the
// renderer writes the romanized name on English pages anyway. On a Chinese page an English-only name
// label ('First Name', 'English name') is the latin key: there it asks for the pinyin, not 思远.
import { TIER_QUESTION, type Classification, type FieldDescription, type FieldKey } from '~/lib/fill/types';
import { foldForMatch, hasCjk, splitWords } from '~/lib/fill/describe/text';
import { fromAutocomplete } from './autocomplete-map';
import { runContextPasses } from './context-passes';
import { findAttrDeny, findLabelDeny } from './deny';
import { assignEntries } from './assign-entries';
import { inferEntrySection } from './infer-section';
import { matchRules, type RuleMatch } from './match-rules';
import { ruleHits, SEARCH_WORDS } from './text-hits';
import { detectOptionSet } from './option-sets';
import type { SectionContext } from './rule-types';
import { DEGREE } from './rule-keys';
import { keyAllowedIn, OTHER_PEOPLE, resolveKey, sectionContext } from './section-context';
import { isDateKey, partOfField } from './value-part';
import { fitsWidget } from './widget-fit';

/** Below this a field is left alone (reported as uncertain by the caller, never written blindly). */
export const CONFIDENCE_BAR = 0.6;

type Draft = Omit<RuleMatch, 'table' | 'text' | 'source'> &
  Partial<Pick<RuleMatch, 'table' | 'text' | 'source'>>;

/** Which contact fact a key is, for telling signals that disagree apart. */
function contactGroup(key: FieldKey): string | undefined {
  if (key === 'email') return 'email';
  if (key.startsWith('phone')) return 'phone';
  if (key.startsWith('name.')) return /given/i.test(key) ? 'given' : /family/i.test(key) ? 'family' : 'full';
  return undefined;
}

function agree(a: string, b: string): boolean {
  return a === b || a === 'full' || b === 'full';
}

/**
 * The label says one contact fact and the placeholder or aria-label another ('First Name' over a box
 * whose placeholder reads 'Email Address'), or one label names two ('Телефон E-mail', 'Email or phone'):
 * the box is left alone rather than guessed.
 */
function signalsDisagree(field: FieldDescription, key: FieldKey): boolean {
  const group = contactGroup(key);
  if (!group) return false;
  const { hints } = field;
  for (const raw of [field.label, hints.placeholder, hints.ariaLabel]) {
    if (!raw) continue;
    for (const { rule } of ruleHits(foldForMatch(raw), false)) {
      if (typeof rule.key !== 'string' || rule.score < 0.85) continue;
      const other = contactGroup(rule.key);
      if (other && !agree(group, other)) return true;
    }
  }
  return false;
}

/** A bare 'Name' box whose id says it belongs to a payment card form is the card holder's. */
function onPaymentCard(field: FieldDescription): boolean {
  const words = splitWords(`${field.hints.id ?? ''} ${field.hints.name ?? ''}`);
  // 'payment address name', 'credit card billing address first name', 'payment firstname': the payer's
  // address, not the name printed on a card.
  if (/\baddress\b/.test(words)) return false;
  if (/\b(card|cc)\b/.test(words)) return true;
  return /\bpayment\b/.test(words) && !/\b(first ?name|last ?name|firstname|lastname)\b/.test(words);
}

/** Words of a payment card, in a label or a section title ('Credit Card', 'Karte', 'Titolare carta'). */
const CARD_WORDS = /\b(credit|debit|cards?|carte|karte|tarjeta|carta|kaart|karta|kort|kártya)\b|卡|カード/i;

/**
 * Checkout templates put cc-given-name / cc-family-name on the billing address's name boxes ('First
 * name' under 'Invoice address'): there the label, not the token, says what the box is. A card's own
 * section, label or name/id words keep the token's veto.
 */
function billingNameAsCardName(field: FieldDescription): boolean {
  const token = field.hints.autocomplete?.trim().toLowerCase().split(/\s+/).pop();
  if (token !== 'cc-given-name' && token !== 'cc-family-name') return false;
  return !CARD_WORDS.test(`${field.sectionHeading ?? ''} ${field.label}`) && !onPaymentCard(field);
}

const TIER_WORD = /985|211|双一流/;

/** A box that turns what is typed into tags (飞书's ud__tag-input, bootstrap-tagsinput, el-input-tag). */
const TAG_INPUT =
  '[class*="tag-input"],[class*="tags-input"],[class*="taginput"],[class*="tagsinput"],[class*="TagInput"],[class*="input-tag"]';

const JOB_KEYS = /^(currentCompany|currentTitle|experience\.(company|title))$/;

/** The label itself says company or job title (or says nothing the tables know). */
function labelAgrees(
  field: FieldDescription,
  ctx: SectionContext | undefined,
  inferred: () => SectionContext | undefined,
): boolean {
  const match = matchRules(
    { ...field, hints: { ...field.hints, name: undefined, id: undefined } },
    ctx,
    inferred,
  );
  return !!match && JOB_KEYS.test(match.key);
}

/** A match on what the user reads, strong enough to overrule a weak deny word in the name/id. */
const NO_PINYIN = /(勿|不要|不能|不可|禁止|无需|非)(填写?|使用|输入)?(汉语)?拼音|not (in )?pinyin|no pinyin/i;
const hintText = (f: FieldDescription) => `${f.label} ${f.hints.placeholder ?? ''} ${f.hints.note ?? ''}`;
const SCALE_ONLY = /^(满分|总分|分制|绩点制|(gpa )?scale|out of|max(imum)?)$/i;

function readsClearly(draft: Draft | undefined): boolean {
  return (
    !!draft &&
    (draft.source === 'label' || draft.source === 'group' || draft.source === 'aria') &&
    draft.confidence >= 0.85
  );
}

/**
 * A weak deny word around the box rather than on it: 'Billing Address First Name' as the aria-label of a
 * box labelled 'First Name', a 'Shipping address' legend over the name boxes. Checkout templates name
 * every box after its block.
 */
function surroundingsOnly(deny: { strong: boolean; from?: string }): boolean {
  return !deny.strong && (deny.from === 'group' || deny.from === 'aria');
}

/** The box's own visible label alone names a contact fact clearly. */
function ownLabelReadsClearly(field: FieldDescription): boolean {
  if (!field.label) return false;
  const own = matchRules(
    { ...field, hints: { type: field.hints.type } } as FieldDescription,
    undefined,
    () => undefined,
  );
  return !!own && own.confidence >= 0.85 && contactGroup(own.key) !== undefined;
}

/**
 * 'delivery address phone': the author's last word names the box, the address words before it name the
 * block it sits in. Only a contact fact is taken this way, and never from a box whose words say search.
 */
function attrEndsInContact(field: FieldDescription, draft: Draft | undefined): boolean {
  const group = draft && draft.source === 'attr' ? contactGroup(draft.key) : undefined;
  if (!group) return false;
  const { hints } = field;
  if ([field.label, hints.placeholder, hints.ariaLabel].some((t) => t && SEARCH_WORDS.test(t))) return false;
  return [hints.name, hints.id].some((attr) => {
    const last = attr?.split(' ').pop();
    return (
      !!last && ruleHits(last, true).some((h) => typeof h.rule.key === 'string' && h.rule.key === draft!.key)
    );
  });
}

const LATIN: Partial<Record<FieldKey, FieldKey>> = {
  'name.full': 'name.latinFull',
  'name.given': 'name.latinGiven',
  'name.family': 'name.latinFamily',
};

/** Autocomplete's organization / organization-title mean the entry's company inside a work section. */
const IN_EXPERIENCE: Partial<Record<FieldKey, FieldKey>> = {
  currentCompany: 'experience.company',
  currentTitle: 'experience.title',
};

function fromOptions(
  draft: Draft | undefined,
  field: FieldDescription,
  ctx: SectionContext | undefined,
  inferred: () => SectionContext | undefined,
): Draft | undefined {
  const set = field.options?.length ? detectOptionSet(field.options) : undefined;
  if (set === 'degree' && !draft) {
    const resolved = resolveKey(DEGREE, ctx ?? inferred());
    if (resolved && keyAllowedIn(resolved.key, ctx))
      return { key: resolved.key, confidence: 0.8, reason: 'options:degree' };
  }
  const phoneLike = !draft || draft.key === 'phone' || draft.key === 'phone.national';
  if (set === 'dial-code' && phoneLike && keyAllowedIn('phone.countryCode', ctx)) {
    return {
      key: 'phone.countryCode',
      confidence: Math.max(0.85, draft?.confidence ?? 0),
      reason: 'options:dial-code',
    };
  }
  return draft;
}

export function classifyField(field: FieldDescription, context: FieldDescription[]): Classification | null {
  if (field.widget === 'file') return null;
  const ctx = sectionContext(field.sectionHeading);
  if (ctx && OTHER_PEOPLE.has(ctx)) return null;
  const isEmail = field.hints.type === 'email';
  // A box that only takes an address ('Username' of type=email) is the applicant's email, unless its
  // words say it is someone else's.
  const labelDeny = findLabelDeny(field);
  // 'Country' over a list of '+86 China', '+1 United States': the phone's country code, not a country.
  const dialList = !!field.options?.length && detectOptionSet(field.options) === 'dial-code';
  if (
    labelDeny &&
    (labelDeny.strong ||
      !(isEmail || (dialList && /country|国家|地区/.test(labelDeny.rule.pattern.source)))) &&
    !(surroundingsOnly(labelDeny) && ownLabelReadsClearly(field))
  )
    return null;
  const attrDeny = findAttrDeny(field);
  if (attrDeny?.strong) return null;
  let guess: SectionContext | undefined | null = null;
  const inferred = () => (guess === null ? (guess = inferEntrySection(field, context)) : guess);

  const auto = fromAutocomplete(field.hints.autocomplete);
  if (auto === null && !billingNameAsCardName(field)) return null;
  let draft: Draft | undefined;
  if (auto) {
    const key = (ctx === 'experience' && IN_EXPERIENCE[auto.key]) || auto.key;
    if (!keyAllowedIn(key, ctx)) return null;
    // 'organization' is put on floors, VAT numbers and address lines by checkout templates: a label
    // that names something else wins over it.
    if (/^(currentCompany|currentTitle)$/.test(auto.key) && field.label && !labelAgrees(field, ctx, inferred))
      return null;
    draft = { key, part: auto.part, confidence: 0.98, reason: `autocomplete:${auto.token}` };
  } else if (isEmail && keyAllowedIn('email', ctx)) {
    draft = { key: 'email', confidence: 0.95, reason: 'type:email' };
  } else {
    draft = matchRules(field, ctx, inferred);
    // 'street', 'postcode' as the field's own name: only a clear label says otherwise.
    if (attrDeny && !readsClearly(draft) && !attrEndsInContact(field, draft)) return null;
    // A company is low stakes to skip and often a look-alike: a name/id saying 'company' on a box whose
    // label names something else (DIČ, NIP, 'Building Name / No.'), or a 'Company' label on a box named
    // as an address line, is left alone.
    if (draft && JOB_KEYS.test(draft.key)) {
      if (attrDeny) return null;
      const reads = field.label || field.hints.placeholder || field.hints.ariaLabel;
      if (draft.source === 'attr' && reads && !labelAgrees(field, ctx, inferred)) return null;
    }
    if (draft && signalsDisagree(field, draft.key)) return null;
    if (draft?.key.startsWith('name.') && onPaymentCard(field)) return null;
    // An English-name box whose hint asks for a chosen name ('如 Kevin，请勿填写拼音'): the résumé's
    // romanized name is the one thing it refuses.
    if (draft?.key.startsWith('name.latin') && NO_PINYIN.test(hintText(field))) return null;
    // Two boxes under one 'GPA' label, the second saying only 满分 / Scale: that one asks for the scale.
    if (draft?.key === 'education.gpa' && SCALE_ONLY.test(field.hints.placeholder?.trim() ?? ''))
      draft = { ...draft, key: 'education.gpaScale', reason: `${draft.reason}, placeholder: the scale` };
  }
  draft = fromOptions(draft, field, ctx, inferred);
  // 是否985/211 over a list of tiers (985高校 / 211高校 / 普通) asks for the tier itself.
  if (
    draft &&
    TIER_QUESTION.test(draft.key) &&
    (field.options ?? []).filter((o) => TIER_WORD.test(o.label)).length >= 2
  )
    draft = { ...draft, key: 'education.schoolTier' };
  if (!draft || !fitsWidget(draft.key, field.widget)) return null;
  // A tag input turns what is typed into one tag: the résumé's skills paragraph would become one tag.
  if (draft.key === 'skills' && field.el.closest(TAG_INPUT)) return null;

  const result: Classification = { key: draft.key, confidence: draft.confidence, reason: draft.reason };
  const latin = LATIN[draft.key];
  if (
    latin &&
    draft.table &&
    draft.table !== 'zh' &&
    field.lang === 'zh' &&
    draft.text &&
    !hasCjk(draft.text) &&
    // An English name/id under a Chinese label ('lastNameLocal' under 姓氏（本地文字）) is the page's code,
    // not an English question.
    !(draft.source === 'attr' && hasCjk(field.label))
  )
    result.key = latin;
  const part = isDateKey(result.key) ? (draft.part ?? partOfField(field)) : undefined;
  if (part) result.part = part;
  return result;
}

export function classifyFields(fields: FieldDescription[]): Map<number, Classification> {
  const out = new Map<number, Classification>();
  for (const field of fields) {
    const c = classifyField(field, fields);
    if (c) out.set(field.id, c);
  }
  runContextPasses(fields, out);
  assignEntries(fields, out);
  return out;
}
