import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HighlightPicker, type HighlightPickerProps } from '~/components/highlight-picker/highlight-picker';
import { defaultFormat } from '~/lib/highlights/format';
import { sampleResume } from '../../card/sample-resume';
import { render, type Rendered } from '../card/render-helpers';

// Shared by the picker's component tests: render it on the sample résumé and read what it shows.
export const writeText = vi.fn<(text: string) => Promise<void>>();
let view: Rendered | null = null;

export function open(props: Partial<HighlightPickerProps> = {}): HTMLElement {
  view = render(
    <HighlightPicker
      resume={sampleResume()}
      lang="zh"
      initialFormat={defaultFormat('zh')}
      room={null}
      insert={async () => ({ ok: true })}
      onClose={() => {}}
      {...props}
    />,
  );
  return view.container;
}

export function setUp(): void {
  writeText.mockReset().mockResolvedValue(undefined);
  fakeBrowser.reset();
  answerCopies(writeText);
}

export function tearDown(): void {
  view?.unmount();
  view = null;
}

export const item = (root: ParentNode, id: string) =>
  root.querySelector<HTMLInputElement>(`input[data-item="${id}"]`)!;
export const preview = (root: ParentNode) => root.querySelector('[data-testid=preview]')!.textContent;
export const chosenIds = (root: ParentNode) =>
  [...root.querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id'));
export const filter = (root: ParentNode) => root.querySelector<HTMLInputElement>('input[type=search]')!;
export const button = (root: ParentNode, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;

/** Stands in for the background, which writes the clipboard for the card and the picker. */
export function answerCopies(write: (text: string) => Promise<void>): void {
  // The fake browser relays an answer given through sendResponse (with `return true`), as Chrome does.
  fakeBrowser.runtime.onMessage.addListener(((
    msg: unknown,
    _sender: unknown,
    respond: (r: unknown) => void,
  ) => {
    const m = msg as { type?: string; text?: string };
    if (m?.type !== 'copy-text') return undefined;
    void write(m.text ?? '').then(
      () => respond({ ok: true }),
      () => respond({ ok: false }),
    );
    return true;
  }) as Parameters<typeof fakeBrowser.runtime.onMessage.addListener>[0]);
}
