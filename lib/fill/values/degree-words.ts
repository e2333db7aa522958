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
