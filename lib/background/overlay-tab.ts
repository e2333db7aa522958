// The card and the picker are React overlays: their script is injected into the top frame only when the
// user opens one, so no page pays for React before that.
import { sendToFrame } from '~/lib/messaging';
import { CONTENT_SCRIPT, OVERLAY_SCRIPT, injectIntoFrames } from './inject';

export async function toggleCard(tabId: number): Promise<{ shown: boolean }> {
  await injectIntoFrames(tabId, OVERLAY_SCRIPT, 0);
  return sendToFrame(tabId, 0, 'card-toggle', {});
}

/** Opens the picker in the frame that holds the target field (a context-menu click names it). */
export async function openPicker(tabId: number, frameId = 0): Promise<{ opened: boolean }> {
  // The light script records which field was focused or right-clicked; the overlay reads it.
  await injectIntoFrames(tabId, CONTENT_SCRIPT, frameId);
  await injectIntoFrames(tabId, OVERLAY_SCRIPT, frameId);
  return sendToFrame(tabId, frameId, 'picker-open', {});
}
