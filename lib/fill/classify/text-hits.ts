// Which rows of the tables match a text, remembered per text: a form repeats the same labels and
// placeholders (education #1 and #2, '请输入' everywhere), and a 400-field form would otherwise run every
// pattern thousands of times. Chinese rows only look at texts with Chinese in them, English rows at texts
// with Latin letters.
import { hasCjk } from '~/lib/fill/describe/text';
import type { DenyRule, Rule, RuleTable } from './rule-types';
import { RULES_INTL } from './rules-intl';
import { TABLES } from './section-context';

const ALL: readonly RuleTable[] = [...TABLES, RULES_INTL];

export interface RuleHit {
  table: RuleTable;
  index: number;
  rule: Rule;
}

export interface DenyHit {
  lang: RuleTable['lang'];
  index: number;
  rule: DenyRule;
}

const MAX_REMEMBERED = 4000;
const ruleMemo = new Map<string, RuleHit[]>();
const denyMemo = new Map<string, DenyHit | null>();

function remember<T>(memo: Map<string, T>, key: string, make: () => T): T {
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  const value = make();
  memo.set(key, value);
  return value;
}

function tablesFor(text: string, attr: boolean): readonly RuleTable[] {
  if (attr) return ALL;
  const cjk = hasCjk(text);
  const latin = /[a-z]/.test(text);
  return ALL.filter((t) => (t.lang === 'zh' ? cjk : t.lang === 'en' ? latin : true));
}

function vetoed(rule: Rule, text: string): boolean {
  if (!rule.not) return false;
  return rule.not instanceof RegExp ? rule.not.test(text) : rule.not.some((p) => p.test(text));
}

/** Rows whose label (or, for name/id words, attr) pattern matches and whose `not` does not. */
export function ruleHits(text: string, attr: boolean): RuleHit[] {
  return remember(ruleMemo, `${attr ? 'a' : 'l'}\u0000${text}`, () => {
    const hits: RuleHit[] = [];
    for (const table of tablesFor(text, attr)) {
      table.rules.forEach((rule, index) => {
        const pattern = attr ? rule.attr : rule.label;
        if (!attr && rule.labelNeeds && !rule.labelNeeds.some((w) => text.includes(w))) return;
        if (pattern?.test(text) && !vetoed(rule, text)) hits.push({ table, index, rule });
      });
    }
    return hits;
  });
}

/**
 * The first deny row that fires on this text. 'full': `strong` rows on the whole label; 'main': the other
 * rows on the label without its notes; 'attr-strong' / 'attr': the strong / other `attr` rows on name/id words.
 */
export function denyHit(text: string, mode: 'main' | 'full' | 'attr-strong' | 'attr'): DenyHit | null {
  return remember(denyMemo, `${mode}\u0000${text}`, () => {
    for (const table of tablesFor(text, false)) {
      for (let index = 0; index < table.deny.length; index++) {
        const rule = table.deny[index]!;
        if (mode === 'full' && !rule.strong) continue;
        if (mode === 'main' && rule.strong) continue;
        if ((mode === 'attr' || mode === 'attr-strong') && !rule.attr) continue;
        if (mode === 'attr-strong' && !rule.strong) continue;
        if (mode === 'attr' && rule.strong) continue;
        if (rule.pattern.test(text) && !rule.unless?.test(text)) return { lang: table.lang, index, rule };
      }
    }
    return null;
  });
}

/** Words that say a box searches the site rather than asking about the person, in the languages we read. */
export const SEARCH_WORDS = /search|搜索|查找|recherch|suche|buscar|cerca|\bkeres\b|căutare|поиск/i;
