// What an option text means, per kind of value: a degree level, a month number, a year, China's dialling
// code, yes/no, "present". Two texts match when they mean the same thing; unknown texts mean nothing.
import type { MatchKind } from '~/lib/fill/types';
import { conceptById } from '../../answers/concepts';
import { DEGREE_SYNONYMS, namedDegree } from './degree-words';
import { labelParts, normalizeText, withoutBrackets } from './normalize-text';
import { PLACES } from './school-place';

export type { MatchKind };

/** A match kind as meanings are looked up: a degree's major (`degree:<major>`) is matchOption's business. */
export type ConceptKind = Exclude<MatchKind, `degree:${string}`>;

function index(groups: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [concept, words] of Object.entries(groups))
    for (const w of words) map.set(normalizeText(w), concept);
  return map;
}

const DEGREES = index(DEGREE_SYNONYMS);
const BOOLEANS = index({
  yes: ['是', '有', 'Yes', 'Y', 'True'],
  no: ['否', '无', '没有', 'No', 'N', 'False'],
});
const TEXT_WORDS = index({
  present: ['至今', '今', '现在', '目前', 'Present', 'Now', 'Current', 'Till now', 'To date'],
});
const CHINA = index({
  '86': [
    '86',
    '中国',
    '中国大陆',
    '中国内地',
    '中华人民共和国',
    'China',
    'China Mainland',
    'Mainland China',
    'CN',
    'PRC',
  ],
});

// A device-type list's mobile entry (Workday's Phone Device Type); other kinds of line mean nothing here.
const PHONE_TYPES = index({
  mobile: [
    'mobile',
    '移动电话',
    '手机',
    '移动',
    'Mobile Phone',
    'Cell',
    'Cell Phone',
    'Cellular',
    'Mobile/Cell',
    // Lists that split mobiles into personal and work ones: the applicant's own is the personal one.
    'Personal Cell',
    'Personal Mobile',
    'Personal Mobile Phone',
    'Mobile (Personal)',
    'Private Mobile',
    '个人手机',
  ],
});

// Where a school is (院校所在地). 国外 is a foreign country: Hong Kong is 境外 but not 国外.
const SCHOOL_REGIONS = index({
  mainland: [
    '境内',
    '国内',
    '中国大陆',
    '大陆',
    '内地',
    '中国内地',
    '境内院校',
    '国内院校',
    '国内高校',
    'Mainland China',
    'Chinese Mainland',
    'Domestic',
  ],
  hmt: [
    '港澳台',
    '港澳台地区',
    '中国港澳台',
    '港澳台院校',
    '港澳台地区院校',
    '港澳台高校',
    'Hong Kong, Macao and Taiwan',
    'Hong Kong, Macau and Taiwan',
  ],
  abroad: [
    '境外',
    '海外',
    '国(境)外',
    '国（境）外',
    '境外院校',
    '海外院校',
    '境外高校',
    '海外高校',
    'Overseas',
    'Abroad',
  ],
  foreign: ['国外', '国外院校', '国外高校', 'Foreign'],
});
/** The broader region a list may offer instead: 境外 for 港澳台, 国外 for 境外 (one step only). */
const BROADER_REGION: Record<string, string> = { hmt: 'abroad', abroad: 'foreign' };

const COUNTRIES = index(
  Object.fromEntries(Object.entries(PLACES).map(([code, p]) => [code, [p.zh, p.en, ...p.aliases]])),
);

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_FULL = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const ZH_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function monthOf(text: string): string | null {
  const n = normalizeText(text);
  const digits = /^0?(\d{1,2})月?$/.exec(n);
  if (digits) {
    const m = Number(digits[1]);
    return m >= 1 && m <= 12 ? String(m) : null;
  }
  const zh = /^(.+)月$/.exec(n);
  if (zh && ZH_MONTHS.includes(zh[1])) return String(ZH_MONTHS.indexOf(zh[1]) + 1);
  const en = MONTH_FULL.indexOf(n) + 1 || MONTH_NAMES.indexOf(n) + 1 || (n === 'sept' ? 9 : 0);
  return en ? String(en) : null;
}

const answerIndexes = new Map<string, Map<string, string> | null>();

/** An answer concept's option meanings, both languages in one index ('男', 'male', 'm' → 'male'). */
function answerIndex(kind: `answer:${string}`): Map<string, string> | null {
  const id = kind.slice('answer:'.length);
  let map = answerIndexes.get(id);
  if (map === undefined) {
    const options = conceptById(id)?.options;
    map = options ? index(Object.fromEntries(options.map((o) => [o.id, [...o.zh, ...o.en]]))) : null;
    answerIndexes.set(id, map);
  }
  return map;
}

function yearOf(text: string): string | null {
  const m = /^(\d{4})年?$/.exec(normalizeText(text));
  return m ? m[1] : null;
}

function countryCodeOf(text: string): string | null {
  const nfkc = text.normalize('NFKC');
  const code = /\+\s*(\d{1,4})(?!\d)/.exec(nfkc);
  if (code) return code[1] === '86' ? '86' : `other:${code[1]}`;
  return CHINA.get(normalizeText(nfkc)) ?? null;
}

/** The top tier a text names ('985/211高校' → 985, '211工程院校' → 211); a plain '普通本科' names none. */
function tierOf(text: string): string | null {
  const t = text.normalize('NFKC');
  if (/985/.test(t)) return '985';
  if (/211/.test(t)) return '211';
  return /双一流|一流(大学|学科)/.test(t) ? '双一流' : null;
}

function lookup(map: Map<string, string>, text: string): string | null {
  return map.get(normalizeText(text)) ?? null;
}

function conceptOfWhole(text: string, kind: ConceptKind): string | null {
  switch (kind) {
    case 'degree':
      return lookup(DEGREES, text);
    case 'month':
      return monthOf(text);
    case 'year':
      return yearOf(text);
    case 'country-code':
      return countryCodeOf(text);
    case 'boolean':
      return lookup(BOOLEANS, text);
    case 'phone-type':
      return lookup(PHONE_TYPES, text);
    case 'school-tier':
      return tierOf(text);
    case 'school-region':
      return lookup(SCHOOL_REGIONS, text);
    case 'country':
      return lookup(COUNTRIES, text);
    case 'text':
      return lookup(TEXT_WORDS, text);
    default: {
      const answers = answerIndex(kind);
      return answers ? lookup(answers, text) : null;
    }
  }
}

/** A meaning a list may only offer in broader words (港澳台 under 境外), or null. */
export function broaderConcept(concept: string, kind: ConceptKind): string | null {
  return kind === 'school-region' ? (BROADER_REGION[concept] ?? null) : null;
}

/**
 * The meaning of a text for this kind, also through brackets ('Doctor of Philosophy (Ph.D.)') and
 * bilingual labels ('硕士/Master'), whose parts must all agree. Null when it means nothing known.
 */
export function conceptOf(text: string, kind: ConceptKind): string | null {
  const whole = conceptOfWhole(text, kind);
  if (whole) return whole;
  const bare = withoutBrackets(text);
  if (bare && bare !== text) {
    const c = conceptOfWhole(bare, kind);
    if (c) return c;
  }
  const parts = labelParts(bare || text);
  if (parts.length >= 2) {
    const concepts = new Set(parts.map((p) => conceptOfWhole(p, kind)));
    if (concepts.size === 1) return [...concepts][0]!;
  }
  // Last, a degree named with its discipline ('Master of Science (MS)'), once the synonyms (an MBA's
  // 'Master of Business Administration' among them) have had their say.
  return kind === 'degree' ? (namedDegree(text)?.level ?? null) : null;
}
