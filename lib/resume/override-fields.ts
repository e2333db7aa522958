// Which résumé paths a user correction may set, and what a valid value is. Kept free of heavy imports:
// the content script reads the résumé through overrides.
import { toDegreeLevel, toStudyMode } from './derive/degree';

export interface FieldSpec {
  kind: 'string' | 'number' | 'boolean' | 'degree' | 'mode';
  /** Optional in the model: an empty override removes the value instead of storing ''. */
  optional?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
}

const text: FieldSpec = { kind: 'string' };
const optionalText: FieldSpec = { kind: 'string', optional: true };
const year: FieldSpec = { kind: 'number', min: 1900, max: 2100, integer: true };
const month: FieldSpec = { kind: 'number', min: 1, max: 12, integer: true };

function dateFields(list: string): Record<string, FieldSpec> {
  return {
    [`${list}[].dates.raw`]: text,
    [`${list}[].dates.current`]: { kind: 'boolean' },
    [`${list}[].dates.start.year`]: year,
    [`${list}[].dates.start.month`]: { ...month, optional: true },
    [`${list}[].dates.end.year`]: year,
    [`${list}[].dates.end.month`]: { ...month, optional: true },
  };
}

export const FIELDS: Record<string, FieldSpec> = {
  'name.raw': text,
  'name.full': text,
  'name.family': text,
  'name.given': text,
  'name.latin.full': text,
  'name.latin.given': text,
  'name.latin.family': text,
  'contact.email': optionalText,
  'contact.website': optionalText,
  'contact.location': optionalText,
  'contact.linkedin': optionalText,
  'contact.github': optionalText,
  'contact.wechat': optionalText,
  'contact.phone.raw': text,
  'contact.phone.national': text,
  'contact.phone.countryCode': text,
  'contact.phone.e164': text,
  'contact.phone.mobile': { kind: 'boolean' },
  'contact.birth.raw': text,
  'contact.birth.year': year,
  'contact.birth.month': { ...month, optional: true },
  'contact.birth.day': { kind: 'number', min: 1, max: 31, integer: true, optional: true },
  'education[].school': text,
  'education[].schoolNote': optionalText,
  'education[].major': text,
  'education[].degree': { kind: 'degree', optional: true },
  'education[].studyMode': { kind: 'mode', optional: true },
  'education[].description': text,
  'education[].ranking': optionalText,
  'education[].gpa.raw': text,
  'education[].gpa.value': { kind: 'number', min: 0, max: 100 },
  'education[].gpa.scale': { kind: 'number', min: 0, max: 100, optional: true },
  ...dateFields('education'),
  'experience[].company': text,
  'experience[].department': optionalText,
  'experience[].title': text,
  'experience[].level': optionalText,
  'experience[].description': text,
  ...dateFields('experience'),
  'projects[].name': text,
  'projects[].role': optionalText,
  'projects[].summary': text,
  'projects[].highlights[].tag': optionalText,
  'projects[].highlights[].text': text,
  ...dateFields('projects'),
  'skills[]': text,
};

/**
 * Optional objects an override may bring into being, and the field that must be among the overrides
 * to do so (a GPA needs its value, a date its year).
 */
export const CREATABLE: Record<string, { by: string; make: (value: string, coerced: unknown) => object }> = {
  'education[].gpa': { by: 'value', make: (value, n) => ({ raw: value.trim(), value: n }) },
  'contact.birth': { by: 'year', make: (value, n) => ({ raw: value.trim(), year: n }) },
  ...Object.fromEntries(
    ['education', 'experience', 'projects'].flatMap((list) =>
      ['start', 'end'].map((edge) => [
        `${list}[].dates.${edge}`,
        { by: 'year', make: (_: string, n: unknown) => ({ year: n }) },
      ]),
    ),
  ),
};

const TRUE = /^(?:true|yes|1|是)$/i;
const FALSE = /^(?:false|no|0|否)$/i;

/** The value in the model's type, `undefined` to remove an optional value, or `null` when invalid. */
export function coerce(value: string, spec: FieldSpec): unknown {
  const v = value.trim();
  if (v === '' && spec.optional) return undefined;
  switch (spec.kind) {
    case 'string':
      return value;
    case 'number': {
      const n = Number(v);
      if (v === '' || !Number.isFinite(n)) return null;
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max)) return null;
      return spec.integer && !Number.isInteger(n) ? null : n;
    }
    case 'boolean':
      return TRUE.test(v) ? true : FALSE.test(v) ? false : null;
    case 'degree':
      return toDegreeLevel(v) ?? null;
    case 'mode':
      return toStudyMode(v) ?? null;
  }
}
