// Fields that look like the applicant's name, email or phone on mixed pages but are not: checkout and
// sign-up forms namespace their fields, put card holders and login names beside the real ones.
import { describe, expect, it } from 'vitest';
import { classifyField, classifyFields } from '~/lib/fill/classify/classify-field';
import { fromAutocomplete } from '~/lib/fill/classify/autocomplete-map';
import { makeField, makeFields, type FieldSpec } from './make-field';

function keyOf(label: string, spec: FieldSpec = {}) {
  const field = makeField(label, { lang: 'en', ...spec });
  return classifyField(field, [field])?.key ?? null;
}

describe('name/id words', () => {
  it('an address word at the front of an attribute is where the field sits, not what it is', () => {
    expect(keyOf('First Name', { name: 'dwfrm billing address fields first name' })).toBe('name.given');
    expect(keyOf('Phone', { name: 'shipping address phone' })).toBe('phone');
    expect(keyOf('', { name: 'address mobile number', type: 'tel' })).toBe('phone');
  });

  it('a deny word as the attribute’s own name still denies', () => {
    expect(keyOf('', { name: 'street address' })).toBeNull();
    expect(keyOf('', { name: 'billing postcode' })).toBeNull();
  });

  it('cc-given-name on a billing address’s plain name box: the label decides; on a card it still vetoes', () => {
    const billing = { autocomplete: 'cc-given-name', section: 'Invoice address' };
    expect(keyOf('First name', billing)).toBe('name.given');
    expect(keyOf('Surname', { autocomplete: 'cc-family-name', section: 'Invoice address' })).toBe(
      'name.family',
    );
    expect(keyOf('First Name', { autocomplete: 'cc-given-name', section: 'Credit Card' })).toBeNull();
    expect(keyOf('First name', { ...billing, name: 'card first name' })).toBeNull();
    expect(keyOf('Karteninhaber', { autocomplete: 'cc-name', section: 'Karte' })).toBeNull();
    expect(keyOf('Name', { autocomplete: 'cc-name', section: 'Billing' })).toBeNull();
  });

  it('strong words count anywhere in the attribute', () => {
    expect(keyOf('First name', { name: 'card holder first name' })).toBeNull();
    expect(keyOf('Phone', { name: 'emergency contact phone' })).toBeNull();
    expect(keyOf('', { name: 'phonetic kana given name' })).toBeNull();
  });
});

describe('look-alike labels', () => {
  it('card holders, VAT numbers, login names, middle names', () => {
    for (const label of ['Name on card', 'Cardholder’s Last Name', 'VAT number', 'Username', 'Middle name'])
      expect(keyOf(label), label).toBeNull();
  });

  it('an email-only box named Username is the email; “Email or username” too', () => {
    expect(keyOf('Username', { type: 'email' })).toBe('email');
    expect(keyOf('Email/Username')).toBe('email');
  });

  it('one label naming two contact facts, or a label and a placeholder that disagree, leave the box alone', () => {
    expect(keyOf('Телефон E-mail')).toBeNull();
    expect(keyOf('First Name', { placeholder: 'Email Address*' })).toBeNull();
    expect(keyOf('First name', { placeholder: 'Last name:' })).toBeNull();
    expect(keyOf('Phone', { placeholder: 'Mobile number' })).toBe('phone');
  });

  it('Name and surname in one box is the whole name', () => {
    expect(keyOf('Name and surname')).toBe('name.full');
    expect(keyOf('Full name (first name and surname)')).toBe('name.full');
  });
});

describe('autocomplete', () => {
  it('follows the token grammar; made-up words are not tokens', () => {
    expect(fromAutocomplete('shipping given-name')?.key).toBe('name.given');
    expect(fromAutocomplete('billing tel')?.key).toBe('phone');
    expect(fromAutocomplete('shipping company name')).toBeUndefined();
    expect(fromAutocomplete('username')).toBeNull();
  });

  it('beats a weak deny word in the attribute', () => {
    expect(
      keyOf('Voornaam', { autocomplete: 'shipping given-name', name: 'shipment address first name' }),
    ).toBe('name.given');
  });
});

describe('family-first pages', () => {
  it('two unlabelled name boxes are family then given on a Hungarian page, given then family elsewhere', () => {
    const run = (lang: string) => {
      document.documentElement.setAttribute('lang', lang);
      document.body.innerHTML = '<div class="name"><input id="a"><input id="b"></div>';
      const fields = makeFields([['Név'], ['Név']]).map((f, i) => ({
        ...f,
        el: document.getElementById(i ? 'b' : 'a')!,
      }));
      const out = classifyFields(fields);
      return fields.map((f) => out.get(f.id)?.key);
    };
    expect(run('hu')).toEqual(['name.family', 'name.given']);
    expect(run('en')).toEqual(['name.given', 'name.family']);
    document.documentElement.removeAttribute('lang');
    document.body.innerHTML = '';
  });
});

