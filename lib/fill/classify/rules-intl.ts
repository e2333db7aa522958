// Name parts, email and phone in the languages the Chinese and English tables do not read: one row per
// language, turned into rule rows below. Application and sign-up forms across Europe, the Middle East
// and Asia label the two name boxes Vorname / Nachname, Όνομα / Επώνυμο, Imię / Nazwisko, Ad / Soyad…
//
// Words are matched whole (letters of any script around them break a match), lower-cased. Three kinds of
// name words:
// - `given` / `family`: the word means that part and nothing else (Vorname, Nachname, Keresztnév);
// - `givenAlone`: the word means the given name beside a family-name box, but may mean the whole name on
//   a form without one (Nombre, Nome, Όνομα, Ime): classified given, dropped by the name-part pass when no
//   family-name box is near (never a full name in one box of a pair, never a given name for a full one);
// - `bare`: the word means "name" (Name, Nom, Naam, Név): the full name alone, the missing part beside a
//   given or family box (Prénom + Nom, Vorname + Name), decided by the name-part pass.
import type { DenyRule, Rule, RuleTable } from './rule-types';

export interface LanguageRow {
  /** ISO 639-1 code, for the tests and the report. */
  lang: string;
  given: string[];
  family: string[];
  givenAlone?: string[];
  bare?: string[];
  /** Whole-name phrases ('Nombre y apellidos', 'Ονοματεπώνυμο'). */
  full?: string[];
  email: string[];
  phone: string[];
  /** Labels that look like a name part or a phone but are not the applicant's own (middle name, kana). */
  not?: string[];
}

