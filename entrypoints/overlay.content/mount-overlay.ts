import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HOST_CSS } from '~/components/overlay/theme-css';

/**
 * Events that carry what the user types, pastes, copies or selects in the overlay. They are stopped at the
 * shadow root, so no listener on the host or in the page's bubble phase ever receives them (and the
 * page's shortcuts, such as a '/' that focuses the site search, stay quiet).
 *
 * What a page can still see: a capture-phase listener on window, document or <html> runs before the
 * event reaches the overlay, and nothing a content script does can stop it. It learns that the event
 * happened, retargeted to the shadow host (the closed root hides the field and its value), and it can
 * read the event's own fields: a keydown's `key`, an `input` or composition event's `data` (one
 * character or IME chunk per event). tests/e2e/card.test.ts records exactly this. Typing a search term
 * in the card therefore reveals the term to such a listener, never the résumé's text.
 */
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'copy',
  'cut',
  'paste',
  'focusin',
  'focusout',
  'select',
  'selectionchange',
] as const;

export interface MountedOverlay {
  render: (node: ReactNode) => void;
  remove: () => void;
}

/**
 * A closed shadow root under <html> (not <body>: sites put transforms and overflow on body, which would
 * trap a fixed panel). The résumé's text exists only inside this root, and only while the overlay is open.
 */
export async function mountOverlay(
  ctx: ContentScriptContext,
  name: string,
  node: ReactNode,
): Promise<MountedOverlay> {
  const ui: ShadowRootContentScriptUi<Root> = await createShadowRootUi<Root>(ctx, {
    name,
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    mode: 'closed',
    // WXT's own reset would also reset the host's fixed positioning; HOST_CSS resets and positions at once.
    inheritStyles: true,
    css: HOST_CSS,
    isolateEvents: [...ISOLATED_EVENTS],
    onMount(container, _shadow, host) {
      host.setAttribute('data-resume-autofill-ui', name);
      const root = createRoot(container);
      root.render(node);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return {
    render: (next) => ui.mounted?.render(next),
    remove: () => ui.remove(),
  };
}