describe('phone country', () => {
  it('a Country list of dial codes beside the phone is the country code', () => {
    const options = ['China (+86)', 'United States (+1)', 'United Kingdom (+44)', 'Germany (+49)'];
    expect(keyOf('Country', { widget: 'select', options })).toBe('phone.countryCode');
    expect(keyOf('Country', { widget: 'select', options: ['China', 'United States', 'Germany'] })).toBeNull();
  });
});

describe('more look-alikes from sign-up pages', () => {
  it('patronymic and middle names, split local phone parts, a confirmation code beside the phone', () => {
    expect(keyOf('ПІБ', { id: 'middle name', placeholder: 'Patronymic' })).toBeNull();
    expect(keyOf('', { name: 'tel local prefix' })).toBeNull();
    expect(keyOf('Name Surname')).toBe('name.full');
    const fields = makeFields([
      ['Phone', { lang: 'en', type: 'tel' }],
      ['The code is sent to this phone number', { lang: 'en', id: 'pay confirm code', maxLength: 4 }],
    ]);
    expect(classifyFields(fields).get(1)?.key).not.toBe('phone.countryCode');
  });
});

describe('autocomplete organization', () => {
  it('is the company only when the label agrees', () => {
    expect(keyOf('Company', { autocomplete: 'organization' })).toBe('currentCompany');
    expect(keyOf('', { autocomplete: 'organization' })).toBe('currentCompany');
    expect(keyOf('Piso', { autocomplete: 'organization' })).toBeNull();
    expect(keyOf('VAT number', { autocomplete: 'organization' })).toBeNull();
  });
});

describe('a checkout’s billing and shipping parts', () => {
  it('take the person’s name and contact but never the employer', () => {
    for (const section of ['Billing', 'Shipping address', '收货信息']) {
      expect(keyOf('Company', { autocomplete: 'organization', section }), section).toBeNull();
      expect(keyOf('Full name', { section }), section).toBe('name.full');
      expect(keyOf('Email', { section, type: 'email' }), section).toBe('email');
    }
    expect(keyOf('Company', { section: 'Work experience' })).not.toBeNull();
  });
});

describe('a date of birth split into day, month and year', () => {
  it('marks every part with the whole set, so a résumé without a day leaves all three alone', () => {
    document.body.innerHTML =
      '<div class="dob"><select id="d"></select><select id="m"></select><select id="y"></select></div>';
    const fields = makeFields([
      ['Day', { lang: 'en', widget: 'select', groupLabel: 'Date of birth' }],
      ['Month', { lang: 'en', widget: 'select', groupLabel: 'Date of birth' }],
      ['Year', { lang: 'en', widget: 'select', groupLabel: 'Date of birth' }],
    ]).map((f, i) => ({ ...f, el: document.getElementById('dmy'[i]!)! }));
    const out = classifyFields(fields);
    expect(fields.map((f) => out.get(f.id)?.part)).toEqual(['day', 'month', 'year']);
    for (const f of fields) expect(out.get(f.id)?.partsOf).toEqual(['day', 'month', 'year']);
    document.body.innerHTML = '';
  });
});

describe('the job ad printed above the form', () => {
  it('is no section: 任职要求 or Responsibilities leave the fields below as the applicant’s', () => {
    expect(keyOf('邮箱', { section: '任职要求' })).toBe('email');
    expect(keyOf('Phone', { section: 'Responsibilities' })).toBe('phone');
    expect(keyOf('邮箱', { section: '工作经历' })).toBeNull();
  });
});

describe('more checkout look-alikes', () => {
  it('a company name/id under a label that names something else, or a Company label on an address line', () => {
    expect(keyOf('DIČ', { name: 'company num tax' })).toBeNull();
    expect(keyOf('', { placeholder: 'Building Name / No.', name: 'company' })).toBeNull();
    expect(keyOf('Company', { name: 'user data b address 2' })).toBeNull();
    expect(keyOf('', { name: 'company' })).not.toBeNull();
  });

  it('a shop’s Department is no employer’s department; “Telephone (+ country code)” is the whole number', () => {
    expect(keyOf('Department', { name: 'department' })).toBeNull();
    expect(keyOf('Telephone (+ country code)')).toBe('phone');
    expect(keyOf('Attention', { autocomplete: 'given-name' })).toBeNull();
  });
});

