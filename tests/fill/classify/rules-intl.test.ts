// The per-language table: every language's given / family / full-name words, email and phone, and the
// look-alikes each row refuses. Labels as real sign-up and checkout pages write them.
import { describe, expect, it } from 'vitest';
import { classifyField, classifyFields, CONFIDENCE_BAR } from '~/lib/fill/classify/classify-field';
import { LANGUAGES, RULES_INTL } from '~/lib/fill/classify/rules-intl';
import type { FieldKey } from '~/lib/fill/types';
import { makeField, makeFields, type FieldSpec } from './make-field';

function keyOf(label: string, spec: FieldSpec = {}): FieldKey | null {
  const field = makeField(label, { lang: 'en', ...spec });
  const c = classifyField(field, [field]);
  return c && c.confidence >= CONFIDENCE_BAR ? c.key : null;
}

/** A pair of boxes as a form shows them, classified together. */
function pair(a: string, b: string, spec: FieldSpec = {}): Array<FieldKey | null> {
  const fields = makeFields([
    [a, { lang: 'en', ...spec }],
    [b, { lang: 'en', ...spec }],
  ]);
  const out = classifyFields(fields);
  return fields.map((f) => out.get(f.id)?.key ?? null);
}

// [language, given label, family label, full-name label, email label, phone label]
const ROWS: Array<[string, string, string, string, string, string]> = [
  ['de', 'Vorname', 'Nachname', 'Vor- und Nachname', 'E-Mail-Adresse', 'Telefonnummer'],
  ['fr', 'Prénom', 'Nom de famille', 'Nom et prénom', 'Adresse e-mail', 'Téléphone'],
  ['es', 'Primer nombre', 'Apellidos', 'Nombre y apellidos', 'Correo electrónico', 'Teléfono móvil'],
  ['it', 'Nome', 'Cognome', 'Nome e cognome', 'Indirizzo email', 'Cellulare'],
  ['pt', 'Primeiro nome', 'Sobrenome', 'Nome completo', 'Endereço de e-mail', 'Telefone'],
  ['nl', 'Voornaam', 'Achternaam', 'Volledige naam', 'E-mailadres', 'Telefoonnummer'],
  ['da-no', 'Fornavn', 'Efternavn', 'Fulde navn', 'E-mail', 'Mobilnummer'],
  ['sv', 'Förnamn', 'Efternamn', 'Fullständigt namn', 'E-postadress', 'Mobilnummer'],
  ['fi', 'Etunimi', 'Sukunimi', 'Koko nimi', 'Sähköpostiosoite', 'Puhelinnumero'],
  ['pl', 'Imię', 'Nazwisko', 'Imię i nazwisko', 'Adres e-mail', 'Numer telefonu'],
  ['cs', 'Křestní jméno', 'Příjmení', 'Jméno a příjmení', 'E-mail', 'Telefonní číslo'],
  ['sk', 'Krstné meno', 'Priezvisko', 'Meno a priezvisko', 'E-mail', 'Telefónne číslo'],
  ['hu', 'Keresztnév', 'Vezetéknév', 'Teljes név', 'E-mail cím', 'Telefonszám'],
  ['ro', 'Prenume', 'Nume de familie', 'Nume și prenume', 'Adresa de email', 'Număr de telefon'],
  ['hr-sr-bs-sl', 'Ime', 'Prezime', 'Ime i prezime', 'E-mail adresa', 'Broj telefona'],
  ['bg', 'Собствено име', 'Фамилия', 'Име и фамилия', 'Имейл адрес', 'Телефон'],
  ['ru-uk', 'Имя', 'Фамилия', 'ФИО', 'Электронная почта', 'Номер телефона'],
  ['el', 'Όνομα', 'Επώνυμο', 'Ονοματεπώνυμο', 'Ηλεκτρονικό ταχυδρομείο', 'Κινητό τηλέφωνο'],
  ['tr', 'Adınız', 'Soyadınız', 'Ad Soyad', 'E-posta adresi', 'Cep telefonu'],
  ['id-ms', 'Nama depan', 'Nama belakang', 'Nama lengkap', 'Alamat email', 'Nomor telepon'],
  ['ar', 'الاسم الأول', 'اسم العائلة', 'الاسم الكامل', 'البريد الإلكتروني', 'رقم الجوال'],
  ['ja', '名前 (名)', '名前 (姓)', '氏名', 'メールアドレス', '電話番号'],
];

