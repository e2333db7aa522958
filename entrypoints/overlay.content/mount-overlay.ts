import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HOST_CSS } from '~/components/overlay/theme-css';

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
    // Keys typed in the overlay must not reach the page's shortcuts (a '/' that focuses the site search).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
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
