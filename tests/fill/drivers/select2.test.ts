// select2 3 over a hidden input (a remote list), with the real jQuery 3 and select2 3 as the
// greenhouse-legacy-en fixture page sets them up: the drawn box is collected as one combobox with its
// question's label, and the combobox driver types into select2's own search, takes only the result that
// is the name (a near miss leaves it empty and the list shut) and undoes through select2's ×.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FieldDescription } from '~/lib/fill/types';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { isSelect2Box } from '~/lib/fill/collect/recognise-control';
import { driverTable } from '~/lib/fill/drivers';
import { select2Driver } from '~/lib/fill/drivers/select2';
import { educationBlock } from '../../fixtures/pages/greenhouse-legacy-en/education-block';

type Setup = typeof import('../../fixtures/pages/greenhouse-legacy-en/select2-setup');
let setup: Setup;

beforeAll(async () => {
  // select2 3 is a classic script reading the global jQuery: the page's own set-up module provides it.
  setup = await import('../../fixtures/pages/greenhouse-legacy-en/select2-setup');
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

const collect = () => collectFields(document, { lang: 'en' });
const drivers = driverTable();

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

describe('select2 3 over a hidden input', () => {
  it('collects the drawn box as one combobox labelled by its question, beside the select2 selects', () => {
    board();
    const fields = collect();
    const box = school(fields);
    expect([box.widget, box.label, isSelect2Box(box.el)]).toEqual(['combobox', 'School', true]);
    expect(fields.filter((f) => f.el.closest('.field')?.querySelector('#education_school_name_0'))).toEqual([
      box,
    ]);
    expect(fields.filter((f) => f.widget === 'select').map((f) => [f.el.id, f.label])).toEqual([
      ['education_degree_0', 'Degree'],
      ['education_discipline_0', 'Discipline'],
    ]);
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

  it('a select2 box over a <select> is left to the select', () => {
    board();
    const degree = document.getElementById('s2id_education_degree_0')!;
    expect(isSelect2Box(degree)).toBe(false);
    expect(isSelect2Box(document.getElementById('s2id_education_school_name_0')!)).toBe(true);
  });
});
