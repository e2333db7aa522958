import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResumeCard } from '~/components/card/resume-card';
import { sampleResume } from '../../card/sample-resume';
import { answerCopies } from '../highlight-picker/picker-test-kit';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { byLabel, click, key, render, typeInto, type Rendered } from './render-helpers';

const writeText = vi.fn<(text: string) => Promise<void>>();
let view: Rendered | null = null;

const visibleFacts = (root: ParentNode) =>
  [...root.querySelectorAll('[data-fact]')].map((li) => li.getAttribute('data-fact'));
const search = (root: ParentNode) => root.querySelector<HTMLInputElement>('input[type=search]')!;

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  fakeBrowser.reset();
  answerCopies(writeText);
});
afterEach(() => {
  view?.unmount();
  view = null;
});

describe('ResumeCard', () => {
  it('shows the résumé as labelled facts with a dialog name', () => {
    view = render(<ResumeCard resume={sampleResume()} lang="zh" onClose={() => {}} />);
    const dialog = view.container.querySelector('[role=dialog]')!;
    const titleId = dialog.getAttribute('aria-labelledby')!;
    expect(document.getElementById(titleId)?.textContent).toBe('简历速查');
    expect(visibleFacts(view.container)).toContain('basics.phone');
    expect(view.container.textContent).toContain('教育经历');
    // Project highlights stay folded until asked for.
    expect(visibleFacts(view.container)).not.toContain('projects.0.highlights.0');
  });

  it('copies a fact on click and confirms it', async () => {
    const onCopy = vi.fn();
    view = render(<ResumeCard resume={sampleResume()} lang="zh" onCopy={onCopy} />);
    await click(byLabel(view.container, '复制 手机: 13712345678'));
    expect(writeText).toHaveBeenCalledWith('13712345678');
    // The background answers asynchronously; "Copied" shows only once it has.
    await act(() =>
      vi.waitFor(() => expect(onCopy).toHaveBeenCalledWith({ label: '手机', value: '13712345678' })),
    );
    expect(view.container.querySelector('[data-fact="basics.phone"] .ra-copied')?.textContent).toBe(
      '✓ 已复制',
    );
    expect(view.container.querySelector('[role=status]')?.textContent).toBe('已复制: 手机');
  });

  it('reveals other renderings one step away and copies them', async () => {
    view = render(<ResumeCard resume={sampleResume()} lang="en" />);
    const more = byLabel(view.container, 'Other formats: Phone');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    await click(byLabel(view.container, 'Copy National: 13712345678'));
    expect(writeText).toHaveBeenLastCalledWith('13712345678');
  });

  it('copies only through the background, never in the page, and says so when that fails', async () => {
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const pageCopy = vi.fn();
    document.addEventListener('copy', pageCopy);
    writeText.mockRejectedValue(new Error('refused'));
    const onCopy = vi.fn();
    view = render(<ResumeCard resume={sampleResume()} lang="zh" onCopy={onCopy} />);
    await click(byLabel(view.container, '复制 邮箱: nana@example.com'));
    expect(writeText).toHaveBeenCalledWith('nana@example.com');
    expect(exec).not.toHaveBeenCalled();
    expect(pageCopy).not.toHaveBeenCalled();
    expect(document.querySelector('textarea')).toBeNull();
    expect(onCopy).not.toHaveBeenCalled();
    expect(view.container.textContent).not.toContain('已复制');
    document.removeEventListener('copy', pageCopy);
  });

  it('filters as you type, opening matched highlights', () => {
    view = render(<ResumeCard resume={sampleResume()} lang="zh" />);
    typeInto(search(view.container), '高可用');
    expect(visibleFacts(view.container)).toEqual(['projects.0.highlights.0']);
    typeInto(search(view.container), 'nana');
    expect(visibleFacts(view.container)).toEqual(['basics.nameLatin', 'basics.email', 'basics.website']);
    typeInto(search(view.container), 'zzzz');
    expect(view.container.textContent).toContain('没有匹配的内容');
  });

  it('folds and unfolds a project’s highlights', async () => {
    view = render(<ResumeCard resume={sampleResume()} lang="zh" />);
    const toggle = [...view.container.querySelectorAll('button.ra-expand')].find((b) =>
      b.textContent?.includes('(4)'),
    )!;
    await click(toggle);
    expect(visibleFacts(view.container)).toContain('projects.0.highlights.1');
    await click(toggle);
    expect(visibleFacts(view.container)).not.toContain('projects.0.highlights.1');
  });

  it('clears the search on the first Escape and closes on the next', () => {
    const onClose = vi.fn();
    view = render(<ResumeCard resume={sampleResume()} lang="zh" onClose={onClose} />);
    typeInto(search(view.container), 'GPA');
    key(search(view.container), 'Escape');
    expect(search(view.container).value).toBe('');
    expect(onClose).not.toHaveBeenCalled();
    key(search(view.container), 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('embeds in the popup without a close button or drag handle', () => {
    view = render(<ResumeCard resume={sampleResume()} lang="en" embedded />);
    expect(view.container.querySelector('.ra-panel.ra-embedded')).not.toBeNull();
    expect(view.container.querySelector('[aria-label="Close"]')).toBeNull();
    expect(view.container.querySelector('.ra-draggable')).toBeNull();
  });

  it('is dragged by its header and reports where it was dropped', () => {
    const onMoveEnd = vi.fn();
    view = render(<ResumeCard resume={sampleResume()} lang="zh" onClose={() => {}} onMoveEnd={onMoveEnd} />);
    const head = view.container.querySelector<HTMLElement>('.ra-head')!;
    act(() => {
      head.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, button: 0, clientX: 10, clientY: 10, pointerId: 1 }),
      );
      head.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, clientX: 110, clientY: 60, pointerId: 1 }),
      );
      head.dispatchEvent(
        new PointerEvent('pointerup', { bubbles: true, clientX: 110, clientY: 60, pointerId: 1 }),
      );
    });
    expect(onMoveEnd).toHaveBeenCalledWith({ x: 100, y: 50 });
    const panel = view.container.querySelector<HTMLElement>('.ra-panel')!;
    expect(panel.style.left).toBe('100px');
    expect(panel.style.top).toBe('50px');
  });
});
