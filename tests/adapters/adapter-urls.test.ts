// Each platform's test URLs select exactly that platform (and, for an adapter, that adapter) and no
// other; the host permissions are exactly the platforms' patterns.
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, PLATFORMS, platformFor } from '~/lib/adapters';
import { matchesPattern, parsePattern } from '~/lib/fill/adapt/match-url';
import { RECRUITING_MATCHES } from '~/lib/sites/recruiting-hosts';

const isAdapter = (id: string) => ADAPTERS.some((a) => a.id === id);

const rows = PLATFORMS.flatMap((p) => p.testUrls.map((url) => ({ id: p.id, url })));

describe.each(rows)('$url', ({ id, url }) => {
  it(`selects ${id} and nothing else`, () => {
    expect(platformFor(url)?.id).toBe(id);
    expect(adapterFor(new URL(url))?.id).toBe(isAdapter(id) ? id : undefined);
    const claimedBy = PLATFORMS.filter((p) => p.matches.some((m) => matchesPattern(m, url))).map((p) => p.id);
    expect(claimedBy).toEqual([id]);
  });
});

describe('addresses no platform claims', () => {
  it.each([
    'https://www.greenhouse.io/',
    'https://greenhouse.io.evil.example/jobs',
    'https://lever.co/',
    'https://jobs.lever.co.example.com/x/apply',
    'http://example.com/apply',
    'https://fixtures.test/react-select-en.html',
    'file:///tmp/form.html',
  ])('%s', (url) => {
    expect(platformFor(url)).toBeUndefined();
    expect(adapterFor(new URL(url))).toBeUndefined();
  });
});

describe('the platform list', () => {
  it('has unique ids, and every platform at least one pattern and one test URL', () => {
    expect(new Set(PLATFORMS.map((p) => p.id)).size).toBe(PLATFORMS.length);
    for (const p of PLATFORMS) {
      expect(p.matches.length, p.id).toBeGreaterThan(0);
      expect(p.testUrls.length, p.id).toBeGreaterThan(0);
    }
  });

  it('holds only valid https match patterns', () => {
    for (const m of PLATFORMS.flatMap((p) => p.matches)) {
      expect(() => parsePattern(m)).not.toThrow();
      expect(m.startsWith('https://')).toBe(true);
    }
  });

  it('is the recruiting host list and the manifest host permissions, one source', () => {
    expect([...RECRUITING_MATCHES].sort()).toEqual([...new Set(PLATFORMS.flatMap((p) => p.matches))].sort());
  });
});

describe('match patterns', () => {
  it('read *. as the domain and any subdomain, and the path with its wildcards', () => {
    expect(matchesPattern('https://*.zhiye.com/*', 'https://zhiye.com/x')).toBe(true);
    expect(matchesPattern('https://*.zhiye.com/*', 'https://a.b.zhiye.com/x?y=1')).toBe(true);
    expect(matchesPattern('https://*.zhiye.com/*', 'https://notzhiye.com/x')).toBe(false);
    expect(
      matchesPattern(
        'https://boards.greenhouse.io/embed/*',
        'https://boards.greenhouse.io/embed/job_app?for=a',
      ),
    ).toBe(true);
    expect(
      matchesPattern('https://boards.greenhouse.io/embed/*', 'https://boards.greenhouse.io/acme/jobs/1'),
    ).toBe(false);
    expect(matchesPattern('https://jobs.lever.co/*', 'http://jobs.lever.co/a')).toBe(false);
    expect(matchesPattern('https://jobs.lever.co/*', 'not a url')).toBe(false);
  });
});
