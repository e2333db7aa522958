import { OutputFormat, segment } from 'pinyin-pro';
import type { PersonName } from '~/lib/resume/types';
import { hasCjk } from '~/lib/i18n/lang';

type Latin = PersonName['latin'];

// Compound surnames pinyin-pro's surname table misses (checked against 3.29); the reading of each
// character is still its own, only the split point changes.
const EXTRA_COMPOUND_SURNAMES = ['独孤', '太史', '完颜', '叔孙'];
const NAME_DOT = /[·•・．]/;

function capitalise(word: string): string {
  return word ? word[0].toUpperCase() + word.slice(1).toLowerCase() : word;
}

function pinyinSegments(text: string, surname: 'head' | 'off') {
  return segment(text, { toneType: 'none', surname, v: 'yu', format: OutputFormat.AllSegment });
}

function romanise(text: string, surname: 'head' | 'off'): string {
  return capitalise(
    pinyinSegments(text, surname)
      .map((s) => s.result)
      .join(''),
  );
}

/** Splits a Latin name written as 'Siyuan Li', 'LI Siyuan' or 'Li, Siyuan'. */
export function splitLatinName(written: string): Latin {
  const text = written.trim().replace(/\s+/g, ' ');
  const comma = text.indexOf(',');
  if (comma > 0) {
    const family = text.slice(0, comma).trim();
    const given = text.slice(comma + 1).trim();
    return { full: `${given} ${family}`.trim(), given, family };
  }
  const words = text.split(' ');
  if (words.length === 1) return { full: text, given: text, family: '' };
  // Chinese convention on business cards: the family name in capitals comes first.
  const upper = words.findIndex((w) => w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w));
  if (upper === 0 && words.slice(1).every((w) => w !== w.toUpperCase())) {
    const family = capitalise(words[0]);
    const given = words.slice(1).join(' ');
    return { full: `${given} ${family}`, given, family };
  }
  return { full: text, given: words.slice(0, -1).join(' '), family: words[words.length - 1] };
}

function splitChinese(name: string): {
  family: string;
  given: string;
  familyLatin: string;
  givenLatin: string;
} {
  const dot = name.search(NAME_DOT);
  if (dot > 0) {
    // Transliterated minority and foreign names: the part after the dot is the family name.
    const given = name.slice(0, dot);
    const family = name.slice(dot + 1).replace(NAME_DOT, '');
    return { family, given, familyLatin: romanise(family, 'off'), givenLatin: romanise(given, 'off') };
  }
  const segs = pinyinSegments(name, 'head');
  const extra = EXTRA_COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length);
  const familyLength = extra?.length ?? (name.length > 1 ? segs[0].origin.length : name.length);
  let consumed = 0;
  let cut = 0;
  while (cut < segs.length && consumed < familyLength) consumed += segs[cut++].origin.length;
  const family = name.slice(0, familyLength);
  const given = name.slice(familyLength);
  if (consumed === familyLength) {
    const join = (list: typeof segs) => capitalise(list.map((s) => s.result).join(''));
    return { family, given, familyLatin: join(segs.slice(0, cut)), givenLatin: join(segs.slice(cut)) };
  }
  return { family, given, familyLatin: romanise(family, 'head'), givenLatin: romanise(given, 'off') };
}

const LATIN_ONLY = /^[A-Za-z][A-Za-z '.-]*$/;

/**
 * 李思远 → 李 + 思远, Siyuan Li; 欧阳娜娜 → 欧阳 + 娜娜. `nameEn` (the file's `name_en`) wins over pinyin.
 * `latinMissing` is true when no Latin spelling could be made (a character pinyin does not know).
 */
export function deriveName(raw: string, nameEn?: string): { name: PersonName; latinMissing: boolean } {
  const written = raw.trim();
  const fromFile = nameEn?.trim() ? splitLatinName(nameEn) : undefined;
  if (!hasCjk(written)) {
    const own = splitLatinName(written);
    const latin = fromFile ?? own;
    return {
      name: { raw, full: own.full, family: own.family, given: own.given, latin, latinFromFile: true },
      latinMissing: false,
    };
  }
  const full = written.replace(/\s+/g, '');
  const parts = splitChinese(full);
  const pinyinLatin: Latin = {
    given: parts.givenLatin,
    family: parts.familyLatin,
    full: `${parts.givenLatin} ${parts.familyLatin}`.trim(),
  };
  const usable = LATIN_ONLY.test(pinyinLatin.full);
  const latin = fromFile ?? (usable ? pinyinLatin : { full: '', given: '', family: '' });
  return {
    name: {
      raw,
      full,
      family: parts.family,
      given: parts.given,
      latin,
      latinFromFile: fromFile !== undefined,
    },
    latinMissing: !fromFile && !usable,
  };
}
