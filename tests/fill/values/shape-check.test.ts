// The last check before writing: the value must fit the box as the page describes it.
import { describe, expect, it } from 'vitest';
import { renderValue } from '~/lib/fill/values/render-value';
import { misfit } from '~/lib/fill/values/shape-check';
import type { Fact } from '~/lib/fill/values/facts';
import type { FieldKey } from '~/lib/fill/types';
import { cls, makeField, mount } from './make-field';

function box(html: string, label = '') {
  return makeField(mount(html), 'text', { label, lang: 'en' });
}

const NAME: Fact = { type: 'text', value: 'Siyuan Li' };
const BIRTH: Fact = { type: 'date', value: { year: 1997, month: 5 } };

function rendered(fact: Fact, html: string, key: FieldKey, label = ''): string {
  const r = renderValue(fact, box(html, label), cls(key), { lang: 'en' });
  return r.ok ? r.value : `skip: ${r.reason}`;
}

describe('a value that does not fit the box is not written', () => {
  it('a name box asking for the name in its own script takes no romanized name', () => {
    expect(misfit('Li', box('<input>', 'Family Name (Local Script)'), 'name.family')).toBeDefined();
    expect(misfit('Siyuan Li', box('<input placeholder="请填写汉字">', '姓名'), 'name.full')).toBeDefined();
    expect(misfit('李', box('<input>', 'Family Name (Local Script)'), 'name.family')).toBeUndefined();
    expect(misfit('Li', box('<input>', 'Family Name'), 'name.family')).toBeUndefined();
  });

  it('type, inputmode and pattern', () => {
    expect(misfit('Siyuan Li', box('<input type="tel">'), 'name.full')).toBeDefined();
    expect(misfit('Siyuan Li', box('<input inputmode="numeric">'), 'name.full')).toBeDefined();
    expect(misfit('Siyuan Li', box('<input type="email">'), 'name.full')).toBeDefined();
    expect(misfit('+8613712345678', box('<input pattern="[0-9]{3}-[0-9]{4}">'), 'phone')).toBeDefined();
    expect(misfit('13712345678', box('<input type="tel" pattern="\\d{11}">'), 'phone')).toBeUndefined();
    expect(misfit('Siyuan', box('<input type="text">'), 'name.given')).toBeUndefined();
  });

  it('a placeholder showing a date, an email or a phone number', () => {
    expect(misfit('13712345678', box('<input placeholder="DD/MM/YYYY">'), 'phone')).toBeDefined();
    expect(misfit('13712345678', box('<input placeholder="jj/mm/aaaa">'), 'phone')).toBeDefined();
    expect(misfit('Siyuan Li', box('<input placeholder="jane@example.com">'), 'name.full')).toBeDefined();
    expect(misfit('Siyuan', box('<input placeholder="+44 7700 900123">'), 'name.given')).toBeDefined();
    expect(misfit('1997-05', box('<input placeholder="YYYY-MM">'), 'birth')).toBeUndefined();
  });

  it('one part of a number split over boxes takes no whole number', () => {
    expect(misfit('13712345678', box('<input type="tel" placeholder="0000">'), 'phone')).toBeDefined();
    expect(misfit('1997', box('<input placeholder="1990">'), 'birth')).toBeUndefined();
  });

  it('renderValue reports the misfit as the reason to skip', () => {
    expect(rendered(NAME, '<input type="tel">', 'name.full')).toMatch(/^skip: the box takes a number/);
  });
});

describe('a date of birth without a day', () => {
  it('is written only where the box says year and month', () => {
    expect(rendered(BIRTH, '<input>', 'birth', 'Date of birth')).toMatch(/^skip:/);
    expect(rendered(BIRTH, '<input placeholder="dd-mm-jjjj">', 'birth', 'Geboortedatum')).toMatch(/^skip:/);
    expect(rendered(BIRTH, '<input>', 'birth', '出生年月')).toBe('1997-05');
    expect(rendered(BIRTH, '<input placeholder="YYYY.MM">', 'birth', 'Birth')).toBe('1997.05');
  });
});

describe('an input mask has room for so many digits', () => {
  it('a +86 mobile does not go into a ten-digit US mask', () => {
    for (const placeholder of ['(###) ###-####', '___-___-____', '(555) 555-5555'])
      expect(misfit('13712345678', box(`<input type="tel" placeholder="${placeholder}">`), 'phone')).toBe(
        'the box takes a 10-digit number',
      );
  });

  it('a mask with room for the number, and an example without separators, let it in', () => {
    expect(misfit('13712345678', box('<input placeholder="138 0000 0000">'), 'phone')).toBeUndefined();
    expect(misfit('+8613712345678', box('<input placeholder="+86 138 0000 0000">'), 'phone')).toBeUndefined();
  });
});

describe('an example number is no mask', () => {
  it('mixed digits or a trailing ellipsis say nothing of the length', () => {
    expect(misfit('+8613712345678', box('<input placeholder="1-415-555-1234...">'), 'phone')).toBeUndefined();
    expect(misfit('+8613712345678', box('<input placeholder="1-415-555-1234">'), 'phone')).toBeUndefined();
  });
});
