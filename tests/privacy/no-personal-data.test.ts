// Issue 11: ../shared/resume.md is a real person's résumé. No file in the repository may hold their phone,
// email, website, account name or name (Chinese or romanized), in any of the forms people write them.
// Their details are read from that file when the test runs and never written here; a failure says which
// kind of detail is in which file and line, not the detail itself.
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResume } from '~/lib/resume/parse';
import type { Resume } from '~/lib/resume/types';
import { findPersonalDetails, personalDetailPatterns, type DetailKind } from './personal-details';
import { REAL_RESUME_TEXT } from './real-resume';

const root = resolve(import.meta.dirname, '../..');

/** Files git tracks, and new ones it would pick up (not ignored), so a detail is caught before a commit. */
function repositoryFiles(): string[] | null {
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    return [...new Set(out.toString('utf8').split('\0').filter(Boolean))];
  } catch {
    return null;
  }
}

/** The file as text, or null for what is not a readable text file (binaries, links, deleted files). */
function readText(file: string): string | null {
  const path = resolve(root, file);
  try {
    if (!lstatSync(path).isFile()) return null;
    const bytes = readFileSync(path);
    // Git's own test for binary content: a NUL byte near the start.
    if (bytes.subarray(0, 8000).includes(0)) return null;
    return bytes.toString('utf8');
  } catch {
    return null;
  }
}

function parseReal(): Resume | null {
  if (REAL_RESUME_TEXT === null) return null;
  const parsed = parseResume(REAL_RESUME_TEXT);
  return parsed.ok ? parsed.resume : null;
}

const files = repositoryFiles();
const real = parseReal();
const skipReason =
  REAL_RESUME_TEXT === null
    ? '../shared/resume.md absent: personal-data check skipped'
    : files === null
      ? 'not a git checkout: personal-data check skipped'
      : '';

describe.skipIf(skipReason !== '')(
  `no personal data in the repository${skipReason ? ` (${skipReason})` : ''}`,
  () => {
    const patterns = real ? personalDetailPatterns(real) : [];

    it('reads the real résumé and knows what to look for', () => {
      expect(real, '../shared/resume.md must import, or the check below proves nothing').not.toBeNull();
      const kinds = new Set(patterns.map((p) => p.kind));
      const wanted: DetailKind[] = ['phone', 'email', 'website', 'account name', 'name', 'romanized name'];
      expect([...kinds].sort()).toEqual([...wanted].sort());
    });

    it('finds the details in the résumé itself and in the other ways they are written', () => {
      // The file holds the phone, email, website and name as the person wrote them.
      const inFile = new Set(findPersonalDetails(REAL_RESUME_TEXT!, patterns).map((h) => h.kind));
      expect([...inFile].sort()).toEqual(['account name', 'email', 'name', 'phone', 'website']);

      // Other renderings, made here from the derived facts (they exist only in memory).
      const r = real!;
      const n = r.contact.phone!.national;
      const { given, family } = r.name.latin;
      const renderings: [DetailKind, string][] = [
        ['phone', `+${r.contact.phone!.countryCode} ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`],
        ['phone', `(+${r.contact.phone!.countryCode}) ${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`],
        ['phone', `tel:${r.contact.phone!.e164}`],
        ['email', `mailto:${r.contact.email!.toUpperCase()}`],
        ['romanized name', `${given} ${family}`],
        ['romanized name', `${family.toUpperCase()} ${given}`],
        ['romanized name', `${family}, ${given}`],
        ['romanized name', `${given.toLowerCase()}.${family.toLowerCase()}@example.com`],
        ['romanized name', `${family}${given}`],
        ['name', [...r.name.full].join(' ')],
      ];
      for (const [kind, text] of renderings) {
        const found = findPersonalDetails(`x\n${text}\n`, patterns);
        expect(found, `a ${kind} rendering`).toContainEqual({ kind, line: 2 });
      }
    });

    it('no file git tracks or would add holds any of them', () => {
      const found: string[] = [];
      let scanned = 0;
      for (const file of files!) {
        for (const hit of findPersonalDetails(file, patterns))
          found.push(`${hit.kind} found in the path ${file}`);
        const text = readText(file);
        if (text === null) continue;
        scanned++;
        for (const hit of findPersonalDetails(text, patterns))
          found.push(`${hit.kind} found in ${file}:${hit.line}`);
      }
      // The scan really read the repository (this file among them).
      expect(scanned).toBeGreaterThan(50);
      expect(files).toContain('tests/privacy/no-personal-data.test.ts');
      expect(found, found.join('\n')).toEqual([]);
    });
  },
);
