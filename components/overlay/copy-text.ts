// Copying from a page we do not own: the async clipboard API needs a focused, secure document, which
// many recruiting pages (http, iframes) are not, so fall back to a hidden textarea and execCommand.

/**
 * `scope` is where the fallback textarea goes: inside the overlay's shadow root, so neither the page's
 * DOM nor its mutation observers ever see the copied text.
 */
export async function copyText(text: string, scope: Node | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission or focus refused: the fallback below still works on a user gesture.
  }
  return copyWithTextarea(text, scope);
}

function copyWithTextarea(text: string, scope: Node | null): boolean {
  const doc = scope?.ownerDocument ?? document;
  const parent = scope && 'appendChild' in scope ? (scope as ParentNode & Node) : doc.body;
  const previous = (scope?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement ?? null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none;';
  parent.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  } finally {
    area.remove();
    if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
  }
  return ok;
}
