// Which file a box asks for, in both languages, and which files a box's `accept` list lets in.
import { describe, expect, it } from 'vitest';
import { attachmentKindOf } from '~/lib/fill/classify/attachment-rules';
import { accepts } from '~/lib/fill/attach/attach-files';
import { base64ToBytes, bytesToBase64, kindFromFileName } from '~/lib/attachments/types';

describe('attachmentKindOf', () => {
  it.each([
    ['附件简历', 'resume'],
    ['上传简历', 'resume'],
    ['简历', 'resume'],
    ['Resume/CV', 'resume'],
    ['Résumé', 'resume'],
    ['Upload your CV', 'resume'],
    ['Cover Letter', 'coverLetter'],
    ['求职信', 'coverLetter'],
    ['Transcript', 'transcript'],
    ['成绩单', 'transcript'],
    ['Cover letter (attach it with your resume)', 'coverLetter'],
  ])('%s → %s', (text, kind) => {
    expect(attachmentKindOf(text)).toBe(kind);
  });

  it.each([
    '个人照片',
    '头像',
    'Profile photo',
    '身份证扫描件',
    'Portfolio',
    '作品集',
    'Attachments',
    '',
    'CVV',
  ])('%s is none of the user’s documents', (text) => {
    expect(attachmentKindOf(text)).toBeUndefined();
  });
});

describe('accepts', () => {
  const pdf = { name: 'sample-resume.pdf', type: 'application/pdf' };
  it('takes anything when the box names nothing', () => expect(accepts([], pdf)).toBe(true));
  it('matches extensions, MIME types and type/*', () => {
    expect(accepts(['.pdf', '.doc'], pdf)).toBe(true);
    expect(accepts(['application/pdf'], pdf)).toBe(true);
    expect(accepts(['application/*'], pdf)).toBe(true);
  });
  it('refuses a PDF where only Word files are taken', () => {
    expect(accepts(['.doc', '.docx'], pdf)).toBe(false);
    expect(accepts(['image/*'], pdf)).toBe(false);
  });
});

describe('attachment files', () => {
  it('round-trips bytes through base64', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255, 37, 80, 68, 70]);
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
  });
  it('tells the kind from a file name', () => {
    expect(kindFromFileName('sample-cover-letter.pdf')).toBe('coverLetter');
    expect(kindFromFileName('成绩单.pdf')).toBe('transcript');
    expect(kindFromFileName('李思远-简历.pdf')).toBe('resume');
  });
});
