// A native <select> a component library took over (select2: the select moved off screen and out of the
// tab order, its drawn box beside it): collected through that box, written through the select and its
// change event, and counted as written only once the drawn box shows the choice. The markup follows what
// select2 3 renders (checked in Chromium on the greenhouse-legacy-en fixture), trimmed.
import { afterEach, describe, expect, it } from 'vitest';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { recogniseControl, selectStandIn } from '~/lib/fill/collect/recognise-control';
import { driverFor } from '~/lib/fill/drivers';
import { makeField } from '../values/make-field';

const OFFSCREEN = 'clip: rect(0 0 0 0); position: absolute; width: 1px; height: 1px; overflow: hidden';

/** select2 3: its container before the select, which it gives tabindex -1 and moves off screen. */
const select2 = (id: string, label: string, tabindex = ' tabindex="-1"') => `
  <div class="field">
    <label for="${id}">${label}</label>
    <div class="select2-container" id="s2id_${id}">
      <a href="javascript:void(0)" class="select2-choice"><span class="select2-chosen">--</span>
        <span class="select2-arrow"><b></b></span></a>
      <label for="s2id_autogen_${id}" class="select2-offscreen" style="${OFFSCREEN}">${label}</label>
      <input class="select2-focusser select2-offscreen" type="text" role="button" id="s2id_autogen_${id}"
        style="${OFFSCREEN}" />
    </div>
    <select id="${id}" class="select2-offscreen"${tabindex} style="${OFFSCREEN}">
      <option value="">--</option><option value="3">Bachelor's Degree</option>
      <option value="4">Master's Degree</option>
    </select>
  </div>`;

/** What select2 does on the select's change event: redraw its box with the chosen option. */
function redrawOnChange(select: HTMLSelectElement): void {
  select.addEventListener('change', () => {
    const chosen = document.querySelector(`#s2id_${select.id} .select2-chosen`)!;
    chosen.textContent = select.options[select.selectedIndex]!.textContent;
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a native select drawn by a library', () => {
  it('is recognised with its drawn box as the visible unit', () => {
    document.body.innerHTML = select2('education_degree_0', 'Degree');
    const select = document.querySelector('select')!;
    const box = document.getElementById('s2id_education_degree_0')!;
    expect(selectStandIn(select)).toBe(box);
    expect(recogniseControl(select)).toEqual({ el: select, widget: 'select', target: box });
  });

  it('is collected, labelled by its own label; the off-screen focusser is not', () => {
    document.body.innerHTML = select2('education_degree_0', 'Degree');
    const fields = collectFields(document);
    expect(fields.map((f) => [f.widget, f.label, f.el.id])).toEqual([
      ['select', 'Degree', 'education_degree_0'],
    ]);
  });

  it('select2 4 (the select aria-hidden, its box after it) is recognised the same way', () => {
    document.body.innerHTML = `<div class="field"><label for="degree">Degree</label>
      <select id="degree" class="select2-hidden-accessible" aria-hidden="true" tabindex="-1" style="${OFFSCREEN}">
        <option value="">--</option><option value="4">Master's Degree</option></select>
      <span class="select2 select2-container select2-container--default" dir="ltr">
        <span class="selection"><span class="select2-selection select2-selection--single" role="combobox"
          aria-haspopup="true" tabindex="0"><span class="select2-selection__rendered">--</span></span></span>
      </span></div>`;
    const select = document.querySelector('select')!;
    expect(selectStandIn(select)).toBe(document.querySelector('span.select2-container'));
    // The box's own combobox is a part of the select, never a field of its own.
    const fields = collectFields(document);
    expect(fields.map((f) => [f.widget, f.label, f.el.id])).toEqual([['select', 'Degree', 'degree']]);
  });

  it('a hidden select still in the tab order has no stand-in: it stays invisible (a honeypot)', () => {
    document.body.innerHTML = select2('trap', 'Degree', '');
    const select = document.querySelector('select')!;
    expect(selectStandIn(select)).toBeNull();
    expect(collectFields(document)).toEqual([]);
  });

  it('a plain select beside a plain box has none either', () => {
    document.body.innerHTML = `<div class="field"><select id="a" tabindex="-1"><option>x</option></select>
      <span class="hint">Pick one</span></div>`;
    expect(selectStandIn(document.querySelector('select')!)).toBeNull();
  });

  it('is written through the select and its change event, and outlined where it is drawn', async () => {
    document.body.innerHTML = select2('education_degree_0', 'Degree');
    const select = document.querySelector('select')!;
    redrawOnChange(select);
    const field = makeField(select, 'select');
    const driver = driverFor(field);
    const r = await driver.write(field, "Master's Degree");
    expect(r).toEqual({ ok: true, shown: "Master's Degree" });
    expect(select.value).toBe('4');
    expect(document.querySelector('.select2-chosen')!.textContent).toBe("Master's Degree");
    expect(driver.box?.(field)).toBe(document.getElementById('s2id_education_degree_0'));
  });

  it('is not counted as written while its drawn box still shows the old choice', async () => {
    document.body.innerHTML = select2('education_degree_0', 'Degree');
    const select = document.querySelector('select')!;
    const field = makeField(select, 'select');
    const r = await driverFor(field).write(field, "Master's Degree");
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('its drawn box did not show the choice');
  });
});
