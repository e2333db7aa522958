import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import type { Phone } from '~/lib/resume/types';

// A mainland mobile number: 11 digits, 1 then 3–9. Checked before the library because its metadata
// lags new number blocks, and a Chinese résumé's 11-digit 1xx number is a mobile in any case.
const CN_MOBILE = /^1[3-9]\d{9}$/;

/** Strips what people put around numbers: spaces, dashes, dots, brackets, 'Tel:', a 00 or 86 prefix. */
function compact(raw: string): { plus: boolean; digits: string } {
  const text = raw.trim().replace(/^(?:tel|phone|mobile|手机|电话)\s*[:：]?\s*/i, '');
  const plus = /^\(?\s*\+/.test(text) || /^00/.test(text.replace(/\D/g, ''));
  let digits = text.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  return { plus, digits };
}

function chinaMobile(raw: string, national: string): Phone {
  return { raw, national, countryCode: '86', e164: `+86${national}`, mobile: true };
}

/**
 * '13712345678' → +8613712345678; '+1 415 555 0100' keeps its country code. Without a '+' the number is
 * read as Chinese. Null when it is not a phone number at all.
 */
export function derivePhone(raw: string): Phone | null {
  if (/[A-Za-z]{2,}/.test(raw.replace(/^(?:tel|phone|mobile)\b/i, ''))) return null;
  const { plus, digits } = compact(raw);
  if (digits.length < 5 || digits.length > 15) return null;
  if (!plus && CN_MOBILE.test(digits)) return chinaMobile(raw, digits);
  if (digits.startsWith('86') && CN_MOBILE.test(digits.slice(2))) return chinaMobile(raw, digits.slice(2));
  const parsed = plus ? parsePhoneNumberFromString(`+${digits}`) : parsePhoneNumberFromString(digits, 'CN');
  if (!parsed) return null;
  return {
    raw,
    national: parsed.nationalNumber,
    countryCode: parsed.countryCallingCode,
    e164: parsed.number,
    // Mobile-only metadata: valid means a mobile; otherwise it may be a landline or a typo.
    mobile: parsed.isValid() ? true : null,
  };
}
