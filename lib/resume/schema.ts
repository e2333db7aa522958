import { z } from 'zod';

// The front matter after normalize.ts: every scalar is already a string (numbers and YAML dates were
// replaced by their text as written), unknown and page-publishing keys are gone.

/** Prose fields accept a bullet list too, which people write under `description:` as often as a line. */
const prose = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v.join('\n') : v))
  .optional();

const required = z.string().refine((v) => v.trim() !== '', { message: 'empty' });

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const resumeFileSchema = z.object({
  name: required,
  name_en: z.string().optional(),
  contact: z
    .object({
      phone: z.string().optional(),
      email: z.string().trim().regex(EMAIL).optional(),
      birth: z.string().optional(),
      website: z.string().optional(),
      location: z.string().optional(),
      linkedin: z.string().optional(),
      github: z.string().optional(),
      wechat: z.string().optional(),
    })
    .optional(),
  education: z
    .array(
      z.object({
        school: required,
        major: z.string().optional(),
        date: z.string().optional(),
        description: prose,
      }),
    )
    .optional(),
  experience: z
    .array(
      z.object({
        company: required,
        title: z.string().optional(),
        date: z.string().optional(),
        description: prose,
      }),
    )
    .optional(),
  projects: z
    .array(
      z.object({
        name: required,
        date: z.string().optional(),
        summary: prose,
        highlights: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  skills: z.array(z.string()).optional(),
});

export type ResumeInput = z.output<typeof resumeFileSchema>;

/** Keys each level knows; anything else goes to `extra` with a warning. */
export const KNOWN_KEYS = {
  root: ['name', 'name_en', 'contact', 'education', 'experience', 'projects', 'skills'],
  contact: ['phone', 'email', 'birth', 'website', 'location', 'linkedin', 'github', 'wechat'],
  education: ['school', 'major', 'date', 'description'],
  experience: ['company', 'title', 'date', 'description'],
  projects: ['name', 'date', 'summary', 'highlights'],
} as const;

/** Page-publishing keys (Jekyll/Hexo) that belong to the web page, not to the résumé. */
export const PAGE_KEYS = ['title', 'layout', 'date', 'password'];

/**
 * Keys another part of the profile travels under (the answers to common questions: `answers:`, read by
 * lib/answers/front-matter-answers.ts): not the résumé's, and no warning.
 */
export const COMPANION_KEYS = ['answers'];

/** Secrets are dropped wherever they appear and their values never reach the result. */
export function isSecretKey(key: string): boolean {
  return /^(?:password|passwd|pwd|passcode)$/i.test(key);
}
