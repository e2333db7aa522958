import type { DateRange, Education, Gpa } from '~/lib/resume/types';
import { detectDegree, detectStudyMode } from './degree';

export interface EducationInput {
  school: string;
  major?: string;
  date?: string;
  description?: string;
}

const TRAILING_NOTE = /^(.*?)\s*[（(]([^（）()]*)[）)]\s*$/;
const PART_SEPARATOR = /\s*[·•|｜,，]\s*|\s+[-–—]\s+/;
// 'MSc in Computer Science', 'Bachelor of Engineering in Software Engineering'.
const DEGREE_FIRST =
  /^((?:bachelor|master|doctor)(?:'s)?(?:\s+of\s+(?:science|arts|engineering|philosophy))?|ph\.?d\.?|m\.?sc|b\.?sc|m\.?eng|b\.?eng|mba|[BM]\.?[SA]\.?)\s+(?:in\s+)?(.+)$/i;

/** '新加坡国立大学（QS Ranking 8）' → school + 'QS Ranking 8'; full- and half-width brackets. */
export function splitSchool(raw: string): { school: string; note?: string } {
  const text = raw.trim();
  const m = TRAILING_NOTE.exec(text);
  if (!m || m[1] === '' || m[2].trim() === '') return { school: text };
  return { school: m[1], note: m[2].trim() };
}

function isDegreeWord(text: string): boolean {
  return text !== '' && (detectDegree(text) !== undefined || detectStudyMode(text) !== undefined);
}

/** '信息技术 · 研究生（全日制）' → 信息技术, master, full-time. Degree words are looked for outside the major. */
export function splitMajor(raw: string): Pick<Education, 'major' | 'degree' | 'studyMode'> {
  const text = raw.trim();
  const parts = text.split(PART_SEPARATOR).filter((p) => p !== '');
  const majorParts: string[] = [];
  let degreeText = '';
  for (const part of parts) {
    const noted = TRAILING_NOTE.exec(part);
    const core = noted ? noted[1] : part;
    const note = noted ? noted[2] : '';
    const degreeFirst = DEGREE_FIRST.exec(core);
    if (degreeFirst && detectDegree(degreeFirst[1])) {
      majorParts.push(degreeFirst[2]);
      degreeText += ` ${degreeFirst[1]} ${note}`;
    } else if (isDegreeWord(core)) {
      degreeText += ` ${part}`;
    } else if (isDegreeWord(note)) {
      majorParts.push(core);
      degreeText += ` ${note}`;
    } else {
      majorParts.push(part);
    }
  }
  // Nothing degree-like was taken out: the text is all major, separators included ('经济学, 金融学').
  const major = degreeText.trim() === '' ? text : majorParts.join(' · ');
  const out: Pick<Education, 'major' | 'degree' | 'studyMode'> = { major };
  const degree = detectDegree(degreeText);
  const mode = detectStudyMode(degreeText);
  if (degree) out.degree = degree;
  if (mode) out.studyMode = mode;
  return out;
}

const GPA = /(?:GPA|平均绩点|绩点|均绩)\s*[:：]?\s*(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?/i;

export function findGpa(description: string): Gpa | undefined {
  const m = GPA.exec(description);
  if (!m) return undefined;
  const value = Number(m[1]);
  const scale = m[2] !== undefined ? Number(m[2]) : undefined;
  if (scale !== undefined && (scale === 0 || value > scale)) return undefined;
  return scale === undefined ? { raw: m[0].trim(), value } : { raw: m[0].trim(), value, scale };
}

const RANKINGS = [
  /(?:专业|年级|班级|学院|全系|系)(?:排名)?第\s*\d+\s*名?(?:\s*\/\s*\d+)?/,
  /(?:专业|年级|班级|学院|全系|系)?排名\s*(?:第\s*)?\d+\s*名?(?:\s*\/\s*\d+)?/,
  /(?:专业|年级|班级|学院|全系|系)?(?:排名)?前\s*\d+(?:\.\d+)?\s*%/,
  /\btop\s*\d+(?:\.\d+)?\s*%/i,
  /\brank(?:ed|ing)?\s*:?\s*#?\d+\s*(?:\/|of|out of)\s*\d+/i,
];

/** '专业第8', '排名前5%', 'rank 3/120', kept as written. */
export function findRanking(description: string): string | undefined {
  let best: RegExpExecArray | undefined;
  for (const re of RANKINGS) {
    const m = re.exec(description);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best?.[0].trim();
}

export function deriveEducation(entry: EducationInput, dates: DateRange): Education {
  const raw = {
    school: entry.school,
    major: entry.major ?? '',
    date: entry.date ?? '',
    description: entry.description ?? '',
  };
  const { school, note } = splitSchool(raw.school);
  const edu: Education = {
    raw,
    school,
    ...splitMajor(raw.major),
    dates,
    description: raw.description.trim(),
  };
  if (note) edu.schoolNote = note;
  const gpa = findGpa(raw.description);
  if (gpa) edu.gpa = gpa;
  const ranking = findRanking(raw.description);
  if (ranking) edu.ranking = ranking;
  return edu;
}
