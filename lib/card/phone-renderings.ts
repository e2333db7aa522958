import type { Phone } from '~/lib/resume/types';
import type { FactAlt } from './facts-types';
import type { CardStrings } from './strings';

// Group digits the way people read them aloud; forms accept either, humans check the grouped one.
export function groupNational(national: string, countryCode: string): string {
  if (countryCode === '86' && /^1\d{10}$/.test(national)) {
    return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  }
  if (countryCode === '1' && national.length === 10) {
    return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  }
  return national;
}

export function phoneRenderings(
  phone: Phone,
  s: Pick<CardStrings, 'phoneNational' | 'phoneGrouped'>,
): FactAlt[] {
  const cc = phone.countryCode;
  const grouped = groupNational(phone.national, cc);
  const alts: FactAlt[] = [
    { label: s.phoneNational, value: phone.national },
    { label: s.phoneGrouped, value: grouped },
    { label: `+${cc}`, value: `+${cc} ${phone.national}` },
    { label: `+${cc} ${s.phoneGrouped}`, value: `+${cc} ${grouped}` },
    { label: 'E.164', value: phone.e164 },
  ];
  return dedupeAlts(alts);
}

/** Drops empty values and repeats (a short number is the same grouped and ungrouped). */
export function dedupeAlts(alts: FactAlt[], primary?: string): FactAlt[] {
  const seen = new Set<string>(primary ? [primary] : []);
  const out: FactAlt[] = [];
  for (const alt of alts) {
    const v = alt.value.trim();
    if (v === '' || seen.has(v)) continue;
    seen.add(v);
    out.push({ label: alt.label, value: v });
  }
  return out;
}
