// The Greenhouse adapter's own logic on the legacy board, with the real jQuery 3 and select2 3 the
// fixture page runs (greenhouse-legacy-en): the remote school select2 is collected as one combobox and
// pinned as the school; its driver types into select2's own search, takes only the result that is the
// name (a near miss leaves it empty and the list shut) and undoes through select2's ×; a select2-drawn
// <select> is pinned and written through the generic native-select driver.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FieldDescription } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields, siteControls } from '~/lib/fill/adapt/pin-fields';
import { driverTable } from '~/lib/fill/drivers';
import { greenhouse } from '~/lib/adapters/greenhouse';
import { isSelect2Box, select2Driver } from '~/lib/adapters/greenhouse-select2';
import { educationBlock } from '../fixtures/pages/greenhouse-legacy-en/education-block';

type Setup = typeof import('../fixtures/pages/greenhouse-legacy-en/select2-setup');
let setup: Setup;

beforeAll(async () => {
  // select2 3 is a classic script reading the global jQuery: the page's own set-up module provides it.
  setup = await import('../fixtures/pages/greenhouse-legacy-en/select2-setup');
});

afterEach(() => {
  document.body.innerHTML = '';
});

function board(): HTMLElement {
  document.body.innerHTML = `<form id="application_form"><div id="education_section">
    <div id="education_entries"></div><a href="#" id="add_education">+ Add another education</a></div></form>`;
  const block = educationBlock(0);
  document.getElementById('education_entries')!.appendChild(block);
  setup.initSelects(block);
  setup.initSchool(block.querySelector<HTMLInputElement>('input.school-name')!);
  return block;
}

const collect = () => collectFields(document, { lang: 'en', recognise: siteControls(document, greenhouse) });
const drivers = driverTable(greenhouse.drivers);

function school(fields: FieldDescription[]): FieldDescription {
  const f = fields.find((x) => x.el.id === 's2id_education_school_name_0');
  if (!f) throw new Error('school box not collected');
  return f;
}

const held = () =>
  (
    setup.select2(document.getElementById('education_school_name_0')!).select2('data') as {
      text: string;
    } | null
  )?.text ?? '';

describe('greenhouse legacy board (select2 3)', () => {
  it('collects the school box as a combobox and pins the entry’s controls, no selector missed', () => {
    board();
    const fields = collect();
    const box = school(fields);
    expect(box.widget).toBe('combobox');
    expect(isSelect2Box(box.el)).toBe(true);
    const pinned = pinFields(document, fields, greenhouse);
    const keyOf = (id: string) => pinned.classes.get(fields.find((f) => f.el.id === id)!.id)?.key;
    expect(keyOf('s2id_education_school_name_0')).toBe('education.school');
    expect(keyOf('education_degree_0')).toBe('education.degree');
    expect(keyOf('education_discipline_0')).toBe('education.major');
    expect(pinned.misses.filter((m) => m.what.startsWith('education'))).toEqual([]);
  });

  it('picks the school whose name it is, among near misses, and select2 holds it', async () => {
    board();
    const box = school(collect());
    expect(drivers.combobox.read(box)).toBe('');
    const r = await drivers.combobox.write(box, 'National University of Singapore');
    expect(r).toEqual({ ok: true, shown: 'National University of Singapore' });
    expect(held()).toBe('National University of Singapore');
    expect((document.getElementById('education_school_name_0') as HTMLInputElement).value).toBe('5101');
    expect(box.el.classList.contains('select2-dropdown-open')).toBe(false);
  });

  it('leaves the school empty and the list shut when no result is the name', async () => {
    board();
    const box = school(collect());
    const r = await select2Driver.write(box, 'National University');
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('no result is that name');
    expect(held()).toBe('');
    expect(box.el.classList.contains('select2-dropdown-open')).toBe(false);
  });

  it('undo empties the school through select2’s ×', async () => {
    board();
    const box = school(collect());
    const saved = select2Driver.save(box);
    expect((await select2Driver.write(box, '华中科技大学')).ok).toBe(true);
    expect(held()).toBe('华中科技大学');
    expect(await select2Driver.restore(box, saved)).toBe(true);
    expect(held()).toBe('');
    expect(select2Driver.read(box)).toBe('');
  });

  it('hands controls that are no select2 box to the generic combobox driver', () => {
    document.body.innerHTML = '<div class="select__control"><input role="combobox" id="school--0" /></div>';
    const el = document.getElementById('school--0')!;
    expect(isSelect2Box(el)).toBe(false);
  });
});
