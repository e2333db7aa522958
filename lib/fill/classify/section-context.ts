// What the section a field sits in means for it: 开始时间 under 教育经历 is education.start; nothing under
// 紧急联系人 is the applicant's; 名称 under 获奖经历 is no résumé fact at all.
import type { FieldKey, Section } from '~/lib/fill/types';
import { foldForMatch } from '~/lib/fill/describe/text';
import type { KeyBySection, RuleTable, SectionContext } from './rule-types';
import { RULES_EN } from './rules-en';
import { RULES_ZH } from './rules-zh';

export const TABLES: readonly RuleTable[] = [RULES_ZH, RULES_EN];
export const ENTRY_SECTIONS: readonly Section[] = ['education', 'experience', 'projects'];

/** Sections about other people: every field there is theirs. */
export const OTHER_PEOPLE: ReadonlySet<SectionContext> = new Set(['emergency', 'reference', 'family']);

const contexts = new Map<string, SectionContext | null>();

/** Latin-script text that reads as a sentence: many words, or a verb of being. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[a-z]/.test(w));
  return words.length > 6 || (words.length > 3 && /\b(is|are|was|were|we|our)\b/.test(text));
}

export function sectionContext(heading: string | undefined): SectionContext | undefined {
  if (!heading) return undefined;
  let ctx = contexts.get(heading);
  if (ctx === undefined) {
    const text = foldForMatch(heading);
    ctx = null;
    for (const table of TABLES) ctx ??= table.sections.find((row) => row.pattern.test(text))?.context ?? null;
    // A sentence above a form ('Behind every project is a …') is a slogan, not a section title: only the
    // vetoes (other people, a checkout) still hold there.
    if (ctx && !OTHER_PEOPLE.has(ctx) && ctx !== 'payment' && isProse(text)) ctx = null;
    if (contexts.size > 500) contexts.clear();
    contexts.set(heading, ctx);
  }
  return ctx ?? undefined;
}

export function sectionOfKey(key: FieldKey): Section | undefined {
  const head = key.slice(0, key.indexOf('.')) as Section;
  return ENTRY_SECTIONS.includes(head) ? head : undefined;
}

/**
 * The applicant's own facts: never what an education / work / project entry asks. Inside an entry,
 * 'Summary' is the entry's description, 技术栈 the project's; inside a project a link is the project's.
 * (Links stay allowed under education / work: custom questions often follow those blocks unheaded.)
 */
const PERSONAL = /^(name\.|email$|phone|birth|wechat$|location$|selfIntro$|skills$)/;
const PROJECT_LINKS = /^(website|github|linkedin|profileLink)$/;
/** What an awards / certificates / activities section may still ask for. */
const OTHER_ENTRY_OK = new Set<FieldKey>([
  'website',
  'github',
  'linkedin',
  'profileLink',
  'wechat',
  'skills',
  'selfIntro',
]);
/** 期望城市, 期望职位: wishes, not facts. */
const INTENT_DENIED = new Set<FieldKey>(['location', 'currentCompany', 'currentTitle', 'yearsOfExperience']);

/** What a checkout's billing / shipping part may still take: the person's own name and contact. */
const PAYMENT_OK = /^(name\.|email$|phone)/;

export function keyAllowedIn(key: FieldKey, ctx: SectionContext | undefined): boolean {
  if (!ctx || ctx === 'personal' || ctx === 'posting') return true;
  if (ctx === 'payment') return PAYMENT_OK.test(key);
  // The name asked under a statement the applicant signs is their signature: theirs to give.
  if (ctx === 'declaration') return !key.startsWith('name.');
  if (OTHER_PEOPLE.has(ctx)) return false;
  if (ctx === 'other-entry') return OTHER_ENTRY_OK.has(key);
  if (ctx === 'intent') return !INTENT_DENIED.has(key) && !sectionOfKey(key);
  return !PERSONAL.test(key) && !(ctx === 'projects' && PROJECT_LINKS.test(key));
}

export interface ResolvedKey {
  key: FieldKey;
  /** The section heading chose the key (so it outranks a section-blind row with the same words). */
  bySection: boolean;
}

export function resolveKey(
  key: FieldKey | KeyBySection,
  ctx: SectionContext | undefined,
): ResolvedKey | undefined {
  if (typeof key === 'string') return { key, bySection: false };
  if (ctx && (ENTRY_SECTIONS as string[]).includes(ctx)) {
    const k = key[ctx as Section];
    return k ? { key: k, bySection: true } : undefined;
  }
  if (!ctx || ctx === 'personal' || ctx === 'payment' || ctx === 'posting')
    return key.none ? { key: key.none, bySection: false } : undefined;
  return undefined;
}
