// A one-page wizard the user filled has moved on to another step (the fill script watches for that, see
// lib/content/watch-steps.ts). Filled by itself only when the user turned "fill each next step" on, and
// only on a site whose adapter knows its wizard; otherwise the user presses fill as on any page.
import { adapterFor } from '~/lib/adapters';
import { getSettings } from '~/lib/storage';
import { fillTab } from './fill-tab';

/** A step announced sooner than this after the last automatic fill of the tab is not filled again. */
const MIN_GAP_MS = 1500;
const lastFill = new Map<number, number>();

export async function stepChanged(tabId: number, frameUrl: string | undefined): Promise<{ filled: boolean }> {
  const settings = await getSettings();
  if (!settings.fillNextSteps) return { filled: false };
  if (!frameUrl || !URL.canParse(frameUrl) || !adapterFor(new URL(frameUrl))?.wizard)
    return { filled: false };
  const now = Date.now();
  if (now - (lastFill.get(tabId) ?? 0) < MIN_GAP_MS) return { filled: false };
  lastFill.set(tabId, now);
  await fillTab(tabId);
  return { filled: true };
}
