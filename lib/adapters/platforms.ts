// Recruiting platforms the extension knows by address but fills with the generic engine alone, until
// someone writes their adapter (then the entry moves into that adapter's own file). With the adapters'
// patterns they make the recruiting host list and the manifest's host permissions: keep each pattern
// short and precise.
import type { SitePlatform } from '~/lib/fill/types';

export const GENERIC_PLATFORMS: SitePlatform[] = [
  {
    id: 'ashby',
    name: 'Ashby',
    matches: ['https://jobs.ashbyhq.com/*'],
    testUrls: ['https://jobs.ashbyhq.com/example/0f3c1d2e-0000-4000-8000-000000000000/application'],
  },
  {
    id: 'smartrecruiters',
    name: 'SmartRecruiters',
    matches: ['https://jobs.smartrecruiters.com/*'], // one-click UI
    testUrls: ['https://jobs.smartrecruiters.com/oneclick-ui/company/Example/publication/abc'],
  },
];
