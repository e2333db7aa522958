import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FillPayload } from '~/lib/messaging';
import { fillFrame } from '~/lib/content/fill-frame';

const watchSteps = vi.fn();
vi.mock('~/lib/content/watch-steps', () => ({ watchSteps: (...args: unknown[]) => watchSteps(...args) }));
import { mountPlainForm } from '../fill/plan/plain-form';
import { handResume } from '../fill/values/resumes';

type Shared = { __resumeAutofill?: { filling?: boolean; target?: unknown } };
const shared = () => (globalThis as Shared).__resumeAutofill;

const payload = (resume = handResume(), adapters?: 'off'): FillPayload => ({
  options: { lang: 'zh', ...(adapters && { adapters }) },
  resumes: { zh: resume, en: resume },
  overwrite: false,
});

function setUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

beforeEach(() => {
  watchSteps.mockClear();
  document.body.innerHTML = '';
  delete (globalThis as Shared).__resumeAutofill;
  setUrl('https://jobs.example.cn/apply');
});

describe('while filling', () => {
  it('raises __resumeAutofill.filling for the in-page UI, keeps the rest of the shared state, lowers it after', async () => {
    mountPlainForm();
    const target = document.createElement('input');
    (globalThis as Shared).__resumeAutofill = { target };
    const seen: (boolean | undefined)[] = [];
    document.addEventListener('focusin', () => seen.push(shared()?.filling), true);
    await fillFrame(document, payload());
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((f) => f === true)).toBe(true);
    expect(shared()).toEqual({ target, filling: false });
  });

  it('lowers the flag when the fill fails', async () => {
    mountPlainForm();
    const broken = { ...handResume(), contact: undefined } as unknown as ReturnType<typeof handResume>;
    await expect(fillFrame(document, payload(broken))).rejects.toThrow();
    expect(shared()?.filling).toBe(false);
  });
});

describe('the adapter a frame gets', () => {
  it('is picked by the frame’s own address: generic on an unknown host', async () => {
    mountPlainForm();
    expect((await fillFrame(document, payload())).adapter).toBe('generic');
  });

  it('the site’s adapter on its host', async () => {
    setUrl('https://jobs.lever.co/example/3f1c2b4a-1111-4222-8333-944445555666/apply');
    document.body.innerHTML = `<form id="application-form"><ul>
      <li class="application-question"><label><div class="application-label">Full name</div>
        <div class="application-field"><input type="text" name="name"></div></label></li></ul></form>`;
    const r = await fillFrame(document, payload());
    expect(r.adapter).toBe('lever');
  });

  it('adapters=off is ignored outside the harness build', async () => {
    setUrl('https://jobs.lever.co/example/3f1c2b4a-1111-4222-8333-944445555666/apply');
    document.body.innerHTML = `<form id="application-form"><ul>
      <li class="application-question"><input type="text" name="name"></li></ul></form>`;
    expect(import.meta.env.MODE).not.toBe('harness');
    expect((await fillFrame(document, payload(handResume(), 'off'))).adapter).toBe('lever');
  });
});

// The background fills a next step without re-checking the site (it does not carry the adapters), so
// only a fill on a page whose adapter knows its wizard may start watching for steps.
describe('watching for the next wizard step', () => {
  it('not on a page whose adapter has no wizard, nor on an unknown host', async () => {
    mountPlainForm();
    await fillFrame(document, payload());
    setUrl('https://jobs.lever.co/example/3f1c2b4a-1111-4222-8333-944445555666/apply');
    document.body.innerHTML = `<form id="application-form"><input type="text" name="name"></form>`;
    await fillFrame(document, payload());
    expect(watchSteps).not.toHaveBeenCalled();
  });

  it('on a wizard site, with its step marker', async () => {
    setUrl('https://example.wd5.myworkdayjobs.com/en-US/External/job/X/apply/applyManually');
    document.body.innerHTML = `<div data-automation-id="applyFlowMyInfoPage"><input data-automation-id="legalNameSection_firstName"></div>`;
    await fillFrame(document, payload());
    expect(watchSteps).toHaveBeenCalledTimes(1);
    expect(watchSteps.mock.calls[0]![1].step.length).toBeGreaterThan(0);
  });
});
