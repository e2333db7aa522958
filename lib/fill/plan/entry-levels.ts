// Blocks keyed by degree level: a 报名表 with one row per level (大学本科 / 硕士研究生 / 博士研究生 as row
// headers) or sections titled 本科教育经历 / 硕士阶段 / "Bachelor's degree" / "Graduate". Such a block takes
// the résumé entry of its level, whatever the résumé's order; a level the résumé lacks stays empty.
import type { DegreeLevel, Education } from '~/lib/resume/types';
import { CONTROL_SELECTOR, containsControl } from '~/lib/fill/describe/dom';
import { foldForMatch, visibleText } from '~/lib/fill/describe/text';

/**
 * A level a block can name; 'graduate' (研究生, Graduate) is a master's or a doctorate. 'first' and
 * 'highest' name a level relative to the résumé: 第一学历 is the first degree after school (a 大专 before
 * a 专升本 bachelor's), 最高学历 / 'Highest degree' the highest one; with a single degree they are the same.
 */
export type BlockLevel =
  | DegreeLevel
  | 'graduate'
  | 'first'
  | 'highest'
  | 'fulltime'
  | 'parttime'
  /** 全日制教育 × 第一学历 (the 干部任免审批表's rows): the first degree of that study mode. */
  | 'fulltime-first'
  | 'parttime-first';

