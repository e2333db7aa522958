import { describe, expect, it } from 'vitest';
import { parseResume } from '~/lib/resume/parse';
import { parseOk } from './fixtures';
import {
  expectDerivedAsExpected,
  hasRealResume,
  REAL_EXPECTED,
  REAL_RESUME_TEXT,
  realTitle,
} from '../privacy/real-resume';

// The user's own résumé: every fact a form asks for must come out exactly as resume.expected.json says.
describe.skipIf(!hasRealResume)(realTitle('the real résumé'), () => {
  const text = REAL_RESUME_TEXT ?? '';
  const x = REAL_EXPECTED!;
  const { resume, warnings } = hasRealResume ? parseOk(text) : ({} as ReturnType<typeof parseOk>);

  it('imports without warnings', () => {
    expect(warnings).toEqual([]);
    expect(resume.lang).toBe('zh');
  });

  it('derives every fact resume.expected.json states', () => {
    expectDerivedAsExpected(resume, x);
  });

  it('derives the name and its pinyin, not a name_en', () => {
    expect(resume.name.raw).toBe(x.name.full);
    expect(resume.name.latinFromFile).toBe(false);
  });

  it('derives the phone as a mainland mobile', () => {
    expect(resume.contact.phone).toEqual({ ...x.contact.phone, mobile: true });
  });

  it('keeps each entry as written beside what it derived', () => {
    const entries = [...resume.education, ...resume.experience, ...resume.projects];
    for (const e of entries) expect(e.dates.raw).toBe(e.raw.date.trim());
    for (const e of resume.education) {
      if (!e.gpa) continue;
      expect(e.raw.description).toContain(e.gpa.raw);
      expect(e.gpa.raw).toMatch(new RegExp(`${e.gpa.value}`.replace('.', '\\.')));
    }
    for (const e of resume.education.filter((entry) => entry.ranking))
      expect(e.raw.description).toContain(e.ranking);
  });

  it('splits every highlight into its tag and its text', () => {
    for (const p of resume.projects)
      for (const h of p.highlights) {
        expect(h.raw.trim().startsWith(`【${h.tag}】`)).toBe(true);
        expect(h.text).not.toBe('');
        expect(h.text.startsWith('【')).toBe(false);
        expect(h.raw.trim().endsWith(h.text)).toBe(true);
      }
  });

  it('stores nothing of the page password', () => {
    const password = /^password:\s*(.+)$/m.exec(text)?.[1].trim();
    expect(password).toBeTruthy();
    const serialized = JSON.stringify(parseResume(text));
    const elsewhere = text.replace(/^password:.*$/m, '').includes(password!);
    expect(serialized).not.toContain(elsewhere ? `"${password}"` : password);
    expect(serialized).not.toContain('password');
    expect(resume.extra).toEqual({});
  });
});
