// Copying never happens in the page we are shown in: a page's `copy` listener could read the text or
// replace it. The background writes the clipboard from an extension context (lib/background/clipboard)
// and says whether that worked, so "Copied" is shown only for a real copy.
import { sendToBackground } from '~/lib/messaging';

export async function copyText(text: string): Promise<boolean> {
  try {
    const res = await sendToBackground('copy-text', { text });
    return res?.ok === true;
  } catch {
    return false;
  }
}
