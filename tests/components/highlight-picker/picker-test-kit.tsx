import { vi } from 'vitest';
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
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
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
