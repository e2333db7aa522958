// A one-page wizard the user filled has moved on to another step (the fill script watches for that, see
// lib/content/watch-steps.ts). Filled by itself only when the user turned "fill each next step" on;
// otherwise the user presses fill as on any page. Only our own fill script sends this, and only on a
// page whose adapter knows its wizard (lib/content/fill-frame.ts starts the watch for those alone), so
// the background need not carry the adapters to check again.
import { getSettings } from '~/lib/storage';
import { fillTab } from './fill-tab';

/** A step announced sooner than this after the last automatic fill of the tab is not filled again. */
const MIN_GAP_MS = 1500;
const lastFill = new Map<number, number>();

export async function stepChanged(tabId: number): Promise<{ filled: boolean }> {
  const settings = await getSettings();
  if (!settings.fillNextSteps) return { filled: false };
  const now = Date.now();
  if (now - (lastFill.get(tabId) ?? 0) < MIN_GAP_MS) return { filled: false };
  lastFill.set(tabId, now);
  await fillTab(tabId);
  return { filled: true };
}
