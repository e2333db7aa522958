// An adapter's pinned selectors on a collected form: they classify what they find ahead of the rules,
// number repeated entries, set aside what the site locks, and name every selector of the page's DOM
// generation that found nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields } from '~/lib/fill/adapt/pin-fields';

type Dom = 'new' | 'old';

const adapter: SiteAdapter<Dom> = {
  id: 'demo',
  name: 'Demo',
  matches: ['https://apply.demo.example/*'],
  testUrls: ['https://apply.demo.example/jobs/1'],
  generations: {
    new: { name: 'new form', detect: 'form#apply-new' },
    old: { name: 'old form', detect: 'form#apply-old' },
  },
  fields: [
    {
      key: 'name.full',
      selectors: [
        { css: 'input[data-field="fullName"]', dom: 'new' },
        { css: 'input[name="cand[name]"]', dom: 'old' },
      ],
    },
    { key: 'email', selectors: [{ css: 'input[data-field="mail"]', dom: 'new' }] },
    { key: 'education.school', optional: true, selectors: [{ css: 'input[id^="school-"]', dom: 'new' }] },
    { key: 'github', optional: true, selectors: [{ css: 'input[data-field="gh"]', dom: 'new' }] },
  ],
  own: { locked: [{ css: 'input[data-locked]', dom: 'new' }] },
};

const idOf = (fields: ReturnType<typeof collectFields>, sel: string) =>
  fields.find((f) => f.el.matches(sel))!.id;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('pinFields', () => {
  it('classifies the controls its selectors find, numbering repeated entries in page order', () => {
    // A label that says nothing useful: only the adapter knows what these ask for.
    document.body.innerHTML = `<form id="apply-new">
      <label>Field A <input data-field="fullName"></label>
      <label>Field B <input data-field="mail"></label>
      <label>Field C <input id="school-0"></label>
      <label>Field D <input id="school-1"></label>
      <label>Field E <input data-field="account" data-locked></label></form>`;
    const fields = collectFields(document, { lang: 'en' });
    const pin = pinFields(document, fields, adapter);
    expect(pin.classes.get(idOf(fields, '[data-field=fullName]'))).toMatchObject({
      key: 'name.full',
      confidence: 1,
    });
    expect(pin.classes.get(idOf(fields, '[data-field=mail]'))?.key).toBe('email');
    expect(pin.classes.get(idOf(fields, '#school-1'))).toMatchObject({ key: 'education.school', entry: 1 });
    expect(pin.placedBy.get(idOf(fields, '#school-0'))).toEqual({
      by: 'adapter',
      selector: 'input[id^="school-"]',
      variant: 'new form',
    });
    expect(pin.locked).toEqual(new Set([idOf(fields, '[data-locked]')]));
    // github is optional: a posting that does not ask for it is not a changed site.
    expect(pin.misses).toEqual([]);
  });

  it('gives a firstOnly key to the first control found only, so a later one of that kind stays the rules’', () => {
    document.body.innerHTML = `<form id="apply-new">
      <label>Téléphone <input type="tel" id="t1"></label>
      <label>Field B <input data-field="mail"></label>
      <label>Référence <input type="tel" id="t2"></label></form>`;
    const withPhone: SiteAdapter<Dom> = {
      ...adapter,
      fields: [{ key: 'phone', firstOnly: true, selectors: [{ css: 'input[type=tel]', dom: 'new' }] }],
    };
    const fields = collectFields(document, { lang: 'en' });
    const pin = pinFields(document, fields, withPhone);
    expect(pin.classes.get(idOf(fields, '#t1'))?.key).toBe('phone');
    expect(pin.classes.has(idOf(fields, '#t2'))).toBe(false);
    expect(pin.misses).toEqual([]);
  });

  it('steps into a host’s open shadow root with >>>, and finds blocks out through shadow hosts', () => {
    document.body.innerHTML = `<form id="apply-new"><x-phone></x-phone><x-entry><x-box></x-box></x-entry></form>`;
    const phone = document.querySelector('x-phone')!.attachShadow({ mode: 'open' });
    phone.innerHTML =
      '<label>Code <select><option>+86</option></select></label><label>Nr <input type="tel"></label>';
    // Another root's select and tel box: no part of x-phone, never pinned by `x-phone >>> …`.
    const box = document.querySelector('x-box')!.attachShadow({ mode: 'open' });
    box.innerHTML =
      '<label>Other <select><option>a</option></select></label><label>School <input id="s"></label>';
    const shadowed: SiteAdapter<Dom> = {
      ...adapter,
      fields: [
        { key: 'phone.countryCode', selectors: [{ css: 'x-phone >>> select', dom: 'new' }] },
        { key: 'phone.national', selectors: [{ css: 'x-phone >>> input[type=tel]', dom: 'new' }] },
      ],
      blocks: { education: [{ css: 'x-entry', dom: 'new' }] },
    };
    const fields = collectFields(document, { lang: 'en' });
    const pin = pinFields(document, fields, shadowed);
    const keys = fields.map((f) => [f.el.getRootNode() === phone, pin.classes.get(f.id)?.key ?? null]);
    expect(keys).toEqual([
      [true, 'phone.countryCode'],
      [true, 'phone.national'],
      [false, null],
      [false, null],
    ]);
    expect(fields.find((f) => f.el.id === 's')!.block).toBe(document.querySelector('x-entry'));
    expect(pin.misses).toEqual([]);
  });

  it('lists a required field whose selectors of the page’s generation all found nothing', () => {
    document.body.innerHTML = `<form id="apply-new"><label>Name <input data-field="name-v2"></label>
      <label>Email <input data-field="mail"></label></form>`;
    const fields = collectFields(document, { lang: 'en' });
    const pin = pinFields(document, fields, adapter);
    // Only the new form's selector is tried and reported; the old form's is not this page's.
    expect(pin.misses).toEqual([
      {
        what: 'name.full',
        selector: 'input[data-field="fullName"]',
        variant: 'new form',
        reason: 'matched nothing',
      },
    ]);
    expect(pin.classes.size).toBe(1);
  });

  it('uses the selectors of the generation on the page', () => {
    document.body.innerHTML = `<form id="apply-old"><label>Name <input name="cand[name]"></label></form>`;
    const fields = collectFields(document, { lang: 'en' });
    const pin = pinFields(document, fields, adapter);
    expect(pin.placedBy.get(fields[0].id)).toMatchObject({
      selector: 'input[name="cand[name]"]',
      variant: 'old form',
    });
    expect(pin.misses).toEqual([]);
  });

  it('says so when no known generation of the site is on the page', () => {
    document.body.innerHTML = `<form id="apply-2030"><label>Name <input name="n"></label></form>`;
    const pin = pinFields(document, collectFields(document, { lang: 'en' }), adapter);
    expect(pin.classes.size).toBe(0);
    expect(pin.misses.map((m) => [m.what, m.selector])).toEqual([
      ['page generation', 'form#apply-new'],
      ['page generation', 'form#apply-old'],
    ]);
  });

  it('a selector that finds only something that is not a control is a miss, not a crash', () => {
    document.body.innerHTML = `<form id="apply-new"><input type="hidden" data-field="fullName">
      <label>Email <input data-field="mail"></label></form>`;
    const pin = pinFields(document, collectFields(document, { lang: 'en' }), adapter);
    expect(pin.misses[0]).toMatchObject({
      what: 'name.full',
      reason: 'matched only elements that are not fillable controls',
    });
  });
});
