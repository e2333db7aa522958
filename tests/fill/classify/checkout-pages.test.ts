// Classification on sign-up and checkout pages (the labelled development set of real pages): the words a
// checkout template puts around a box (its block's name in every aria-label and id, a loyalty club called
// 'Family', a slogan over a newsletter form) must not hide what the box itself asks.
import { afterEach, describe, expect, it } from 'vitest';
import { classifyField, classifyFields } from '~/lib/fill/classify/classify-field';
import { sectionContext } from '~/lib/fill/classify/section-context';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { misfit } from '~/lib/fill/values/shape-check';
import type { FieldKey } from '~/lib/fill/types';
import { makeField, type FieldSpec } from './make-field';

const keyOf = (label: string, spec: FieldSpec = {}): FieldKey | undefined =>
  classifyField(makeField(label, spec), [])?.key;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('section titles', () => {
  it.each([
    ['Save 70,00 Kč with IKEA Family', undefined],
    ['Poupe 22€ com IKEA Family', undefined],
    ['Family members', 'family'],
    ['Family information', 'family'],
    ['Relatives', 'family'],
    ['Next of kin', 'family'],
    ['Emergency contact', 'emergency'],
    ['Behind every project is a True Value®', undefined],
    ['Projects', 'projects'],
    ['Project experience', 'projects'],
    ['Tell us about your education', 'education'],
    ['Step 3: Enter Billing Information', 'payment'],
    // The job's title over the form names a team, not a checkout.
    ['Backend Engineer, Payments', 'posting'],
    ['Project manager experience', 'projects'],
    ['Payment details', 'payment'],
    ['In case of an emergency, whom should we contact on your behalf?', 'emergency'],
    ['Candidate privacy notice (GDPR)', 'declaration'],
    ['Voluntary self-identification of disability', 'other-entry'],
    ['诚信承诺', 'declaration'],
    // A form's own title is the whole form, not the section its words name.
    ['2026年市第一人民医院公开招聘工作人员报名登记表', 'personal'],
    ['Employment Application Form', 'personal'],
    ['Employment history', 'experience'],
  ])('%s → %s', (heading, ctx) => {
    expect(sectionContext(heading)).toBe(ctx);
  });

  it("a loyalty club's title does not make its name and email boxes someone else's", () => {
    const section = 'Save €9.10 with IKEA Family';
    expect(keyOf('Name', { section, autocomplete: 'billing given-name', name: 'first name' })).toBe(
      'name.given',
    );
    expect(keyOf('E-mail', { section, autocomplete: 'billing email', type: 'email' })).toBe('email');
  });

  it('a family-members section still vetoes every box', () => {
    expect(keyOf('Name', { section: 'Family members' })).toBeUndefined();
    expect(keyOf('Phone', { section: 'Family members' })).toBeUndefined();
  });
});

describe('address words around a box that names itself', () => {
  it('an aria-label naming the block does not veto the box labelled First Name', () => {
    expect(keyOf('First Name', { ariaLabel: 'Billing Address First Name', id: 'billaddr firstname' })).toBe(
      'name.given',
    );
    expect(keyOf('Phone', { ariaLabel: 'Shipping Address Phone', id: 'shipaddr phone' })).toBe('phone');
  });

  it('the address boxes themselves stay denied', () => {
    expect(keyOf('Address', { ariaLabel: 'Billing Address Line 1' })).toBeUndefined();
    expect(keyOf('Zip Code', { ariaLabel: 'Billing Address Zip' })).toBeUndefined();
    expect(keyOf('', { ariaLabel: 'Shipping Address First Name' })).toBeUndefined();
  });

  it("the last word of a checkout's name attribute names the box", () => {
    expect(keyOf('7xx xxx xxx', { name: 'delivery address phone' })).toBe('phone');
    expect(keyOf('', { id: 'billing address telephone' })).toBe('phone');
  });

  it('but never turns a search box into a phone box', () => {
    expect(
      keyOf('Search', { id: 'select delivery address phone', placeholder: 'Search...' }),
    ).toBeUndefined();
    expect(keyOf('', { name: 'delivery address city' })).toBeUndefined();
  });
});

describe('payment words', () => {
  it('a payment address is the payer, a payment method is a card', () => {
    expect(keyOf('Nombre', { id: 'payment firstname' })).toBe('name.given');
    expect(keyOf('Full name', { name: 'payment address name' })).toBe('name.full');
    expect(keyOf('Name', { id: 'payment add name' })).toBeUndefined();
    expect(keyOf('Name', { id: 'card holder name' })).toBeUndefined();
    expect(keyOf('First Name', { name: 'credit card billing address first name' })).toBe('name.given');
  });
});

describe('recipient names', () => {
  it.each([
    ['Name of the recipient', 'name.full'],
    ["Recipient's name", 'name.full'],
    ['Please enter the name of the consignee', 'name.full'],
    ['My real name', 'name.full'],
    ['Nombre de la persona que va a recibir', 'name.full'],
    ['Nama Penerima', 'name.full'],
  ])('%s → %s', (label, key) => {
    expect(keyOf(label)).toBe(key);
  });
});

describe('neighbouring boxes that are two questions', () => {
  it("'Telefon' then a box whose placeholder says E-mail keep their own keys", () => {
    document.body.innerHTML = `<form><div class="f"><label for="p">Telefon</label><input id="p" type="tel" placeholder="Telefon*"></div>
      <div class="f"><input type="email" placeholder="E-mail" aria-label="E-mail"></div></form>`;
    const fields = collectFields(document, { lang: 'en' });
    const out = classifyFields(fields);
    expect(fields.map((f) => out.get(f.id)?.key)).toEqual(['phone', 'email']);
  });
});

describe('a pattern that is a bare word', () => {
  it('is a template leftover, not a rule the name must match', () => {
    const field = makeField('First name', { autocomplete: 'given-name' });
    field.el.setAttribute('pattern', 'DMY');
    expect(misfit('Siyuan', field, 'name.given')).toBeUndefined();
    field.el.setAttribute('pattern', '[0-9]{11}');
    expect(misfit('Siyuan', field, 'name.given')).toBe('the value does not match the box’s pattern');
  });
});

describe('a prompt for the name beside a last-name box', () => {
  it("'Enter your name' then 'Enter your last name' are the given and the family name", () => {
    document.body.innerHTML = `<div><input id="auth-name" placeholder="Enter your name"></div>
      <div><input id="auth-family" placeholder="Enter your last name"></div>`;
    const fields = collectFields(document, { lang: 'en' });
    const out = classifyFields(fields);
    expect(fields.map((f) => out.get(f.id)?.key)).toEqual(['name.given', 'name.family']);
  });

  it("'Enter your name' alone is the whole name", () => {
    document.body.innerHTML = `<div><input id="n" placeholder="Enter your name"></div>`;
    const fields = collectFields(document, { lang: 'en' });
    expect(classifyFields(fields).get(fields[0]!.id)?.key).toBe('name.full');
  });
});
