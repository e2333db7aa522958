// Every site adapter, and the one place that says which one a page gets. The recruiting host list and
// the manifest's host permissions are derived from these patterns (lib/sites/recruiting-hosts.ts).
import type { SiteAdapter, SitePlatform } from '~/lib/fill/types';
import { matchesPattern } from '../fill/adapt/match-url';
import { ashby } from './ashby';
import { beisen } from './beisen';
import { feishu } from './feishu';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { moka } from './moka';
import { smartrecruiters } from './smartrecruiters';
import { workday } from './workday';
import { GENERIC_PLATFORMS } from './platforms';

export const ADAPTERS: readonly SiteAdapter[] = [
  ashby,
  beisen,
  feishu,
  greenhouse,
  lever,
  moka,
  smartrecruiters,
  workday,
];

/** Every platform the extension knows by address: the adapters, then those filled generically. */
export const PLATFORMS: readonly SitePlatform[] = [...ADAPTERS, ...GENERIC_PLATFORMS];

/** The platform whose patterns claim `url`, if any. */
export function platformFor(url: string | URL): SitePlatform | undefined {
  return PLATFORMS.find((p) => p.matches.some((m) => matchesPattern(m, url)));
}

/** The adapter for the page at `location`; undefined: the generic engine alone. */
export function adapterFor(location: Pick<Location, 'href'> | URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches.some((m) => matchesPattern(m, location.href)));
}
