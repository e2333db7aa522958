import { z } from 'zod';

// jsonresume.org schema v1, the parts the importer reads. Objects are loose: a valid JSON Resume may
// carry fields we do not use, and those must not make the import fail.

const text = z.string().optional();
/** ISO 8601 partial dates as the schema allows ('2024', '2024-09', '2024-09-01'), or 'Present'. */
const isoDate = z
  .string()
  .regex(/^(?:\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?|present|now|current|)$/i, { message: 'date' })
  .optional();

export const jsonResumeSchema = z.looseObject({
  basics: z.looseObject({
    name: z.string().refine((v) => v.trim() !== '', { message: 'empty' }),
    label: text,
    email: text,
    phone: text,
    url: text,
    summary: text,
    location: z
      .looseObject({ address: text, postalCode: text, city: text, countryCode: text, region: text })
      .optional(),
    profiles: z.array(z.looseObject({ network: text, username: text, url: text })).optional(),
  }),
  work: z
    .array(
      z.looseObject({
        name: text,
        // Older JSON Resume files call the employer `company`.
        company: text,
        position: text,
        startDate: isoDate,
        endDate: isoDate,
        summary: text,
        highlights: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  education: z
    .array(
      z.looseObject({
        institution: text,
        area: text,
        studyType: text,
        startDate: isoDate,
        endDate: isoDate,
        score: z.union([z.string(), z.number()]).optional(),
        gpa: z.union([z.string(), z.number()]).optional(),
        courses: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  projects: z
    .array(
      z.looseObject({
        name: text,
        description: text,
        highlights: z.array(z.string()).optional(),
        startDate: isoDate,
        endDate: isoDate,
        roles: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  skills: z.array(z.looseObject({ name: text, keywords: z.array(z.string()).optional() })).optional(),
});

export type JsonResume = z.output<typeof jsonResumeSchema>;

export const KNOWN_SECTIONS = ['basics', 'work', 'education', 'projects', 'skills'];
/** Sections that say nothing about the person. */
export const SILENT_SECTIONS = ['$schema', 'meta'];
