// The Ashby adapter's own logic: the pins (system field ids, the phone known by its type, the location
// combobox without an id), the yes/no button pair collected as one radio-group control, and its driver
// answering through the buttons, on the fixture page's own React yes/no component and on a plain radio
// group beside it, which stays with the generic driver.
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { FieldDescription } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields, siteControls } from '~/lib/fill/adapt/pin-fields';
import { driverTable } from '~/lib/fill/drivers';
import { ashby } from '~/lib/adapters/ashby';
import { yesNoDriver } from '~/lib/adapters/ashby-yes-no';
import { YesNo } from '../fixtures/pages/ashby-en/yes-no';

const ENTRY = 'class="_fieldEntry_17tft_29 ashby-application-form-field-entry"';
const TITLE = 'class="_heading_101oc_53 ashby-application-form-question-title"';
const SPONSOR = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c21';

let root: Root | undefined;
afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.innerHTML = '';
});

const collect = () => collectFields(document, { lang: 'en', recognise: siteControls(document, ashby) });
const drivers = driverTable(ashby.drivers);

function contactForm(): void {
  document.body.innerHTML = `<form class="ashby-application-form-container">
    <div ${ENTRY} data-field-path="_systemfield_name"><label ${TITLE} for="_systemfield_name">Legal Name</label>
      <input id="_systemfield_name" name="_systemfield_name" type="text"></div>
    <div ${ENTRY} data-field-path="_systemfield_email"><label ${TITLE} for="_systemfield_email">Email</label>
      <input id="_systemfield_email" name="_systemfield_email" type="email"></div>
    <div ${ENTRY} data-field-path="3b8f2d14-6c0a-4e57-9a21-7d4c5e6f8a90"><label ${TITLE} for="3b8f2d14-6c0a-4e57-9a21-7d4c5e6f8a90">Numéro de téléphone</label>
      <input id="3b8f2d14-6c0a-4e57-9a21-7d4c5e6f8a90" name="3b8f2d14-6c0a-4e57-9a21-7d4c5e6f8a90" type="tel">
      <fieldset><legend>May we text you about this application?</legend>
        <label><input type="radio" name="communicationConsent" value="true">Yes</label>
        <label><input type="radio" name="communicationConsent" value="false">No</label></fieldset></div>
    <div ${ENTRY} data-field-path="_systemfield_location"><label ${TITLE} for="_systemfield_location">Location</label>
      <div><input role="combobox" aria-autocomplete="list" aria-expanded="false" placeholder="Start typing..."></div></div>
    <div ${ENTRY} data-field-path="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"><label ${TITLE} for="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d">Reference's phone</label>
      <input id="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" name="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" type="tel"></div>
  </form>`;
}

describe('ashby pins', () => {
  it('places name, email, the first tel box and the location by ids, paths and types, in any tenant language', () => {
    contactForm();
    const fields = collect();
    const pin = pinFields(document, fields, ashby);
    const placed = fields.map((f) => [
      f.el.id || f.el.getAttribute('role') || f.el.tagName,
      pin.classes.get(f.id)?.key ?? null,
    ]);
    expect(placed).toEqual([
      ['_systemfield_name', 'name.full'],
      ['_systemfield_email', 'email'],
      ['3b8f2d14-6c0a-4e57-9a21-7d4c5e6f8a90', 'phone'],
      ['FIELDSET', null],
      ['combobox', 'location'],
      ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', null],
    ]);
    expect(pin.misses).toEqual([]);
  });

  it('reports the page generation missing on a page without Ashby field entries', () => {
    document.body.innerHTML = '<form><input name="q"></form>';
    expect(pinFields(document, collect(), ashby).misses.map((m) => m.what)).toEqual(['page generation']);
  });
});

