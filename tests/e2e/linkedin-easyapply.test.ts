// LinkedIn Easy Apply step by step: the dialog renders one step at a time and Next / Review / Submit
// application are the member's. The fixture's own expectations judge the first step (the fill-fixtures
// suite runs them); here the member moves on and asks again on each step: the Resume step takes the kept
// résumé PDF (never the cover-letter box, never the chat's attach box), the Additional Questions the résumé
// does not answer stay as they are, the pre-ticked Follow box stays ticked, and the fill never moves the
// dialog on nor submits it.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fillThroughPopup, serveLocal } from '../../scripts/lib/session.mjs';
import { allExpectations, differences, snapshotBefore, type Expectations } from './expectations';
import { BUILT_FIXTURES, SAMPLE_EN, screenshotPath, startSession, type Session } from './support';

const [first] = allExpectations((name) => name === 'linkedin-easyapply-en');

const JOB = '4087731562';
const radio = (element: string, i: number) =>
  `[id="urn:li:fsd_formElement:urn:li:jobs_applyformcommon_easyApplyFormElement:(${JOB},${element},multipleChoice)-${i}"]`;
const MASTERS = '9171245404';
const AUTHORIZED = '9171245420';
const HYBRID = '9171245436';
const element = (kind: string, id: string, suffix: string) =>
  `#${kind}-formElement-urn-li-jobs-applyformcommon-easyApplyFormElement-${JOB}-${id}-${suffix}`;
const PYTHON_YEARS = element('single-line-text-form-component', '9171245412', 'numeric');
const SPONSORSHIP = element('text-entity-list-form-component', '9171245428', 'multipleChoice');
const CHAT = [
  { selector: '#msg-form-attachment-ember117', why: "the chat's attach-a-file box" },
  { selector: '.msg-form__contenteditable', why: 'a chat message composer' },
];

/** The page judged on a later step: `first`'s page, résumé and address with this step's controls. */
const onStep = (parts: Partial<Expectations>): Expectations => ({
  ...first,
  fields: [],
  oneOf: [],
  optional: [],
  kept: [],
  untouched: [],
  traps: [],
  ...parts,
});

const resumeStep = onStep({
  fields: [
    {
      selector: '#jobs-document-upload-file-input-upload-resume',
      shown: '[data-test-uploaded-resume] .jobs-document-upload-redesign-card__file-name',
      expect: 'sample-resume.pdf',
      state: 'resume.file',
    },
  ],
  traps: [
    {
      selector: '#jobs-document-upload-file-input-upload-cover-letter',
      shown: '[data-test-uploaded-cover-letter] .jobs-document-upload-redesign-card__file-name',
      why: 'no cover letter is kept: the résumé never goes into the cover-letter box',
    },
    ...CHAT,
  ],
});

const questionsStep = onStep({
  // The job poster's education qualification, asked as LinkedIn words it: the résumé's master's (NUS).
  fields: [
    { selector: radio(MASTERS, 0), expect: true, state: 'questions.mastersDegree', stateExpect: 'Yes' },
    { selector: radio(MASTERS, 1), expect: false },
  ],
  untouched: [
    { selector: PYTHON_YEARS, why: 'years of Python: the résumé never names Python' },
    { selector: radio(AUTHORIZED, 0), why: 'legally authorized to work in Singapore: Yes — not stated' },
    { selector: radio(AUTHORIZED, 1), why: 'legally authorized to work in Singapore: No — not stated' },
    { selector: SPONSORSHIP, why: 'visa sponsorship: not stated' },
    { selector: radio(HYBRID, 0), why: 'comfortable working hybrid: Yes — not stated' },
    { selector: radio(HYBRID, 1), why: 'comfortable working hybrid: No — not stated' },
  ],
  traps: CHAT,
});

const reviewStep = onStep({
  traps: [
    { selector: '#follow-company-checkbox', why: "following the company is the member's choice" },
    ...CHAT,
  ],
});

let s: Session;
beforeAll(async () => {
  s = await startSession({ resumes: [SAMPLE_EN], attach: first.attach });
});
afterAll(async () => {
  await s?.close();
});

const stepOf = (page: Page) => page.getAttribute('.jobs-easy-apply-content form', 'data-step');
const submitted = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __fixtureState: () => { submitted: boolean } }).__fixtureState().submitted,
  );

/** What the member does: press the dialog's primary button (Next / Review) and see the next step. */
async function moveOn(page: Page, to: number): Promise<void> {
  await page.click('.jobs-easy-apply-modal footer .artdeco-button--primary');
  await page.waitForSelector(`.jobs-easy-apply-content form[data-step="${to}"]`);
}

/** Asks for a fill on the step on screen and returns what differs from `e` on it. */
async function fillAndJudge(page: Page, e: Expectations, name: string): Promise<string[]> {
  const before = await snapshotBefore(page, e);
  await fillThroughPopup(s.ctx, s.sw, s.extensionId, page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: screenshotPath(`linkedin-easyapply-${name}`) });
  return differences(page, e, before);
}

describe('LinkedIn Easy Apply, step by step', () => {
  it('fills each step the member asks for, answers nothing the résumé does not say, never moves on', async () => {
    const page = await s.ctx.newPage();
    await page.goto(await serveLocal(s.ctx, join(BUILT_FIXTURES, `${first.page}.html`), first.url));
    await page.waitForSelector('.jobs-easy-apply-modal[role=dialog] form[data-step="0"]');

    const problems: string[] = [];
    problems.push(...(await fillAndJudge(page, first, 'contact')).map((p) => `Contact info: ${p}`));
    // Next is the member's: the dialog is still on its first step.
    await page.waitForTimeout(1000);
    expect(await stepOf(page)).toBe('0');

    // The step validates on Next: a fill that left the phone or its code empty stops here.
    await moveOn(page, 1);
    problems.push(...(await fillAndJudge(page, resumeStep, 'resume')).map((p) => `Resume: ${p}`));
    expect(await stepOf(page)).toBe('1');

    await moveOn(page, 2);
    problems.push(...(await fillAndJudge(page, questionsStep, 'questions')).map((p) => `Questions: ${p}`));
    expect(await stepOf(page)).toBe('2');

    // The member answers the questions the résumé cannot, then reviews.
    await page.fill(PYTHON_YEARS, '3');
    await page.check(radio(MASTERS, 0));
    await page.check(radio(AUTHORIZED, 0));
    await page.selectOption(SPONSORSHIP, 'No');
    await page.check(radio(HYBRID, 0));
    await moveOn(page, 3);
    problems.push(...(await fillAndJudge(page, reviewStep, 'review')).map((p) => `Review: ${p}`));
    expect(await stepOf(page)).toBe('3');
    expect(await submitted(page)).toBe(false);

    expect(problems).toEqual([]);
    await page.close();
  });
});
