// Every adapter is proven end to end: it has fixture pages in its site's DOM shape whose expectations
// name it (and the address it claims), and the end-to-end fill test runs every fixture page
// (tests/e2e/fill-fixtures-suite.ts reads them all). A fixture served at an adapter's address must
// expect that adapter, so no page silently tests the generic engine instead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor } from '~/lib/adapters';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

interface Expect {
  page: string;
  url?: string;
  adapter?: string;
  fields: unknown[];
}

const expectations: Expect[] = readdirSync(PAGES)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => JSON.parse(readFileSync(join(PAGES, f), 'utf8')) as Expect);

describe.each(ADAPTERS.map((a) => ({ id: a.id })))('adapter $id', ({ id }) => {
  const own = expectations.filter((e) => e.adapter === id);

  it('has fixture pages with expected fields', () => {
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(e.fields.length, e.page).toBeGreaterThan(0);
  });

  it('is served at an address it claims', () => {
    for (const e of own) {
      expect(e.url, `${e.page} needs "url"`).toBeDefined();
      expect(adapterFor(new URL(e.url!))?.id, e.page).toBe(id);
    }
  });
});

const written = (id?: string) => !id || ADAPTERS.some((a) => a.id === id);

describe('fixture pages served at a site address', () => {
  it.each(expectations.filter((e) => e.url && written(e.adapter)))(
    '$page expects the adapter that claims its url',
    (e) => {
      expect(e.adapter ?? 'generic').toBe(adapterFor(new URL(e.url!))?.id ?? 'generic');
    },
  );
  // A site page may land before its adapter; it is checked from the commit that adds the adapter.
  for (const e of expectations.filter((x) => !written(x.adapter)))
    it.todo(`${e.page}: awaiting the ${e.adapter} adapter`);
});