export const LANGUAGES: readonly LanguageRow[] = [
  {
    lang: 'de',
    given: ['vorname', 'vornamen', 'rufname'],
    family: ['nachname', 'familienname', 'zuname'],
    bare: ['name'],
    full: ['vollständiger name', 'vor- und nachname', 'vor und nachname', 'vor- und zuname'],
    email: ['e-mail-adresse', 'e-mail adresse', 'emailadresse', 'e-mail', 'email'],
    phone: ['telefon', 'telefonnummer', 'handynummer', 'handy', 'mobilnummer', 'mobiltelefon', 'rufnummer'],
    not: ['zweiter vorname', 'weitere vornamen', 'geburtsname', 'firmenname'],
  },
  {
    lang: 'fr',
    given: ['prénom', 'prenom', 'prénoms'],
    family: ['nom de famille', 'nom de naissance'],
    bare: ['nom'],
    full: ['nom complet', 'nom et prénom', 'prénom et nom', 'nom prénom', 'prénom nom'],
    email: ['adresse e-mail', 'adresse email', 'adresse électronique', 'courriel', 'e-mail', 'email'],
    phone: ['téléphone', 'telephone', 'numéro de téléphone', 'portable', 'mobile', 'tél', 'tel'],
    not: ["nom d'utilisateur", 'nom de la société', "nom de l'entreprise", 'deuxième prénom'],
  },
  {
    lang: 'es',
    given: ['primer nombre'],
    givenAlone: ['nombre', 'nombres'],
    family: ['apellido', 'apellidos', 'primer apellido'],
    full: [
      'nombre completo',
      'nombre y apellido',
      'nombre y apellidos',
      'nombres y apellidos',
      'apellidos y nombre',
      'nombre del destinatario',
      'nombre de la persona que va a recibir',
    ],
    email: ['correo electrónico', 'correo electronico', 'correo', 'e-mail', 'email'],
    phone: ['teléfono', 'telefono', 'teléfono móvil', 'móvil', 'movil', 'celular', 'teléfono celular'],
    not: [
      'segundo nombre',
      'segundo apellido',
      'apellido materno',
      'nombre de usuario',
      'nombre de la empresa',
      'nombre de empresa',
    ],
  },
  {
    lang: 'it',
    given: [],
    givenAlone: ['nome'],
    family: ['cognome'],
    full: ['nome e cognome', 'nome completo', 'cognome e nome'],
    email: ['indirizzo email', 'indirizzo e-mail', 'posta elettronica', 'e-mail', 'email'],
    phone: ['telefono', 'numero di telefono', 'cellulare', 'cell'],
    not: ['nome utente', "nome dell'azienda", 'nome azienda', 'secondo nome'],
  },
  {
    lang: 'pt',
    given: ['primeiro nome'],
    givenAlone: ['nome'],
    family: ['sobrenome', 'apelido', 'último nome', 'ultimo nome'],
    full: ['nome completo', 'nome do destinatário'],
    email: ['endereço de e-mail', 'endereço de email', 'e-mail', 'email'],
    phone: ['telefone', 'telemóvel', 'telemovel', 'celular', 'número de celular', 'número de telefone'],
    not: ['nome de usuário', 'nome de utilizador', 'nome da empresa', 'nome social'],
  },
  {
    lang: 'nl',
    given: ['voornaam', 'voornamen', 'roepnaam'],
    family: ['achternaam', 'familienaam'],
    bare: ['naam'],
    full: ['volledige naam', 'voor- en achternaam'],
    email: ['e-mailadres', 'emailadres', 'e-mail', 'email'],
    phone: ['telefoon', 'telefoonnummer', 'mobiel', 'mobiele nummer', 'gsm', 'gsm-nummer'],
    not: ['tussenvoegsel', 'tussenv', 'bedrijfsnaam', 'gebruikersnaam'],
  },
  {
    lang: 'da-no',
    given: ['fornavn'],
    family: ['efternavn', 'etternavn'],
    bare: ['navn'],
    full: ['fulde navn', 'fullt navn', 'fuldt navn'],
    email: ['e-mailadresse', 'e-postadresse', 'e-post', 'e-mail', 'email'],
    phone: ['telefon', 'telefonnummer', 'mobil', 'mobilnummer', 'tlf'],
    not: ['mellemnavn', 'mellomnavn', 'firmanavn', 'brugernavn', 'brukernavn'],
  },
  {
    lang: 'sv',
    given: ['förnamn', 'fornamn', 'tilltalsnamn'],
    family: ['efternamn'],
    bare: ['namn'],
    full: ['fullständigt namn', 'för- och efternamn'],
    email: ['e-postadress', 'e-post', 'epost', 'e-mail', 'email'],
    phone: ['telefon', 'telefonnummer', 'mobil', 'mobilnummer', 'mobiltelefon'],
    not: ['mellannamn', 'företagsnamn', 'användarnamn'],
  },
  {
    lang: 'fi',
    given: ['etunimi', 'etunimet'],
    family: ['sukunimi'],
    bare: ['nimi'],
    full: ['koko nimi'],
    email: ['sähköpostiosoite', 'sähköposti', 'email'],
    phone: ['puhelin', 'puhelinnumero', 'matkapuhelin', 'matkapuhelinnumero'],
    not: ['käyttäjätunnus', 'yrityksen nimi'],
  },
  {
    lang: 'pl',
    given: ['imię', 'imie', 'imiona'],
    family: ['nazwisko'],
    full: ['imię i nazwisko', 'imie i nazwisko'],
    email: ['adres e-mail', 'adres email', 'e-mail', 'email'],
    phone: ['telefon', 'numer telefonu', 'nr telefonu', 'telefon komórkowy', 'komórka'],
    not: ['drugie imię', 'nazwa użytkownika', 'nazwa firmy'],
  },
  {
    lang: 'cs',
    given: ['křestní jméno'],
    givenAlone: ['jméno', 'jmeno'],
    family: ['příjmení', 'prijmeni'],
    full: ['jméno a příjmení', 'celé jméno', 'jméno a přijmení'],
    email: ['e-mailová adresa', 'e-mail', 'email'],
    phone: ['telefon', 'telefonní číslo', 'mobil', 'mobilní telefon'],
    not: ['uživatelské jméno', 'název firmy'],
  },
  {
    lang: 'sk',
    given: ['krstné meno'],
    givenAlone: ['meno'],
    family: ['priezvisko'],
    full: ['meno a priezvisko', 'celé meno'],
    email: ['e-mailová adresa', 'e-mail', 'email'],
    phone: ['telefón', 'telefon', 'telefónne číslo', 'mobil'],
    not: ['používateľské meno', 'názov firmy'],
  },
  {
    lang: 'hu',
    given: ['keresztnév', 'utónév'],
    family: ['vezetéknév', 'családnév'],
    bare: ['név'],
    full: ['teljes név', 'teljes neve', 'címzett neve'],
    email: ['e-mail cím', 'email cím', 'e-mail', 'email'],
    phone: ['telefonszám', 'telefon', 'mobilszám', 'mobiltelefonszám'],
    not: ['felhasználónév', 'cégnév'],
  },
  {
    lang: 'ro',
    given: ['prenume', 'prenumele'],
    family: ['nume de familie'],
    bare: ['nume', 'numele'],
    full: ['nume complet', 'nume și prenume', 'nume si prenume', 'numele complet'],
    email: ['adresa de email', 'adresă de e-mail', 'e-mail', 'email'],
    phone: ['telefon', 'număr de telefon', 'numar de telefon', 'mobil'],
    not: ['nume de utilizator', 'numele firmei', 'nume firmă'],
  },
  {
    lang: 'hr-sr-bs-sl',
    given: [],
    givenAlone: ['ime', 'име'],
    family: ['prezime', 'презиме', 'priimek'],
    full: ['ime i prezime', 'ime in priimek', 'име и презиме', 'puno ime'],
    email: ['e-mail adresa', 'e-pošta', 'e-posta', 'е-пошта', 'имејл', 'e-mail', 'email'],
    phone: ['telefon', 'broj telefona', 'mobitel', 'mobilni', 'телефон', 'број телефона'],
    not: ['korisničko ime', 'ime firme', 'ime tvrtke'],
  },
  {
    lang: 'bg',
    given: ['собствено име'],
    givenAlone: ['име'],
    family: ['фамилия', 'фамилно име'],
    full: ['име и фамилия', 'имена', 'три имена', 'пълно име'],
    email: ['имейл адрес', 'имейл', 'електронна поща', 'e-mail', 'email'],
    phone: ['телефон', 'телефонен номер', 'мобилен телефон', 'gsm'],
    not: ['презиме', 'потребителско име', 'име на фирма'],
  },
  {
    lang: 'ru-uk',
    given: [],
    givenAlone: ['имя', "ім'я", 'імя', 'ім’я', 'имя получателя', "ім'я одержувача"],
    family: ['фамилия', 'прізвище'],
    full: [
      'фио',
      'ф.и.о',
      'имя и фамилия',
      'фамилия и имя',
      'фамилия имя отчество',
      'піб',
      "ім'я та прізвище",
      'прізвище та імʼя',
    ],
    email: ['электронная почта', 'эл. почта', 'електронна пошта', 'ел. пошта', 'e-mail', 'email'],
    phone: ['телефон', 'номер телефона', 'номер телефону', 'мобильный телефон', 'мобільний телефон'],
    not: ['отчество', 'по батькові', 'логин', 'логін', 'имя пользователя'],
  },
  {
    lang: 'el',
    given: [],
    givenAlone: ['όνομα', 'ονομα'],
    family: ['επώνυμο', 'επωνυμο'],
    full: ['ονοματεπώνυμο', 'ονοματεπωνυμο', 'ονοματεπώνυμό'],
    email: ['διεύθυνση email', 'ηλεκτρονικό ταχυδρομείο', 'e-mail', 'email'],
    phone: ['τηλέφωνο', 'τηλεφωνο', 'κινητό', 'κινητο', 'κινητό τηλέφωνο', 'αριθμός τηλεφώνου'],
    not: ['όνομα χρήστη', 'πατρώνυμο', 'όνομα πατρός', 'επωνυμία'],
  },
  {
    lang: 'tr',
    given: [],
    givenAlone: ['ad', 'adı', 'adi', 'adınız', 'isim', 'isminiz'],
    family: ['soyad', 'soyadı', 'soyadi', 'soyadınız', 'soyisim'],
    full: [
      'ad soyad',
      'adı soyadı',
      'ad-soyad',
      'ad / soyad',
      'adınız soyadınız',
      'isim soyisim',
      'ad ve soyad',
    ],
    email: ['e-posta', 'e-posta adresi', 'eposta', 'e-mail', 'email'],
    phone: ['telefon', 'cep telefonu', 'telefon numarası', 'gsm'],
    not: ['kullanıcı adı', 'firma adı', 'şirket adı'],
  },
  {
    lang: 'id-ms',
    given: ['nama depan'],
    family: ['nama belakang', 'nama keluarga'],
    bare: ['nama'],
    full: ['nama lengkap', 'nama penerima'],
    email: ['alamat email', 'alamat e-mel', 'e-mel', 'e-mail', 'email'],
    phone: [
      'nomor telepon',
      'no. telepon',
      'nomor hp',
      'no. hp',
      'no hp',
      'telepon',
      'nombor telefon',
      'handphone',
    ],
    not: ['nama pengguna', 'nama perusahaan', 'nama tengah'],
  },
  {
    lang: 'ar',
    given: ['الاسم الأول', 'الاسم الاول', 'اسمك الأول'],
    family: ['اسم العائلة', 'الاسم الأخير', 'الاسم الاخير', 'اللقب'],
    bare: ['الاسم', 'اسمك'],
    full: ['الاسم الكامل', 'الاسم بالكامل'],
    email: ['البريد الإلكتروني', 'البريد الالكتروني', 'الإيميل', 'الايميل'],
    phone: ['رقم الهاتف', 'الهاتف', 'رقم الجوال', 'الجوال', 'رقم الموبايل', 'الموبايل', 'الهاتف المحمول'],
    not: ['اسم المستخدم', 'اسم الشركة', 'الاسم الأوسط'],
  },
  {
    lang: 'ja',
    given: ['(名)'],
    family: ['(姓)'],
    bare: ['お名前', '名前'],
    full: ['氏名', 'ご氏名'],
    email: ['メールアドレス', 'メール', 'eメール'],
    phone: ['電話番号', '携帯電話番号', '携帯番号', '電話', '携帯電話'],
    not: ['フリガナ', 'ふりがな', 'カナ', 'かな', 'セイ', 'メイ', 'ローマ字'],
  },
];

