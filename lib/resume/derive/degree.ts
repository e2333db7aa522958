import type { DegreeLevel, StudyMode } from '~/lib/resume/types';

// Kept free of heavy imports: overrides.ts (loaded by the content script's storage reads) uses it.
// Order matters: 博士研究生 is a doctorate, 硕士研究生 a master, EMBA an MBA before "MA" could match.
const DEGREE_WORDS: [DegreeLevel, RegExp][] = [
  ['doctorate', /博士|\bPh\.?\s?D\b|\bD\.?Phil\b|\bDoctor(?:ate|al)?\b/i],
  ['mba', /\bE?MBA\b|工商管理硕士/],
  ['master', /硕士|研究生|\bmaster(?:'s)?\b|\bm\.?sc\b|\bm\.?eng\b|\bm\.?phil\b/i],
  // Two-letter abbreviations only in capitals, so 'ms' or 'ba' inside ordinary text never match.
  ['master', /\bM\.S\.|\bM\.A\.|\bMS\b|\bMA\b/],
  ['bachelor', /本科|学士|专升本|\bbachelor(?:'s)?\b|\bb\.?sc\b|\bb\.?eng\b|\bundergraduate\b/i],
  ['bachelor', /\bB\.S\.|\bB\.A\.|\bBS\b|\bBA\b/],
  ['associate', /大专|专科|高职|\bassociate(?:'s)?\b/i],
  ['highschool', /高中|\bhigh school\b/i],
];

const MODE_WORDS: [StudyMode, RegExp][] = [
  ['part-time', /非全日制|在职|\bpart[\s-]?time\b/i],
  ['full-time', /全日制|\bfull[\s-]?time\b/i],
];

const LEVELS: readonly DegreeLevel[] = ['highschool', 'associate', 'bachelor', 'master', 'mba', 'doctorate'];

export function detectDegree(text: string): DegreeLevel | undefined {
  return DEGREE_WORDS.find(([, re]) => re.test(text))?.[0];
}

export function detectStudyMode(text: string): StudyMode | undefined {
  return MODE_WORDS.find(([, re]) => re.test(text))?.[0];
}

/** A DegreeLevel as written ('master') or any word the résumé itself may use ('硕士', 'MSc'). */
export function toDegreeLevel(value: string): DegreeLevel | undefined {
  const v = value.trim();
  return (LEVELS as readonly string[]).includes(v) ? (v as DegreeLevel) : detectDegree(v);
}

export function toStudyMode(value: string): StudyMode | undefined {
  const v = value.trim();
  return v === 'full-time' || v === 'part-time' ? v : detectStudyMode(v);
}
