// Runs both rule tables over a field's text signals. Each signal has a weight (the label is trusted
// most, a placeholder least); a rule's score times the signal's weight is the confidence; the best wins,
// earlier rows winning ties.
import type { FieldDescription, FieldKey, ValuePart } from '~/lib/fill/types';
import { foldForMatch, isFragmentLabel, namePartWord } from '~/lib/fill/describe/text';
import type { Rule, RuleTable, SectionContext } from './rule-types';
import { keyAllowedIn, resolveKey, type ResolvedKey } from './section-context';
import { ruleHits, type RuleHit } from './text-hits';
import { fitsWidget } from './widget-fit';

export interface RuleMatch {
  key: FieldKey;
  part?: ValuePart;
  confidence: number;
  reason: string;
  /** Language of the table that matched (English name rows become latin keys on Chinese pages). */
  table: RuleTable['lang'];
  /** The text the rule matched. */
  text: string;
  /** Which signal matched: what the user reads (label, group, aria) or what the author wrote (attr, placeholder). */
  source: Signal['source'];
}

interface Signal {
  source: 'label' | 'group' | 'aria' | 'placeholder' | 'attr';
  text: string;
  weight: number;
}

/** A label match no weaker signal can beat (aria-label weighs 0.9, the best row scores 0.97). */
const DECISIVE = 0.88;
const SECTION_BONUS = 0.03;

function signals(field: FieldDescription): { label: Signal[]; rest: Signal[] } {
  const { hints } = field;
  const label = field.label ? foldForMatch(field.label) : '';
  const fragment = !label || isFragmentLabel(label);
  const first: Signal[] = [];
  // A part label ('Month', '至') matches nothing by itself, but 'From' / 'To' alone do mean start / end.
  if (label) first.push({ source: 'label', text: label, weight: 1 });
  const part = label ? namePartWord(label) : undefined;
  if (hints.groupLabel) {
    const group = foldForMatch(hints.groupLabel);
    // 'First' under a 'Name' question asks for the first name: the two read as one label. The question
    // alone would read as the whole name, wrong for any part ('Middle').
    if (!part) first.push({ source: 'group', text: group, weight: fragment ? 0.95 : 0.85 });
    else if (part !== 'middle' && /\bname\b/.test(group))
      first.push({ source: 'label', text: `${part} name`, weight: 1 });
  }
  const rest: Signal[] = [];
  if (hints.ariaLabel && foldForMatch(hints.ariaLabel) !== label) {
    rest.push({ source: 'aria', text: foldForMatch(hints.ariaLabel), weight: 0.9 });
  }
  if (hints.placeholder && foldForMatch(hints.placeholder) !== label) {
    rest.push({ source: 'placeholder', text: foldForMatch(hints.placeholder), weight: 0.75 });
  }
  for (const attr of [hints.name, hints.id]) if (attr) rest.push({ source: 'attr', text: attr, weight: 0.8 });
  return { label: first, rest };
}

export function ruleRef(table: RuleTable['lang'], index: number, rule: Rule): string {
  const pattern = (rule.label ?? rule.attr)?.source ?? '';
  return `${table}#${index} /${pattern.length > 40 ? pattern.slice(0, 40) + '…' : pattern}/`;
}

export function matchRules(
  field: FieldDescription,
  ctx: SectionContext | undefined,
  inferred: () => SectionContext | undefined,
): RuleMatch | undefined {
  let best: RuleMatch | undefined;
  const consider = (signal: Signal, { table, index, rule }: RuleHit) => {
    if (rule.widgets && !rule.widgets.includes(field.widget)) return;
    let resolved: ResolvedKey | undefined;
    let factor = 1;
    if ((!ctx || ctx === 'personal') && typeof rule.key !== 'string') {
      // No entry heading (none, or the form's own title '…报名表' over everything): a neighbouring
      // 学校 / 公司 says which entry this 开始时间 belongs to.
      const guess = inferred();
      resolved = guess ? resolveKey(rule.key, guess) : undefined;
      if (resolved) factor = 0.92;
    }
    resolved ??= resolveKey(rule.key, ctx);
    if (!resolved || !keyAllowedIn(resolved.key, ctx) || !fitsWidget(resolved.key, field.widget)) return;
    const confidence = Math.min(
      1,
      rule.score * signal.weight * factor + (resolved.bySection ? SECTION_BONUS : 0),
    );
    if (best && best.confidence >= confidence) return;
    best = {
      key: resolved.key,
      part: rule.part,
      confidence,
      reason: `${signal.source}:${ruleRef(table.lang, index, rule)}`,
      table: table.lang,
      text: signal.text,
      source: signal.source,
    };
  };
  const run = (list: Signal[]) => {
    for (const signal of list)
      for (const hit of ruleHits(signal.text, signal.source === 'attr')) consider(signal, hit);
  };
  const { label, rest } = signals(field);
  run(label);
  if (!best || best.confidence < DECISIVE) run(rest);
  return best;
}
