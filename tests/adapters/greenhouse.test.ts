// The Greenhouse adapter on the legacy board, with the real jQuery 3 and select2 3 the fixture page runs
// (greenhouse-legacy-en): the select2 school box, the select2-drawn degree and discipline selects and the
// MM / YYYY boxes of an education entry are pinned by the adapter's legacy-board selectors, none missed.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import { pinFields, siteControls } from '~/lib/fill/adapt/pin-fields';
import { greenhouse } from '~/lib/adapters/greenhouse';
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

describe('greenhouse legacy board (select2 3)', () => {
  it('pins every control of an education entry, no selector missed', () => {
    document.body.innerHTML = `<form id="application_form"><div id="education_section">
      <div id="education_entries"></div><a href="#" id="add_education">+ Add another education</a></div></form>`;
    const block = educationBlock(0);
    document.getElementById('education_entries')!.appendChild(block);
    setup.initSelects(block);
    setup.initSchool(block.querySelector<HTMLInputElement>('input.school-name')!);
    const fields = collectFields(document, { lang: 'en', recognise: siteControls(document, greenhouse) });
    const pinned = pinFields(document, fields, greenhouse);
    const keyOf = (id: string) => {
      const c = pinned.classes.get(fields.find((f) => f.el.id === id)!.id);
      return c && [c.key, c.part].filter(Boolean).join(' ');
    };
    expect(
      [
        's2id_education_school_name_0',
        'education_degree_0',
        'education_discipline_0',
        'education_start_month_0',
        'education_start_year_0',
        'education_end_month_0',
        'education_end_year_0',
      ].map(keyOf),
    ).toEqual([
      'education.school',
      'education.degree',
      'education.major',
      'education.start month',
      'education.start year',
      'education.end month',
      'education.end year',
    ]);
    expect(pinned.misses.filter((m) => m.what.startsWith('education'))).toEqual([]);
  });
});
