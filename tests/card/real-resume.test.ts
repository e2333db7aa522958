import { describe, expect, it } from 'vitest';
import { buildCardSections } from '~/lib/card/build-card';
import { buildInsertText } from '~/lib/highlights/build-insert-text';
import { defaultFormat } from '~/lib/highlights/format';
import { buildPickSources } from '~/lib/highlights/sources';
import { parseResume } from '~/lib/resume/parse';
import { hasRealResume, REAL_EXPECTED, REAL_RESUME_TEXT, realTitle } from '../privacy/real-resume';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
// What a clause ends with in Chinese and English text ('.' inside a number such as 3.75 does not end one).
const CLAUSE_END = /[；;。！？!?]/g;

// The user's own résumé through the importer: what the card and the picker make of it, against what
// ../shared/resume.expected.json says it derives to.
describe.skipIf(!hasRealResume)(realTitle('the real résumé on the card and in the picker'), () => {
  const parsed = hasRealResume ? parseResume(REAL_RESUME_TEXT!) : null;
  const resume = parsed?.ok ? parsed.resume : null;
  const x = REAL_EXPECTED!;

  it('imports', () => {
    expect(resume).not.toBeNull();
  });

  it('offers the phone and dates in the renderings forms ask for', () => {
    const facts = buildCardSections(resume!, 'zh').flatMap((s) =>
      s.entries.flatMap((e) => [...e.facts, ...e.details]),
    );
    const { national, countryCode, e164 } = x.contact.phone;
    const phone = facts.find((f) => f.id === 'basics.phone')!;
    const grouped = `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`; // 3-4-4, a mainland mobile
    expect(phone.value).toBe(national);
    expect(phone.alternatives.map((a) => a.value)).toEqual(
      expect.arrayContaining([grouped, `+${countryCode} ${grouped}`, e164]),
    );

    const { start, end } = x.education[0];
    const dates = facts.find((f) => f.id === 'education.0.dates')!;
    expect(dates.value).toBe(`${start.year}.${pad(start.month!)} – ${end!.year}.${pad(end!.month!)}`);
    expect(dates.alternatives.map((a) => a.value)).toEqual(
      expect.arrayContaining([
        `${start.year}-${pad(start.month!)}`,
        `${start.year}年${start.month}月`,
        `${MONTHS[start.month! - 1]} ${start.year}`,
      ]),
    );

    // The GPA as the résumé writes it (a scale of 4.0 stays '4.0'), worth what the expectations say.
    const gpa = facts.find((f) => f.id === 'education.1.gpa')!.value;
    expect(resume!.education[1].raw.description).toContain(gpa);
    const [value, scale] = gpa.split('/').map(Number);
    expect({ value, scale }).toEqual(x.education[1].gpa);
  });

  it('keeps numbers whole when splitting the job description', () => {
    const description = resume!.experience[0].description;
    const job = buildPickSources(resume!).find((s) => s.kind === 'experience')!;
    const texts = job.items.map((i) => i.text);
    // One item per clause, in order, nothing lost or added.
    expect(texts).toHaveLength(description.match(CLAUSE_END)!.length);
    expect(texts.join('')).toBe(description.replace(/\s+/g, ''));
    for (const text of texts) expect(text).toMatch(/[；;。！？!?]$/);
    // Every decimal (3.75, a domain like x.com) sits whole inside one item.
    const dotted = description.match(/[\w]+(?:\.[\w]+)+/g) ?? [];
    expect(dotted.length).toBeGreaterThan(0);
    for (const d of dotted) expect(texts.some((t) => t.includes(d))).toBe(true);
  });

  it('builds the insert text with the tags as written', () => {
    const tag = x.projects[0].highlightTags[0];
    const highlight = resume!.projects[0].highlights[0];
    const sources = buildPickSources(resume!);
    const first = sources[0]!.items.find((i) => i.tag === tag)!;
    const text = buildInsertText([first], sources, defaultFormat('zh'));
    // Bullet, the tag in 【】, the text; its closing ；becomes a full stop.
    expect(text).toBe(`• 【${tag}】${highlight.text.replace(/[；;。]$/, '')}。`);
  });
});