/** Name/id words (split, lower-case) in the same languages: 'vorname', 'nachname', 'telefono'. */
const ATTR_GIVEN =
  /\b(vorname|prenom|nombre|imie|voornaam|fornavn|fornamn|etunimi|keresztnev|prenume|jmeno|meno|ime)\b/;
const ATTR_FAMILY =
  /\b(nachname|apellidos?|cognome|nazwisko|achternaam|efternavn|etternavn|efternamn|sukunimi|vezeteknev|prijmeni|priezvisko|prezime|soyad|sobrenome)\b/;
const ATTR_PHONE = /\b(telefon|telefono|telefone|telefoon|celular|handy|movil|cellulare|puhelin|telepon)\b/;
const ATTR_EMAIL = /\b(correo|courriel|sahkoposti|eposta)\b/;

// Explicit ranges, not \\p{L}: Unicode property classes make each pattern slow to compile, and the fill
// engine is injected (and its patterns compiled) on every fill.
const LETTER =
  'a-z0-9\\u00c0-\\u024f\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u06ff\\u3040-\\u30ff\\u3400-\\u9fff';
/** 'Your name', 'Ihr Name', 'Votre nom', 'Su nombre', 'Il tuo nome'. */
const PREFIX = '(?:your|ihr|votre|su|tu|il tuo|seu|uw|din|jouw|twoje) ';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any of `words` as whole words (no letter of any script right before or after). */
export function wordsPattern(words: readonly string[]): RegExp | undefined {
  if (!words.length) return undefined;
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![${LETTER}])(?:${sorted.join('|')})(?![${LETTER}])`);
}

/** Words every row shares: a name box for a company, a street, a card or a login is not the applicant's name. */
const NOT_A_PERSON = [
  'firma',
  'empresa',
  'entreprise',
  'société',
  'società',
  'azienda',
  'bedrijf',
  'straße',
  'strasse',
  'rue',
  'calle',
  'karte',
  'carte',
  'tarjeta',
  'carta',
  'karty',
  'benutzer',
  'utilisateur',
  'usuario',
  'utente',
  'login',
  'konto',
  'produkt',
  'κάρτα',
  'karta',
  'kártya',
  'kart',
  'карта',
  'карти',
  'kaart',
  'kortet',
];

function union(...patterns: Array<RegExp | undefined>): RegExp | undefined {
  const parts = patterns.filter((p): p is RegExp => !!p).map((p) => p.source);
  return parts.length ? new RegExp(parts.join('|')) : undefined;
}

/** Vetoes as a list of the row's own patterns, not one union: each is parsed and compiled once. */
function anyOf(...patterns: Array<RegExp | undefined>): RegExp[] {
  return patterns.filter((p): p is RegExp => !!p);
}

/** Words that name a field only when they are the whole label ('Nombre *', 'Name (required)'). */
export function wholeLabel(words: readonly string[]): RegExp | undefined {
  const inner = wordsPattern(words);
  return inner ? new RegExp(`^(?:${PREFIX})?(?:${inner.source})\\s*(?:[(*:].*)?$`) : undefined;
}

const NOT_A_PERSONAL_PHONE = /fax|festnetz|fixe|fijo|fisso|privat|geschäft|trabajo|travail|lavoro/;

function rowsOf(row: LanguageRow): Rule[] {
  const notPerson = wordsPattern([...NOT_A_PERSON, ...(row.not ?? [])]);
  const givenWords = [...row.given, ...(row.givenAlone ?? [])];
  const given = union(wordsPattern(row.given), wholeLabel(row.givenAlone ?? []));
  const family = wordsPattern(row.family);
  const full = wordsPattern(row.full ?? []);
  const bare = wholeLabel(row.bare ?? []);
  const rules: Rule[] = [];
  // Both parts named in one label ('Vorname und Nachname') ask for the whole name.
  const both =
    given && family
      ? new RegExp(`(?:${given.source}).*(?:${family.source})|(?:${family.source}).*(?:${given.source})`)
      : undefined;
  const fullish = union(full, both);
  if (fullish)
    rules.push({
      key: 'name.full',
      label: fullish,
      labelNeeds: [...(row.full ?? []), ...(both ? givenWords : [])],
      not: notPerson,
      score: 0.93,
    });
  if (given)
    rules.push({
      key: 'name.given',
      label: given,
      labelNeeds: givenWords,
      not: anyOf(notPerson, fullish, family),
      score: 0.93,
    });
  if (family)
    rules.push({
      key: 'name.family',
      label: family,
      labelNeeds: row.family,
      not: anyOf(notPerson, fullish, given),
      score: 0.93,
    });
  if (bare)
    rules.push({
      key: 'name.full',
      label: bare,
      labelNeeds: row.bare,
      not: anyOf(notPerson, fullish, given, family),
      score: 0.9,
    });
  rules.push({
    key: 'email',
    label: wordsPattern(row.email),
    labelNeeds: row.email,
    not: notPerson,
    score: 0.93,
  });
  rules.push({
    key: 'phone',
    label: wordsPattern(row.phone),
    labelNeeds: row.phone,
    not: anyOf(notPerson, NOT_A_PERSONAL_PHONE),
    score: 0.9,
  });
  return rules;
}

/** The `not` words of every row, as deny rows: furigana, middle names, company names, user names. */
function denyOf(rows: readonly LanguageRow[]): DenyRule[] {
  const words = rows.flatMap((r) => r.not ?? []);
  const pattern = wordsPattern(words);
  // Strong: 'Name (Kana)' is a phonetic box even though the word sits in brackets.
  return pattern ? [{ pattern, strong: true }] : [];
}

export const RULES_INTL: RuleTable = {
  lang: 'intl',
  rules: [
    ...LANGUAGES.flatMap(rowsOf),
    { key: 'name.given', attr: ATTR_GIVEN, score: 0.9 },
    { key: 'name.family', attr: ATTR_FAMILY, score: 0.9 },
    { key: 'phone', attr: ATTR_PHONE, score: 0.88 },
    { key: 'email', attr: ATTR_EMAIL, score: 0.9 },
  ],
  deny: denyOf(LANGUAGES),
  sections: [],
  anchors: {},
};

/** Name words that ask for one part only beside the other part's box (Nombre, Όνομα, Ime). */
export const GIVEN_ALONE = wholeLabel(LANGUAGES.flatMap((r) => r.givenAlone ?? []))!;
/** Name words that mean "name" (Name, Nom, Naam, Név): the whole name, or the part a neighbour lacks. */
export const BARE_NAME = wholeLabel(['name', ...LANGUAGES.flatMap((r) => r.bare ?? [])])!;