/** Tried in this order, each match removed before the next: 博士研究生 is never also 研究生. */
const LEVEL_WORDS: [BlockLevel, RegExp][] = [
  ['doctorate', /博士(研究生)?|ph\.?\s?d\.?|doctor(al|ate)?|d\.?phil\.?/g],
  ['mba', /\be?mba\b|工商管理硕士/g],
  ['master', /硕士(研究生)?|master'?s?|\bm\.?sc?\.?(?=\s|$)/g],
  ['bachelor', /(大学)?本科|学士|bachelor'?s?|undergraduate|\bb\.?sc?\.?(?=\s|$)/g],
  ['associate', /(大学)?专科|大专|高职|associate'?s?/g],
  ['highschool', /高中|high school|secondary school/g],
  ['graduate', /研究生|postgraduate|graduate/g],
  ['highest', /最高|\bhighest\b/g],
  ['first', /第一|初始/g],
];

/** Words that may stand beside the level in a block's title without changing what it names. */
const FILLER =
  /教育|经历|阶段|学历|学位|信息|情况|时期|期间|就读|学习|毕业|全日制|\b(degree|education|educational|studies|study|program(me)?|level|background|information|details?|school)\b|[\s\d.:：、,，()（）[\]【】/\\\-–—·*＊'’]/g;

/**
 * A row keyed by study mode (the 干部任免审批表 layout's 全日制教育 / 在职教育 rows): the highest full-time
 * entry, and the highest entry the résumé marks part-time (none: the row stays empty).
 */
const MODE_ROW = /^(?:(全日制)|(在职|非全日制))(教育|学历|学习)?$/;

/** The levels a folded text names, and what is left of it once they are taken out. */
function levelWords(folded: string): { found: BlockLevel[]; rest: string } {
  let rest = folded;
  const found: BlockLevel[] = [];
  for (const [level, re] of LEVEL_WORDS) {
    const next = rest.replace(re, ' ');
    if (next !== rest) found.push(level);
    rest = next;
  }
  return { found, rest };
}

/** The level a title names, when naming the level is all it does ('硕士研究生', '本科阶段', 'Graduate'). */
export function levelOfTitle(text: string): BlockLevel | undefined {
  const folded = foldForMatch(text);
  if (!folded || folded.length > 24) return undefined;
  const mode = MODE_ROW.exec(folded.replace(/\s/g, ''));
  if (mode) return mode[1] ? 'fulltime' : 'parttime';
  const { found, rest } = levelWords(folded);
  return found.length === 1 && !rest.replace(FILLER, '') ? found[0] : undefined;
}

/** A level a question names only as a floor ('学历（本科及以上）', 'Bachelor's or above'): no entry's. */
const FLOOR = /以上|or (above|higher)|and above|at least|minimum/;

/**
 * The level every label of a loose entry names in its own words ('Institution where you earned your
 * highest degree', 'Field of study (highest degree)'; 'Undergraduate institution'; 本科毕业院校).
 */
export function levelOfLabels(labels: string[]): BlockLevel | undefined {
  const levels = new Set<BlockLevel>();
  for (const label of labels) {
    const folded = foldForMatch(label);
    if (!folded || FLOOR.test(folded)) return undefined;
    const { found } = levelWords(folded);
    if (found.length !== 1) return undefined;
    levels.add(found[0]!);
  }
  return levels.size === 1 ? [...levels][0] : undefined;
}

/** Which levels an entry of this degree satisfies, best first. */
const ACCEPTS: Record<BlockLevel, DegreeLevel[]> = {
  doctorate: ['doctorate'],
  mba: ['mba'],
  master: ['master', 'mba'],
  bachelor: ['bachelor'],
  associate: ['associate'],
  highschool: ['highschool'],
  graduate: ['master', 'mba', 'doctorate'],
  highest: ['doctorate', 'mba', 'master', 'bachelor', 'associate', 'highschool'],
  first: ['associate', 'bachelor', 'master', 'mba', 'doctorate'],
  fulltime: ['doctorate', 'mba', 'master', 'bachelor', 'associate', 'highschool'],
  parttime: ['doctorate', 'mba', 'master', 'bachelor', 'associate', 'highschool'],
  'fulltime-first': ['associate', 'bachelor', 'master', 'mba', 'doctorate'],
  'parttime-first': ['associate', 'bachelor', 'master', 'mba', 'doctorate'],
};
/** Levels that ask for a study mode too: an entry of the other mode is not theirs. */
const MODE: Partial<Record<BlockLevel, (e: Education) => boolean>> = {
  fulltime: (e) => e.studyMode !== 'part-time',
  parttime: (e) => e.studyMode === 'part-time',
  'fulltime-first': (e) => e.studyMode !== 'part-time',
  'parttime-first': (e) => e.studyMode === 'part-time',
};
const RELATIVE = new Set<BlockLevel>([
  'first',
  'highest',
  'fulltime',
  'parttime',
  'fulltime-first',
  'parttime-first',
]);

/**
 * What a row's keys name together: a study mode with 第一学历 is that mode's first degree, with 最高学历
 * its highest (the mode alone); a named level stands for itself.
 */
function combine(levels: BlockLevel[]): BlockLevel | undefined {
  const mode = levels.find((l) => l === 'fulltime' || l === 'parttime');
  const other = levels.find((l) => l !== 'fulltime' && l !== 'parttime');
  if (!mode || !other) return other ?? mode;
  if (other === 'first') return `${mode}-first`;
  return other === 'highest' ? mode : other;
}

/** The header cells of a table row, with those reaching down into it from rows above (rowspan). */
function rowKeyCells(row: HTMLTableRowElement): Element[] {
  const above: Element[] = [];
  let prev = row.previousElementSibling;
  for (let back = 1; prev instanceof HTMLTableRowElement && back <= 6; back++) {
    for (const cell of Array.from(prev.cells)) if (cell.rowSpan > back) above.push(cell);
    prev = prev.previousElementSibling;
  }
  return [...above, ...Array.from(row.cells)].filter((cell) => !containsControl(cell));
}
/** Named levels are given out before 'graduate', and the relative ones last. */
const rank = (level: BlockLevel) => (RELATIVE.has(level) ? 2 : level === 'graduate' ? 1 : 0);

/**
 * The level a block names: a table row's header cells, else a short text before its first control (its
 * title), else the heading every field of the block sits under.
 */
export function levelOfBlock(
  block: Element | undefined,
  headings: (string | undefined)[],
): BlockLevel | undefined {
  if (block) {
    if (block instanceof HTMLTableRowElement) {
      const levels = rowKeyCells(block).map((cell) => levelOfTitle(visibleText(cell, 40)));
      const level = combine(levels.filter((l): l is BlockLevel => !!l));
      if (level) return level;
    } else {
      for (const el of Array.from(block.querySelectorAll('*'))) {
        if (el.matches(CONTROL_SELECTOR)) break;
        if (el.childElementCount > 0 || containsControl(el)) continue;
        const level = levelOfTitle(visibleText(el, 40));
        if (level) return level;
      }
    }
  }
  const shared = new Set(headings);
  const [heading] = shared;
  return shared.size === 1 && heading ? levelOfTitle(heading) : undefined;
}

/**
 * Résumé entry per unit: units naming a level take the entry of that level (specific levels before
 * 'graduate'), or none (-1); a relative level may take an entry another unit took (a lone bachelor's is
 * both 第一学历 and 最高学历); the others take the remaining entries in the order the form asks.
 */
export function entriesByLevel(
  levels: (BlockLevel | undefined)[],
  education: Education[],
  /** The entries in the order the form asks for them (oldest first under 从高中填起); résumé order by default. */
  inOrder: number[] = education.map((_, k) => k),
): number[] {
  const used = new Set<number>();
  const out = levels.map(() => -1);
  const order = levels
    .map((level, i) => ({ level, i }))
    .filter((u): u is { level: BlockLevel; i: number } => !!u.level)
    .sort((a, b) => rank(a.level) - rank(b.level));
  for (const { level, i } of order) {
    for (const degree of ACCEPTS[level]) {
      const at = education.findIndex(
        (e, k) => (RELATIVE.has(level) || !used.has(k)) && e.degree === degree && (MODE[level]?.(e) ?? true),
      );
      if (at >= 0) {
        out[i] = at;
        used.add(at);
        break;
      }
    }
  }
  const rest = inOrder.filter((k) => !used.has(k));
  levels.forEach((level, i) => {
    if (level) return;
    out[i] = rest.shift() ?? -1;
  });
  return out;
}
