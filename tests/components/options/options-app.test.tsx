import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'react';
import { OptionsApp } from '~/components/options/options-app';
import { getOverrides, getSettings, listProfiles } from '~/lib/storage';
import { importProfile } from '~/lib/storage/import';
import { parseResume } from '~/lib/resume/parse';
import { BAD_YAML, localSnapshot, SAMPLE_ZH } from '../../storage/fixtures';
import { click, pressKey, render, typeInto, waitFor, type Rendered } from './render';

let view: Rendered;
const $ = (sel: string) => view.container.querySelector(sel);

beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.unmount());

async function pasteAndImport(text: string) {
  await typeInto($('[data-testid="import-paste"]'), text);
  await click($('[data-testid="import-paste-submit"]'));
}

describe('options page: import', () => {
  it('imports pasted Markdown, stores it and previews every group of facts', async () => {
    view = await render(<OptionsApp />);
    expect(view.container.textContent).toContain('导入简历');
    await pasteAndImport(SAMPLE_ZH);
    const preview = await waitFor(() => $('[data-testid="preview"]'));
    for (const heading of ['基本信息', '教育经历', '工作经历', '项目经历', '技能']) {
      expect(preview.textContent).toContain(heading);
    }
    expect($('[data-path="name.full"]')?.textContent).toContain('李思远');
    expect($('[data-path="name.latin.full"]')?.textContent).toContain('Siyuan Li');
    expect($('[data-path="contact.phone.e164"]')?.textContent).toContain('+8613712345678');
    expect($('[data-path="education[0].degree"]')?.textContent).toContain('硕士');
    expect($('[data-path="experience[0].dates.current"] input')).toHaveProperty('checked', true);
    expect($('[data-path="projects[0].highlights[0].tag"]')?.textContent?.trim()).not.toBe('');
    expect((await listProfiles())[0].resume.name.full).toBe('李思远');
  });

  it('shows YAML errors in place with the line and saves nothing', async () => {
    await importProfile(SAMPLE_ZH);
    const before = await localSnapshot();
    view = await render(<OptionsApp />);
    await pasteAndImport(BAD_YAML);
    const errors = await waitFor(() => $('[data-testid="import-errors"]'));
    expect(errors.textContent).toContain('未保存任何内容，已存的简历保持不变。');
    expect(errors.querySelector('[data-code="yaml-syntax"]')).not.toBeNull();
    const parsed = parseResume(BAD_YAML);
    const issue = !parsed.ok ? parsed.errors[0] : undefined;
    expect(issue?.line).toBeDefined();
    expect(errors.querySelector('.issue-meta')?.textContent).toContain(
      `${issue?.line}:${issue?.column ?? 1}`,
    );
    // The excerpt ends on the reported line, with the line before it (the unclosed list) for context.
    const excerpt = errors.querySelector('[data-testid="error-excerpt"]');
    expect(excerpt?.querySelector('.excerpt-bad')?.textContent).toContain(
      BAD_YAML.split('\n')[issue!.line! - 1],
    );
    expect(excerpt?.textContent).toContain('education: [unclosed');
    expect(excerpt?.querySelector('.excerpt-marker')?.textContent).toMatch(/│ *\^/);
    expect(await localSnapshot()).toBe(before);
  });

  it('imports a file chosen in the file picker, and the bundled sample', async () => {
    view = await render(<OptionsApp />);
    const input = $('[data-testid="import-file"]') as HTMLInputElement;
    const file = new File([SAMPLE_ZH], 'my-cv.md', { type: 'text/markdown' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => $('[data-testid="preview"]'));
    expect((await listProfiles())[0].fileName).toBe('my-cv.md');

    await click($('[data-testid="load-sample"]'));
    await waitFor(() => $('[data-testid="import-ok"]'));
    expect(await listProfiles()).toHaveLength(1); // the sample is the same person: replaced, not added
  });
});

describe('options page: corrections', () => {
  it('edits a value inline, marks it edited, and resets it', async () => {
    const { profileId } = await importProfile(SAMPLE_ZH);
    view = await render(<OptionsApp />);
    const fact = await waitFor(() => $('[data-path="name.latin.full"]'));
    await click(fact.querySelector('button'));
    const input = fact.querySelector('input');
    await typeInto(input, 'Siyuan Lee');
    await pressKey(input, 'Enter');
    await waitFor(() => $('[data-path="name.latin.full"][data-edited]'));
    expect(await getOverrides(profileId!)).toEqual({ 'name.latin.full': 'Siyuan Lee' });
    expect($('[data-path="name.latin.full"]')?.textContent).toContain('已更正');

    await click($('[data-path="name.latin.full"] .btn-link'));
    await waitFor(
      () => !$('[data-path="name.latin.full"][data-edited]') && $('[data-path="name.latin.full"]'),
    );
    expect(await getOverrides(profileId!)).toEqual({});
    expect($('[data-path="name.latin.full"]')?.textContent).toContain('Siyuan Li');
  });

  it('refuses a value the field cannot take and stores nothing', async () => {
    const { profileId } = await importProfile(SAMPLE_ZH);
    view = await render(<OptionsApp />);
    const fact = await waitFor(() => $('[data-path="education[0].dates.start.year"]'));
    await click(fact.querySelector('button'));
    await typeInto(fact.querySelector('input'), '20x9');
    await pressKey(fact.querySelector('input'), 'Enter');
    expect(fact.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
    expect(fact.querySelector('[role="alert"]')?.textContent).toBe('这里不能填这个值');
    expect(await getOverrides(profileId!)).toEqual({});

    await typeInto(fact.querySelector('input'), '2018');
    await pressKey(fact.querySelector('input'), 'Enter');
    await waitFor(() => $('[data-path="education[0].dates.start.year"][data-edited]'));
    expect(await getOverrides(profileId!)).toEqual({ 'education[0].dates.start.year': '2018' });
  });

  it('Escape cancels an edit without storing anything', async () => {
    const { profileId } = await importProfile(SAMPLE_ZH);
    view = await render(<OptionsApp />);
    const fact = await waitFor(() => $('[data-path="contact.email"]'));
    await click(fact.querySelector('button'));
    await typeInto(fact.querySelector('input'), 'typo@');
    await pressKey(fact.querySelector('input'), 'Escape');
    expect(fact.querySelector('input')).toBeNull();
    expect(await getOverrides(profileId!)).toEqual({});
  });
});

describe('options page: settings, language and deleting', () => {
  it('toggles settings and switches the UI language', async () => {
    view = await render(<OptionsApp />);
    const overwrite = await waitFor(() => $('[data-testid="setting-overwrite"]') as HTMLInputElement | null);
    expect(overwrite.checked).toBe(false);
    await click(overwrite);
    await waitFor(() => overwrite.checked);
    expect((await getSettings()).overwrite).toBe(true);
    // Filling a wizard's next step by itself is off until the user turns it on.
    const nextSteps = $('[data-testid="setting-fillNextSteps"]') as HTMLInputElement;
    expect(nextSteps.checked).toBe(false);
    expect(view.container.textContent).toContain('分步申请：进入下一步后自动填写');
    await click(nextSteps);
    await waitFor(() => nextSteps.checked);
    expect((await getSettings()).fillNextSteps).toBe(true);

    const langSelect = $('[data-testid="ui-lang"]') as HTMLSelectElement;
    expect(langSelect.value).toBe('zh'); // this page was opened in Chinese
    langSelect.value = 'en';
    langSelect.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => view.container.textContent?.includes('Import your résumé'));
    expect(view.container.textContent).toContain('Import your résumé');
    expect(view.container.textContent).toContain('Fill each next step of a multi-step application by itself');
    await waitFor(() => $('[data-testid="setting-overwrite"]'));
    expect((await getSettings()).uiLang).toBe('en');
    langSelect.value = 'auto';
    langSelect.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => langSelect.value === 'auto');
    await vi.waitFor(async () => expect((await getSettings()).uiLang).toBeUndefined());
  });

  it('deletes all data only after confirming', async () => {
    await importProfile(SAMPLE_ZH);
    view = await render(<OptionsApp />);
    await waitFor(() => $('[data-testid="preview"]'));
    await click($('[data-testid="delete-all"]'));
    expect((await listProfiles()).length).toBe(1);
    await click($('[data-testid="delete-all-confirm"]'));
    await waitFor(() => !$('[data-testid="preview"]'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
