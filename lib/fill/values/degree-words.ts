// How each degree level is written, per page language, and every other way forms spell it. The synonym
// lists are kept exact (no prefix or substring matching) so 硕士 never meets 博士 and an MBA option is
// never taken for a general master's degree.
import type { DegreeLevel } from '~/lib/resume/types';
import { normalizeText } from './normalize-text';

export const DEGREE_WORD: Record<'zh' | 'en', Record<DegreeLevel, string>> = {
  zh: {
    highschool: '高中',
    associate: '大专',
    bachelor: '本科',
    master: '硕士',
    mba: 'MBA',
    doctorate: '博士',
  },
  en: {
    highschool: 'High School',
    associate: "Associate's",
    bachelor: "Bachelor's",
    master: "Master's",
    mba: 'MBA',
    doctorate: 'Doctorate',
  },
};

/** Spellings per level; compared after normalisation (case, width, punctuation and spaces dropped). */
export const DEGREE_SYNONYMS: Record<DegreeLevel, string[]> = {
  highschool: ['高中', '普通高中', 'High School', 'High School Diploma', 'Secondary School'],
  associate: [
    '大专',
    '专科',
    '大学专科',
    '高职',
    'Associate',
    "Associate's",
    "Associate's Degree",
    'Associate Degree',
  ],
  bachelor: [
    '本科',
    '学士',
    '大学本科',
    '本科学士',
    '学士学位',
    'Bachelor',
    'Bachelors',
    "Bachelor's",
    "Bachelor's Degree",
    'Bachelor Degree',
    'Undergraduate',
    'B.S.',
    'B.Sc.',
    'B.A.',
    'B.E.',
    'B.Eng.',
  ],
  master: [
    '硕士',
    '研究生',
    '硕士研究生',
    '硕士学位',
    '研究生硕士',
    'Master',
    'Masters',
    "Master's",
    "Master's Degree",
    'Master Degree',
    'Postgraduate',
    'M.S.',
    'M.Sc.',
    'M.A.',
    'M.E.',
    'M.Eng.',
  ],
  mba: ['MBA', 'M.B.A.', 'EMBA', 'Master of Business Administration', '工商管理硕士'],
  doctorate: [
    '博士',
    '博士研究生',
    '博士学位',
    'PhD',
    'Ph.D.',
    'Doctorate',
    'Doctoral Degree',
    'Doctor of Philosophy',
    'D.Phil.',
  ],
};

/** Levels in order; an MBA is a master's. */
export const DEGREE_RANK: Record<DegreeLevel, number> = {
  highschool: 0,
  associate: 1,
  bachelor: 2,
  master: 3,
  mba: 3,
  doctorate: 4,
};

/**
 * The one degree level a question names ('…level of education: Master's Degree?', 是否具有硕士学历); none
 * when it names none or several ('a bachelor's or a master's'). Short spellings (B.S., MS) are left out:
 * they hide inside other words once spaces and points are dropped.
 */
export function levelNamedIn(text: string): DegreeLevel | undefined {
  const said = normalizeText(text);
  const found = new Set<DegreeLevel>();
  for (const [level, words] of Object.entries(DEGREE_SYNONYMS) as [DegreeLevel, string[]][]) {
    for (const word of words) {
      const w = normalizeText(word);
      const long = /[\u4e00-\u9fff]/.test(w) ? w.length >= 2 : w.length >= 4 || w === 'phd';
      if (long && said.includes(w)) found.add(level);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A degree named with its discipline: 'Master of Science (MS)' → master, science. */
export interface NamedDegree {
  level: DegreeLevel;
  /** The discipline the name gives, in lower case ('science', 'arts', 'engineering', 'computer science'). */
  area?: string;
}

// 'Doctor of …' is left out: a Doctor of Medicine or of Law is no 博士 (Doctor of Philosophy is a synonym).
const OF_DEGREE = /^(bachelor|master)s?\s+of\s+([a-z][a-z\s]*)$/;
/** Short names as lists write them, points dropped ('B.S.' → 'bs', 'M.Eng' → 'meng'). */
const SHORT_DEGREE = /^(b|m)(s|sc|a|e|eng|tech|fa)$/;
const SHORT_AREA: Record<string, string> = {
  s: 'science',
  sc: 'science',
  a: 'arts',
  e: 'engineering',
  eng: 'engineering',
  tech: 'technology',
  fa: 'fine arts',
};

function plainWords(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The area named first in 'science in management', 'fine arts', 'engineering'. */
function areaOf(rest: string): string {
  const first = /^(sciences?|arts?|engineering|technology|fine arts)\b/.exec(rest);
  if (!first) return rest;
  if (first[1].startsWith('science')) return 'science';
  if (first[1] === 'art' || first[1] === 'arts') return 'arts';
  return first[1];
}

/**
 * The level and discipline of an English degree name ('Master of Science (MS)', 'Bachelor of Arts',
 * 'B.Eng.'); null for anything else. The bracketed short name counts when the words before it say nothing.
 */
export function namedDegree(label: string): NamedDegree | null {
  const outside = label.replace(/\([^)]*\)/g, ' ');
  for (const part of [outside, ...Array.from(label.matchAll(/\(([^)]*)\)/g), (m) => m[1] ?? '')]) {
    const words = plainWords(part);
    const of = OF_DEGREE.exec(words);
    if (of) return { level: of[1] === 'bachelor' ? 'bachelor' : 'master', area: areaOf(of[2]!.trim()) };
    const short = SHORT_DEGREE.exec(words.replace(/\s+/g, ''));
    if (short) return { level: short[1] === 'b' ? 'bachelor' : 'master', area: SHORT_AREA[short[2]!] };
  }
  return null;
}

/** The broad discipline of a major, as degree names split it; undefined when the major says none. */
export function disciplineOf(major: string): 'science' | 'engineering' | 'arts' | undefined {
  const m = major.normalize('NFKC').toLowerCase();
  if (/engineer|工程|工学/.test(m)) return 'engineering';
  if (
    /scien|mathemat|physic|chemi|biolog|statistic|comput|informatic|计算机|科学|数学|物理|化学|生物|统计|理学/.test(
      m,
    )
  )
    return 'science';
  if (
    /\barts?\b|literature|histor|philosoph|linguistic|languages?\b|music|文学|历史|哲学|语言|艺术|外语/.test(
      m,
    )
  )
    return 'arts';
  return undefined;
}

/**
 * Of several options naming the wanted level ('Master of Science (MS)', 'Master of Arts (MA)'), the one
 * that fits the major: the list's plain entry ('Master's Degree') when it has exactly one, else the
 * discipline the major names word for word ('Master of Computer Science'), else its broad area (a
 * computer-science master's is a Master of Science). Null when that still leaves several or none.
 */
export function pickByDiscipline<T extends { label: string }>(
  found: T[],
  major: string | undefined,
): T | null {
  const named = found.map((o) => ({ o, d: namedDegree(o.label) }));
  const plain = named.filter((x) => !x.d?.area);
  if (plain.length === 1 && named.length > 1) return plain[0]!.o;
  if (!major) return null;
  const said = plainWords(major);
  const exact = named.filter(
    (x) => x.d?.area && !/^(science|arts|engineering)$/.test(x.d.area) && said.includes(x.d.area),
  );
  if (exact.length === 1) return exact[0]!.o;
  const area = disciplineOf(major);
  if (!area) return null;
  const same = named.filter((x) => x.d?.area === area);
  return same.length === 1 ? same[0]!.o : null;
}