describe('Title beside the name boxes', () => {
  it('is an honorific, not the job title', () => {
    const fields = makeFields([
      ['Title', { lang: 'en', section: 'Work experience' }],
      ['First name', { lang: 'en' }],
      ['Last name', { lang: 'en' }],
    ]);
    expect(classifyFields(fields).get(0)).toBeUndefined();
    const job = makeFields([
      ['Company', { lang: 'en', section: 'Work experience' }],
      ['Title', { lang: 'en', section: 'Work experience' }],
    ]);
    expect(classifyFields(job).get(1)?.key).toBe('experience.title');
  });
});

describe('a Name box of a payment card form', () => {
  it('is the card holder’s', () => {
    expect(keyOf('Name', { id: 'payment-add-name', name: 'name' })).toBeNull();
    expect(keyOf('Name', { id: 'customer-name', name: 'name' })).toBe('name.full');
  });
});

describe('Workday zh name boxes', () => {
  it('名字 beside 姓氏 is the given name', () => {
    const out = classifyFields(
      makeFields([
        ['姓氏', { lang: 'zh' }],
        ['名字', { lang: 'zh' }],
      ]),
    );
    expect([out.get(0)?.key, out.get(1)?.key]).toEqual(['name.family', 'name.given']);
  });
});

describe('form builders: sub-labels and split phone numbers', () => {
  const keys = (specs: Array<[string, FieldSpec?]>) => {
    const fields = makeFields(specs.map(([l, s]) => [l, { lang: 'en', ...s }]));
    const out = classifyFields(fields);
    return fields.map((f) => out.get(f.id)?.key ?? null);
  };

  it('a First / Last sub-label under a Name question is that part of the name', () => {
    expect(
      keys([
        ['First', { groupLabel: 'Name' }],
        ['Last', { groupLabel: 'Name' }],
      ]),
    ).toEqual(['name.given', 'name.family']);
    expect(keys([['Middle', { groupLabel: 'Name' }]])).toEqual([null]);
    // Under any other question the word says nothing about a name.
    expect(keys([['First', { groupLabel: 'Preferred contact time' }]])).toEqual([null]);
  });

  it('an area code stays empty and the local number takes the national number', () => {
    const phone: Array<[string, FieldSpec?]> = [
      ['Phone Number', { autocomplete: 'section-input_5 tel-area-code', type: 'tel' }],
      ['Phone Number', { autocomplete: 'section-input_5 tel-local', type: 'tel' }],
    ];
    expect(keys(phone)).toEqual([null, 'phone.national']);
  });

  it('the local number of an employer’s phone is the employer’s', () => {
    expect(
      keys([
        ['Employer Phone', { autocomplete: 'section-input_17 tel-area-code', type: 'tel' }],
        ['Phone Number', { autocomplete: 'section-input_17 tel-local', type: 'tel' }],
      ]),
    ).toEqual([null, null]);
    expect(keyOf('Employer phone')).toBeNull();
  });
});

describe('boxes beside the real one under one label', () => {
  it("a GPA's scale select ('满分', 'Scale') asks the scale; a GPA box whose hint names the scale is the GPA", () => {
    const section = '教育经历';
    expect(keyOf('GPA', { lang: 'zh', section, widget: 'select', placeholder: '满分' })).toBe(
      'education.gpaScale',
    );
    expect(keyOf('GPA', { section: 'Education', widget: 'select', placeholder: 'Scale' })).toBe(
      'education.gpaScale',
    );
    expect(keyOf('GPA', { lang: 'zh', section, placeholder: '如 3.8（满分4.0）' })).toBe('education.gpa');
    expect(keyOf('GPA', { lang: 'zh', section })).toBe('education.gpa');
  });

  it('a signature is never the name, nor 岗位代码 the title', () => {
    expect(keyOf('Name', { name: 'eeo disability signature' })).toBeNull();
    expect(keyOf('本人签名', { lang: 'zh' })).toBeNull();
    expect(keyOf('岗位代码', { lang: 'zh', section: '工作经历' })).toBeNull();
  });
});

describe('hints that refuse the romanized name', () => {
  it('an 英文名 box whose hint says 请勿填写拼音 is left alone; a plain one takes the pinyin', () => {
    const note = '选填，入职后在公司内部使用的英文名，如 Kevin，请勿填写拼音';
    expect(keyOf('英文名', { lang: 'zh', note })).toBeNull();
    expect(keyOf('英文名', { lang: 'zh' })).toBe('name.latinFull');
  });
});