describe('rules-intl: one row per language', () => {
  it('every language of the table is covered here', () => {
    expect(ROWS.map((r) => r[0]).sort()).toEqual(LANGUAGES.map((l) => l.lang).sort());
  });

  it.each(ROWS)(
    '%s: given and family side by side, full name, email, phone',
    (_, given, family, full, email, phone) => {
      expect(pair(given, family)).toEqual(['name.given', 'name.family']);
      expect(keyOf(full)).toBe('name.full');
      expect(keyOf(email)).toBe('email');
      expect(keyOf(phone)).toBe('phone');
    },
  );

  it('required marks and notes around the word do not matter', () => {
    expect(pair('Vorname(*)', 'Nachname *')).toEqual(['name.given', 'name.family']);
    expect(pair('Nombre *', 'Apellidos *')).toEqual(['name.given', 'name.family']);
  });

  it('look-alikes: company names, user names, middle names, kana, card holders are nobody’s name', () => {
    for (const label of [
      'Firmenname',
      "Nom de l'entreprise",
      'Nombre de usuario',
      'Segundo apellido',
      'Nome utente',
      'Tussenvoegsel',
      'Drugie imię',
      'Отчество',
      'フリガナ',
      '姓 (カナ)',
      'Name (Kana)',
      'Ονοματεπώνυμο στην κάρτα',
      'Karteninhaber',
    ])
      expect(keyOf(label), label).toBeNull();
  });

  it('a word inside another word is not the word (Vorname is not Name, CEP is not a phone)', () => {
    expect(keyOf('Vorname')).toBe('name.given');
    expect(keyOf('CEP')).toBeNull();
    expect(keyOf('Közterület neve (utca)')).toBeNull();
  });

  it('name words in name/id attributes', () => {
    expect(keyOf('', { name: 'vorname' })).toBe('name.given');
    expect(keyOf('', { name: 'nazwisko' })).toBe('name.family');
  });
});

describe('bare name words take the part their neighbour lacks', () => {
  it('Prénom + Nom, Vorname + Name, Name + Surname', () => {
    expect(pair('Prénom', 'Nom')).toEqual(['name.given', 'name.family']);
    expect(pair('Vorname', 'Name')).toEqual(['name.given', 'name.family']);
    expect(pair('Name', 'Surname')).toEqual(['name.given', 'name.family']);
    expect(pair('Naam', 'Voornaam')).toEqual(['name.family', 'name.given']);
  });

  it('a bare Name whose id says first_name is the given name', () => {
    expect(classifyFields(makeFields([['Name', { lang: 'en', name: 'first name' }]])).get(0)?.key).toBe(
      'name.given',
    );
    expect(classifyFields(makeFields([['Name', { lang: 'en', id: 'lastname' }]])).get(0)?.key).toBe(
      'name.family',
    );
  });

  it('a bare name word alone is the whole name', () => {
    expect(classifyFields(makeFields([['Nom', { lang: 'en' }]])).get(0)?.key).toBe('name.full');
    expect(classifyFields(makeFields([['Name', { lang: 'en' }]])).get(0)?.key).toBe('name.full');
  });

  it('Nombre / Όνομα / Ime without a family-name box are left alone (they may ask for the whole name)', () => {
    for (const label of ['Nombre', 'Όνομα', 'Ime', 'Nome'])
      expect(
        classifyFields(
          makeFields([
            [label, { lang: 'en' }],
            ['E-mail', { lang: 'en' }],
          ]),
        ).has(0),
        label,
      ).toBe(false);
  });
});

describe('labelNeeds: the words a row cannot match without', () => {
  // Every phrase of every row, alone and inside a longer label, in lower case as texts reach the rules.
  const phrases = LANGUAGES.flatMap((r) => [
    ...r.given,
    ...r.family,
    ...(r.givenAlone ?? []),
    ...(r.bare ?? []),
    ...(r.full ?? []),
    ...r.email,
    ...r.phone,
    ...(r.not ?? []),
  ]);
  const texts = phrases.flatMap((p) => [p, `your ${p}`, `${p} *`, `${p} (required)`, `x ${p} y`]);
  texts.push(...phrases.slice(0, 40).map((p, i) => `${p} ${phrases[(i * 7) % phrases.length]}`));

  it('never skips a text the pattern matches', () => {
    const skipped: string[] = [];
    for (const rule of RULES_INTL.rules) {
      if (!rule.label || !rule.labelNeeds) continue;
      for (const text of texts)
        if (rule.label.test(text) && !rule.labelNeeds.some((w) => text.includes(w)))
          skipped.push(`${String(rule.key)}: ${text}`);
    }
    expect(skipped).toEqual([]);
  });

  it('lets most rows skip an English or Chinese label without compiling them', () => {
    for (const text of ['first name', '手机号码', 'email address']) {
      const tried = RULES_INTL.rules.filter(
        (r) => !r.labelNeeds || r.labelNeeds.some((w) => text.includes(w)),
      );
      expect(tried.length).toBeLessThan(RULES_INTL.rules.length / 4);
    }
  });
});
