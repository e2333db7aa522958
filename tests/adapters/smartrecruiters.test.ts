// The SmartRecruiters adapter on web components with open shadow roots: personal fields pinned by their
// inner ids in whichever root holds them, the phone's parts reached through their host with `>>>`, the
// entry blocks found out through shadow hosts, and the Add buttons named by aria-label. The elements are
// the fixture page's own (tests/fixtures/pages/smartrecruiters-en/spl-elements.ts).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { findAdapterAddButton, pinFields } from '~/lib/fill/adapt/pin-fields';
import { smartrecruiters } from '~/lib/adapters/smartrecruiters';
import {
  SplButton,
  SplCheckbox,
  SplDropzone,
  SplInput,
  SplPhoneField,
} from '../fixtures/pages/smartrecruiters-en/spl-elements';

beforeAll(() => {
  customElements.define('spl-input', SplInput);
  customElements.define('spl-checkbox', SplCheckbox);
  customElements.define('spl-phone-field', SplPhoneField);
  customElements.define('spl-dropzone', SplDropzone);
  customElements.define('spl-button', SplButton);
});
beforeEach(() => {
  document.body.innerHTML = '';
});

function page(): void {
  document.body.innerHTML = `<oc-application-form>
    <section><h2>Personal information</h2>
      <spl-input input-id="first-name-input" label="Prénom"></spl-input>
      <spl-input input-id="last-name-input" label="Nom"></spl-input>
      <spl-input input-id="email-input" label="E-mail" type="email"></spl-input>
      <spl-input input-id="confirm-email-input" label="Confirmez l'e-mail" type="email"></spl-input>
      <spl-phone-field label="Téléphone"></spl-phone-field></section>
    <section><spl-dropzone data-test="resume-upload" label="CV"></spl-dropzone></section>
    <section><h2>Experience</h2><div class="oc-entries"><oc-experience-entry>
      <spl-input data-test="experience-title" label="Title"></spl-input>
      <spl-checkbox data-test="experience-current" text="I currently work here"></spl-checkbox>
    </oc-experience-entry></div>
      <spl-button aria-label="Add experience entry">Add</spl-button></section>
    <section><h2>Education</h2><div class="oc-entries"></div>
      <spl-button aria-label="Add education entry">Add</spl-button></section>
  </oc-application-form>`;
}

const hostOf = (el: Element) => (el.getRootNode() as ShadowRoot).host;

describe('smartrecruiters pins', () => {
  it('places the personal fields by inner id and the phone parts through spl-phone-field, in any tenant language', () => {
    page();
    const fields = collectFields(document, { lang: 'en' });
    const pin = pinFields(document, fields, smartrecruiters);
    const keyOf = (css: string) => {
      const f = fields.find((x) => x.el.matches(css));
      return f && pin.classes.get(f.id)?.key;
    };
    expect(keyOf('#first-name-input')).toBe('name.given');
    expect(keyOf('#last-name-input')).toBe('name.family');
    expect(keyOf('#email-input')).toBe('email');
    expect(keyOf('#confirm-email-input')).toBe('email');
    expect(keyOf('select')).toBe('phone.countryCode');
    expect(keyOf('input[type=tel]')).toBe('phone.national');
    const code = fields.find((x) => x.el.matches('select'))!;
    expect(hostOf(code.el).localName).toBe('spl-phone-field');
    expect(pin.placedBy.get(code.id)).toMatchObject({
      by: 'adapter',
      selector: 'spl-phone-field >>> select',
    });
    expect(pin.misses).toEqual([]);
  });

  it('puts the fields of an entry, each in its own spl-* shadow root, in that entry’s block', () => {
    page();
    const fields = collectFields(document, { lang: 'en' });
    pinFields(document, fields, smartrecruiters);
    const entry = document.querySelector('oc-experience-entry');
    const inEntry = fields.filter((f) => entry!.contains(hostOf(f.el)));
    expect(inEntry).toHaveLength(2);
    for (const f of inEntry) {
      expect(f.block).toBe(entry);
      expect(f.sectionHeading).toBe('Experience');
    }
  });

  it('finds each section’s Add button by its aria-label', () => {
    page();
    expect(
      findAdapterAddButton(document, smartrecruiters, 'experience').button?.getAttribute('aria-label'),
    ).toBe('Add experience entry');
    expect(
      findAdapterAddButton(document, smartrecruiters, 'education').button?.getAttribute('aria-label'),
    ).toBe('Add education entry');
    expect(findAdapterAddButton(document, smartrecruiters, 'projects').button).toBeNull();
  });

  it('reports the page generation missing where there is no one-click form', () => {
    document.body.innerHTML = '<form><input name="q"></form>';
    expect(pinFields(document, collectFields(document), smartrecruiters).misses.map((m) => m.what)).toEqual([
      'page generation',
    ]);
  });
});
