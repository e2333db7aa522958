// Every site adapter, and the one place that says which one a page gets. The recruiting host list and
// the manifest's host permissions are derived from these patterns (lib/sites/recruiting-hosts.ts).
import type { SiteAdapter, SitePlatform } from '~/lib/fill/types';
import { matchesPattern } from '../fill/adapt/match-url';
import { alibaba } from './alibaba';
import { ashby } from './ashby';
import { beisen } from './beisen';
import { feishu } from './feishu';
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { moka } from './moka';
import { tencent } from './tencent';
import { smartrecruiters } from './smartrecruiters';
import { workday } from './workday';

export const ADAPTERS: readonly SiteAdapter[] = [
  alibaba,
  ashby,
  beisen,
  feishu,
  greenhouse,
  lever,
  moka,
  tencent,
  smartrecruiters,
  workday,
];

/**
 * Every platform the extension knows by address. Each has its adapter now; a platform known before its
 * adapter is written would be listed here as a bare `SitePlatform` (id, name, matches, testUrls).
 */
export const PLATFORMS: readonly SitePlatform[] = ADAPTERS;

/** The platform whose patterns claim `url`, if any. */
export function platformFor(url: string | URL): SitePlatform | undefined {
  return PLATFORMS.find((p) => p.matches.some((m) => matchesPattern(m, url)));
}

/** The adapter for the page at `location`; undefined: the generic engine alone. */
export function adapterFor(location: Pick<Location, 'href'> | URL): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.matches.some((m) => matchesPattern(m, location.href)));
}
