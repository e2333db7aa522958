// An answer reaches a field the page's way: a choice through its concept's option meanings in either
// language, a text box in the page's language (or written that way through the meanings).
import { describe, expect, it } from 'vitest';
import { matchOption } from '~/lib/fill/values/match-option';
import { renderAnswer } from '~/lib/fill/values/answer-facts';
import { resolveFact } from '~/lib/fill/values/facts';
import { parseAnswersFile, answersFileText } from '~/lib/answers/answers-file';
import { customConceptId, normalizeQuestion } from '~/lib/answers/question-key';
import type { FieldOption } from '~/lib/fill/types';
import { handResume } from '../fill/values/resumes';

const options = (...labels: string[]): FieldOption[] => labels.map((label) => ({ label, value: label }));

describe('answer options', () => {
  it('matches synonyms across languages', () => {
    expect(matchOption(options('Female', 'Male'), '男', 'answer:gender')?.label).toBe('Male');
    expect(matchOption(options('男', '女'), 'M', 'answer:gender')?.label).toBe('男');
    expect(matchOption(options('Yes', 'No'), '否', 'answer:visaSponsorship')?.label).toBe('No');
    expect(matchOption(options('是', '否'), 'Yes', 'answer:relocation')?.label).toBe('是');
    expect(
      matchOption(options('中共党员', '共青团员', '群众'), '团员', 'answer:politicalStatus')?.label,
    ).toBe('共青团员');
    expect(matchOption(options('CET-4', 'CET-6'), '大学英语六级', 'answer:englishLevel')?.label).toBe(
      'CET-6',
    );
    expect(matchOption(options('男/Male', '女/Female'), 'Male', 'answer:gender')?.label).toBe('男/Male');
  });

  it('chooses nothing when no option means the answer', () => {
    expect(matchOption(options('Non-binary', 'Other'), '男', 'answer:gender')).toBeNull();
    expect(matchOption(options('随时到岗', '一周内'), '一个月内', 'answer:availability')).toBeNull();
  });
});

describe('answer text', () => {
  const fact = { type: 'answer' as const, concept: 'gender', zh: '男' };
  it("writes the page language's value, or its meaning in the page's words", () => {
    expect(renderAnswer({ ...fact, en: 'Male' }, 'en', false)).toMatchObject({ value: 'Male' });
    expect(renderAnswer(fact, 'en', false)).toMatchObject({ value: 'Male' });
  });
  it('never puts Chinese into an English page box', () => {
    const city = { type: 'answer' as const, concept: 'currentCity', zh: '上海' };
    expect(renderAnswer(city, 'en', false)).toMatchObject({ ok: false });
    expect(renderAnswer({ ...city, zh: undefined, en: 'Shanghai' }, 'zh', false)).toMatchObject({
      value: 'Shanghai',
    });
  });
});

describe('answers as facts', () => {
  it('fills location from the answers only when the résumé has none', () => {
    const book = { entries: [{ concept: 'currentCity', zh: '上海' }] };
    const resume = handResume();
    const withCity = { ...resume, contact: { ...resume.contact, location: '杭州' } };
    const without = { ...resume, contact: { ...resume.contact, location: undefined } };
    expect(resolveFact(withCity, 'location', 0, 'zh', new Date(), book)).toEqual({
      type: 'text',
      value: '杭州',
    });
    expect(resolveFact(without, 'location', 0, 'zh', new Date(), book)).toMatchObject({
      type: 'answer',
      zh: '上海',
    });
    expect(resolveFact(without, 'location', 0, 'zh', new Date())).toBeUndefined();
  });
});

describe('answers file', () => {
  it('round-trips and rejects what is not one', () => {
    const answers = [{ concept: 'gender', zh: '男', en: 'Male' }];
    expect(parseAnswersFile(answersFileText(answers))).toEqual({ ok: true, answers });
    expect(parseAnswersFile('{"format":"x","version":1,"answers":[]}')).toMatchObject({ ok: false });
    expect(parseAnswersFile('not json')).toMatchObject({ ok: false });
  });

  it('keys a custom question by its words and option set', () => {
    expect(normalizeQuestion('1. * Are you 18 or older?')).toBe('are you 18 or older');
    expect(customConceptId('是否服从调剂？', ['是', '否'])).toBe(
      customConceptId('是否服从调剂', ['否', '是']),
    );
  });
});
