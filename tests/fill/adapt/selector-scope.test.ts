// An adapter selector scoped to a list is missed only when that list is on the page.
import { beforeEach, describe, expect, it } from 'vitest';
import { pinFields } from '~/lib/fill/adapt/pin-fields';
import { collectFields } from '~/lib/fill/collect/collect-fields';
import type { SiteAdapter } from '~/lib/fill/types';

const adapter: SiteAdapter<'v1'> = {
  id: 'scoped',
  name: 'Scoped',
  matches: ['https://example.test/*'],
  testUrls: ['https://example.test/apply'],
  generations: { v1: { name: 'v1', detect: 'form' } },
  fields: [
    {
      key: 'experience.company',
      selectors: [{ css: '[data-list="work"] input.company', dom: 'v1', scope: '[data-list="work"]' }],
    },
  ],
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('scoped adapter selectors', () => {
  it('a page without the list reports nothing missed', () => {
    document.body.innerHTML = '<form><div data-list="internship"><input class="company"></div></form>';
    expect(pinFields(document, collectFields(document), adapter).misses).toEqual([]);
  });

  it('a page with the list but not the control reports the selector missed', () => {
    document.body.innerHTML = '<form><div data-list="work"><input class="employer"></div></form>';
    expect(pinFields(document, collectFields(document), adapter).misses.map((m) => m.what)).toEqual([
      'experience.company',
    ]);
  });
});
