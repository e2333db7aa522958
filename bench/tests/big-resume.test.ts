import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResume } from '~/lib/resume/parse';
import { resumeWithProjects } from '../big-resume.mjs';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = readFileSync(join(ROOT, 'samples/sample-resume.md'), 'utf8');

describe('resumeWithProjects', () => {
  it('makes a résumé the importer accepts, with 50 differently named projects', () => {
    const result = parseResume(resumeWithProjects(SAMPLE, 50));
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const names = result.resume.projects.map((p) => p.name);
    expect(names).toHaveLength(50);
    expect(new Set(names).size).toBe(50);
  });

  it('keeps the sample as it is up to its own project count, and every other section unchanged', () => {
    const original = parseResume(SAMPLE);
    const grown = parseResume(resumeWithProjects(SAMPLE, 50));
    if (!original.ok || !grown.ok) throw new Error('the sample must parse');
    const count = original.resume.projects.length;
    expect(grown.resume.projects.slice(0, count)).toEqual(original.resume.projects);
    expect(grown.resume.education).toEqual(original.resume.education);
    expect(grown.resume.experience).toEqual(original.resume.experience);
  });

  it('keeps each repeated project’s role after its new name', () => {
    const grown = parseResume(resumeWithProjects(SAMPLE, 10));
    if (!grown.ok) throw new Error('must parse');
    const roles = (i: number) => grown.resume.projects[i]?.role;
    expect(roles(3)).toBe(roles(0));
    expect(grown.resume.projects[3]?.name).not.toBe(grown.resume.projects[0]?.name);
  });
});