/** The fixture's React yes/no question beside a plain (native) radio question, with their state. */
function renderQuestions(): { answer: () => boolean | null; degree: () => string | null } {
  let answer: boolean | null = null;
  let degree: string | null = null;
  function Questions() {
    const [value, setValue] = useState<boolean | null>(null);
    const [choice, setChoice] = useState<string | null>(null);
    answer = value;
    degree = choice;
    return (
      <form className="ashby-application-form-container">
        <div className="_fieldEntry_17tft_29 ashby-application-form-field-entry" data-field-path={SPONSOR}>
          <label className="ashby-application-form-question-title" htmlFor={SPONSOR}>
            Will you now or in the future require visa sponsorship?
          </label>
          <YesNo name={SPONSOR} value={value} onChange={setValue} />
        </div>
        <div className="_fieldEntry_17tft_29 ashby-application-form-field-entry" data-field-path="degree">
          <fieldset>
            <legend>Highest degree earned</legend>
            {["Bachelor's", "Master's"].map((o) => (
              <label key={o}>
                <input
                  type="radio"
                  name="degree"
                  value={o}
                  checked={choice === o}
                  onChange={() => setChoice(o)}
                />
                {o}
              </label>
            ))}
          </fieldset>
        </div>
      </form>
    );
  }
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<Questions />));
  return { answer: () => answer, degree: () => degree };
}

const byLabel = (fields: FieldDescription[], text: string) => {
  const f = fields.find((x) => x.label.includes(text));
  if (!f) throw new Error(`no field labelled ${text}: ${fields.map((x) => x.label).join(' | ')}`);
  return f;
};

describe('ashby yes/no driver', () => {
  it('collects the button pair as one radio-group control labelled by its question, unanswered', () => {
    const state = renderQuestions();
    const fields = collect();
    const q = byLabel(fields, 'visa sponsorship');
    // One field: the hidden checkbox is part of the pair, not a checkbox of its own.
    expect(fields.filter((f) => f.label.includes('visa sponsorship'))).toHaveLength(1);
    expect(fields.some((f) => f.widget === 'checkbox')).toBe(false);
    expect(q.widget).toBe('radio-group');
    expect(q.el.querySelectorAll('button')).toHaveLength(2);
    expect(drivers['radio-group'].read(q)).toBe('');
    expect(state.answer()).toBeNull();
  });

  it('answers by clicking the button that means the value; reads the active button and the hidden checkbox', async () => {
    const state = renderQuestions();
    const q = byLabel(collect(), 'visa sponsorship');
    const driver = drivers['radio-group'];
    const saved = driver.save(q);
    expect(await driver.write(q, 'true', { match: 'boolean' })).toMatchObject({ ok: true, shown: 'Yes' });
    expect(state.answer()).toBe(true);
    expect(q.el.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    expect(q.el.querySelector('button[class*=_active_]')!.textContent).toBe('Yes');

    expect(await driver.write(q, 'No', { match: 'boolean' })).toMatchObject({ ok: true, shown: 'No' });
    expect(state.answer()).toBe(false);
    expect(q.el.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(false);
    expect(driver.read(q)).toBe('No');

    // Back to the answer saved before: a click on that button.
    const yes = yesNoDriver.save(q);
    expect(await driver.write(q, 'Yes')).toMatchObject({ ok: true });
    expect(await driver.restore(q, 'No')).toBe(true);
    expect(state.answer()).toBe(false);
    expect(yes).toBe('No');
    // Unanswered before: this question offers no way back to "no answer", and says so.
    expect(saved).toBe('');
    expect(await driver.restore(q, saved)).toBe(false);
    expect(driver.read(q)).toBe('No');
  });

  it('refuses a value that is neither answer, and leaves the question as it was', async () => {
    renderQuestions();
    const q = byLabel(collect(), 'visa sponsorship');
    expect(await drivers['radio-group'].write(q, 'Maybe later')).toMatchObject({ ok: false, shown: '' });
    expect(q.el.querySelector('button[class*=_active_]')).toBeNull();
  });

  it('leaves a real radio group to the generic driver', async () => {
    const state = renderQuestions();
    const degree = collect().find(
      (f) => f.widget === 'radio-group' && f.el.querySelector('input[type=radio]'),
    )!;
    expect(degree.el.querySelectorAll('button')).toHaveLength(0);
    expect(drivers['radio-group'].stager?.(degree)).toBeDefined();
    expect(await drivers['radio-group'].write(degree, "Master's")).toMatchObject({
      ok: true,
      shown: "Master's",
    });
    expect(state.degree()).toBe("Master's");
  });
});
