import type { Resume } from '~/lib/resume/types';
import { formatYearMonth, yearMonthRenderings } from './date-renderings';
import { fact } from './fact-helpers';
import type { CardEntry, FactAlt } from './facts-types';
import { groupNational, phoneRenderings } from './phone-renderings';
import type { UiLang } from '~/lib/i18n/lang';
import type { CardStrings } from './strings';

/** Name (as written and romanized), contact facts and birth: the top of the card. */
export function basicsEntry(r: Resume, s: CardStrings, lang: UiLang): CardEntry {
  const { name, contact } = r;
  const latinFamilyFirst = `${name.latin.family} ${name.latin.given}`.trim();
  const phone = contact.phone;
  const birth = contact.birth;
  const birthAlts: FactAlt[] = birth
    ? yearMonthRenderings(birth).map((value) => ({ label: s.birth, value }))
    : [];
  if (birth?.day && birth.month) {
    const dd = String(birth.day).padStart(2, '0');
    birthAlts.push({ label: s.birth, value: `${formatYearMonth(birth, 'dash')}-${dd}` });
  }
  const facts = [
    ...fact('basics.name', s.name, name.full, [
      { label: s.familyName, value: name.family },
      { label: s.givenName, value: name.given },
    ]),
    ...fact('basics.nameLatin', s.nameLatin, name.latin.full, [
      { label: s.nameLatin, value: latinFamilyFirst },
      { label: s.givenLatin, value: name.latin.given },
      { label: s.familyLatin, value: name.latin.family },
    ]),
    ...(phone
      ? fact(
          'basics.phone',
          s.phone,
          lang === 'zh'
            ? phone.national
            : `+${phone.countryCode} ${groupNational(phone.national, phone.countryCode)}`,
          phoneRenderings(phone, s),
        )
      : []),
    ...fact('basics.email', s.email, contact.email),
    ...fact('basics.website', s.website, contact.website),
    ...(birth
      ? fact('basics.birth', s.birth, formatYearMonth(birth, lang === 'zh' ? 'dot' : 'en'), birthAlts)
      : []),
    ...fact('basics.location', s.location, contact.location),
    ...fact('basics.github', s.github, contact.github),
    ...fact('basics.linkedin', s.linkedin, contact.linkedin),
    ...fact('basics.wechat', s.wechat, contact.wechat),
  ];
  return { id: 'basics', title: name.full, facts, details: [] };
}
