// The autocomplete attribute is the author saying what a field is; when it names something the résumé
// knows, it outranks every label. Tokens like 'off' or antd's 'new-password' on selects say nothing.
import type { FieldKey, ValuePart } from '~/lib/fill/types';

export interface AutocompleteHit {
  key: FieldKey;
  part?: ValuePart;
  token: string;
}

const FACTS: Record<string, { key: FieldKey; part?: ValuePart }> = {
  name: { key: 'name.full' },
  'given-name': { key: 'name.given' },
  'family-name': { key: 'name.family' },
  email: { key: 'email' },
  tel: { key: 'phone' },
  'tel-national': { key: 'phone.national' },
  'tel-country-code': { key: 'phone.countryCode' },
  // The number after the area code: a mainland mobile has no area code, so the whole national number
  // goes here and the area-code box (never filled) stays empty.
  'tel-local': { key: 'phone.national' },
  bday: { key: 'birth' },
  'bday-year': { key: 'birth', part: 'year' },
  'bday-month': { key: 'birth', part: 'month' },
  url: { key: 'website' },
  organization: { key: 'currentCompany' },
  'organization-title': { key: 'currentTitle' },
  'address-level2': { key: 'location' },
};

/** Tokens for facts the résumé never has (a day of birth, a street, a card): the field is left alone. */
const NEVER =
  /^(bday-day|street-address|address-line\d|address-level[134]|postal-code|country|country-name|sex|cc-.*|transaction-.*|one-time-code|honorific-.*|additional-name|nickname|username|tel-(area-code|local-.*|extension)|impp|photo)$/;
const OTHER_PHONE = /^(fax|pager|work)$/;
const QUALIFIER = /^(shipping|billing|home|work|mobile|fax|pager)$/;

/** A hit, null for "never fill", undefined when the attribute says nothing useful. */
export function fromAutocomplete(value: string | undefined): AutocompleteHit | null | undefined {
  if (!value) return undefined;
  const tokens = value
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => !t.startsWith('section-'));
  const field = tokens[tokens.length - 1];
  if (!field) return undefined;
  // The grammar is [shipping|billing] [home|work|mobile|fax|pager] field: 'shipping company name' is not
  // the token 'name' but words the author made up.
  if (tokens.slice(0, -1).some((t) => !QUALIFIER.test(t))) return undefined;
  if (NEVER.test(field)) return null;
  const hit = FACTS[field];
  if (!hit) return undefined;
  if (field.startsWith('tel') && tokens.some((t) => OTHER_PHONE.test(t))) return null;
  return { ...hit, token: field };
}
