// A résumé with many projects, made from the sample by repeating its projects under varied names, to
// see how import time grows with a long career (the real ones carry 3–8 projects).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const AREAS = ['供应链', '风控', '会员', '搜索', '直播', '物流', '广告', '客服', '财务', '数据平台'];

/** The sample's text with its projects repeated until there are `count`, each named differently. */
export function resumeWithProjects(sampleText, count) {
  const lines = sampleText.split('\n');
  const start = lines.findIndex((l) => /^projects:\s*$/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  if (start === -1 || end === -1) throw new Error('the sample has no top-level projects: list');
  const entries = [];
  for (const line of lines.slice(start + 1, end)) {
    if (line.startsWith('  - ')) entries.push([]);
    entries.at(-1)?.push(line);
  }
  const projects = Array.from({ length: count }, (_, i) => {
    const entry = entries[i % entries.length];
    if (i < entries.length) return entry;
    // Keep " · role" last so the importer still splits name and role.
    const area = AREAS[i % AREAS.length];
    return entry.map((l) =>
      l.replace(
        /^(\s+- name: )(.*?)( · .*)?$/,
        (_, lead, name, role = '') => `${lead}${area}${name}（${i + 1}）${role}`,
      ),
    );
  });
  return [...lines.slice(0, start + 1), ...projects.flat(), ...lines.slice(end)].join('\n');
}

/** Writes bench/out/resume-<count>-projects.md and returns its path. */
export function writeBigResume(samplePath, outDir, count = 50) {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `resume-${count}-projects.md`);
  writeFileSync(file, resumeWithProjects(readFileSync(samplePath, 'utf8'), count));
  return file;
}
