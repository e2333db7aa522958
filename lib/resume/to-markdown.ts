import type { Resume } from './types';
import { hasCjk } from '~/lib/i18n/lang';

// YAML would read these as numbers, booleans, null or dates, or as the start of a structure.
const NEEDS_QUOTES = [
  /^[\s\-?:,[\]{}#&*!|>'"%@`]/,
  /\s$/,
  /:\s|:$|\s#/,
  /^[-+]?[\d:._]+(?:[eE][-+]?\d+)?$/,
  /^(?:true|false|yes|no|on|off|null|y|n|~)$/i,
  /^[-+]?\.(?:inf|nan)$/i,
  /^0x/i,
  /\n|\r|\t/,
];

/** A YAML scalar: plain when it reads back unchanged, else a JSON string (valid YAML double-quoted). */
export function yamlScalar(value: string): string {
  return value === '' || NEEDS_QUOTES.some((re) => re.test(value)) ? JSON.stringify(value) : value;
}

function keyValue(indent: string, key: string, value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : [`${indent}${key}: ${yamlScalar(value)}`];
}

function list(indent: string, key: string, items: string[]): string[] {
  return items.length === 0 ? [] : [`${indent}${key}:`, ...items.map((i) => `${indent}  - ${yamlScalar(i)}`)];
}

/**
 * The résumé as Markdown front matter in this extension's own format (samples/sample-resume.md),
 * written from the raw text of each entry so that parsing it again derives the same facts.
 */
export function toMarkdown(resume: Resume): string {
  const { name, contact } = resume;
  const lines = ['---', ...keyValue('', 'name', name.raw.trim())];
  if (hasCjk(name.raw) && name.latinFromFile) lines.push(...keyValue('', 'name_en', name.latin.full));
  const contactLines = [
    ...keyValue('  ', 'phone', contact.phone?.raw),
    ...keyValue('  ', 'email', contact.email),
    ...keyValue('  ', 'birth', contact.birth?.raw),
    ...keyValue('  ', 'website', contact.website),
    ...keyValue('  ', 'location', contact.location),
    ...keyValue('  ', 'linkedin', contact.linkedin),
    ...keyValue('  ', 'github', contact.github),
    ...keyValue('  ', 'wechat', contact.wechat),
  ];
  if (contactLines.length > 0) lines.push('contact:', ...contactLines);
  const entries = (key: string, items: [string, string][][]) => {
    if (items.length === 0) return;
    lines.push(`${key}:`);
    for (const fields of items) {
      const written = fields.flatMap(([k, v]) => keyValue('    ', k, v));
      if (written.length > 0) written[0] = `  - ${written[0].trimStart()}`;
      lines.push(...written);
    }
  };
  entries(
    'education',
    resume.education.map((e) => [
      ['school', e.raw.school],
      ['major', e.raw.major],
      ['date', e.raw.date],
      ['description', e.raw.description],
    ]),
  );
  entries(
    'experience',
    resume.experience.map((e) => [
      ['company', e.raw.company],
      ['title', e.raw.title],
      ['date', e.raw.date],
      ['description', e.raw.description],
    ]),
  );
  if (resume.projects.length > 0) {
    lines.push('projects:');
    for (const p of resume.projects) {
      lines.push(`  - name: ${yamlScalar(p.raw.name)}`, ...keyValue('    ', 'date', p.raw.date));
      lines.push(...keyValue('    ', 'summary', p.summary));
      lines.push(
        ...list(
          '    ',
          'highlights',
          p.highlights.map((h) => h.raw.trim()),
        ),
      );
    }
  }
  lines.push(...list('', 'skills', resume.skills));
  for (const [key, value] of Object.entries(resume.extra)) {
    // Keys of nested unknowns ('education[0].note') cannot be written back as top-level keys.
    if (/^[A-Za-z_][\w-]*$/.test(key) && value !== undefined) lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n${resume.body ? `\n${resume.body.trim()}\n` : ''}`;
}
