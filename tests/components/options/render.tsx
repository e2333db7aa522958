// A tiny React harness for happy-dom: render into a fresh container and wait for storage round trips.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { I18nProvider } from '~/components/shared/i18n-context';
import type { UiLang } from '~/lib/i18n/strings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

export async function render(ui: ReactNode, lang: UiLang = 'zh'): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(<I18nProvider initialLang={lang}>{ui}</I18nProvider>);
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Polls inside act() until `find` returns something, so storage watchers can re-render. */
export async function waitFor<T>(find: () => T | null | undefined | false, timeout = 2000): Promise<T> {
  let found: T | null | undefined | false = null;
  await vi.waitFor(
    async () => {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 5));
      });
      found = find();
      if (!found) throw new Error('not yet');
    },
    { timeout, interval: 10 },
  );
  return found as T;
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Sets a React-controlled field's value the way typing does (React listens to the native setter). */
export async function typeInto(el: Element | null, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement))
    throw new Error('not a text field');
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function pressKey(el: Element | null, key: string): Promise<void> {
  if (!el) throw new Error('no element for the key press');
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}
