// Writes text to the clipboard from a document the extension owns (Chrome's offscreen document, Firefox's
// background page). Never called in a web page: a page's `copy` listener could read or replace the text.

/** The async clipboard API where the document may use it, else a textarea and execCommand('copy'). */
export async function writeInDocument(doc: Document, text: string): Promise<boolean> {
  try {
    // An offscreen document is never focused, so writeText refuses there; execCommand still works.
    if (doc.hasFocus() && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to execCommand, which the clipboardWrite permission allows in extension documents.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  (doc.body ?? doc.documentElement).appendChild(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
