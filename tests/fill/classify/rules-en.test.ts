import { describe, expect, it } from 'vitest';
import { classifyField } from '~/lib/fill/classify/classify-field';
import { RULES_EN } from '~/lib/fill/classify/rules-en';
import type { FieldKey, ValuePart } from '~/lib/fill/types';
import { makeField, type FieldSpec } from './make-field';

type Row = [label: string, key: FieldKey, spec?: FieldSpec & { part?: ValuePart }];

const EDU: FieldSpec = { section: 'Education' };
const WORK: FieldSpec = { section: 'Work Experience' };
const PROJ: FieldSpec = { section: 'Projects' };
const BOX: FieldSpec = { widget: 'checkbox' };

// Every row of rules-en.ts has at least one line here (checked below).
const TABLE: Row[] = [
  ['English name', 'name.latinFull'],
  ['Pinyin name', 'name.latinFull'],
  ['Name and surname', 'name.full'],
  ['First and last name', 'name.full'],
  ['First Name', 'name.given'],
  ['Given name', 'name.given'],
  ['', 'name.given', { name: 'job application first name' }],
  ['Last Name', 'name.family'],
  ['Surname', 'name.family'],
  ['Family name', 'name.family'],
  ['Full name', 'name.full'],
  ['Legal Name', 'name.full'],
  ['Name', 'name.full'],
  ['', 'name.full', { name: 'name' }],
  ['Email', 'email'],
  ['E-mail address', 'email'],
  ['Confirm email', 'email'],
  ['Country code', 'phone.countryCode'],
  ['Country Phone Code', 'phone.countryCode'],
  ['Dialing code', 'phone.countryCode'],
  ['Phone', 'phone'],
  ['Mobile number', 'phone'],
  ['Phone number', 'phone'],
  ['Telephone', 'phone'],
  ['Phone Type', 'phone.deviceType', { widget: 'select' }],
  ['Current employer', 'experience.current', { widget: 'checkbox', section: 'Work Experience' }],
  ['Type of phone number', 'phone.deviceType', { widget: 'radio-group' }],
  ['', 'phone', { id: 'phone number phone number' }],
  ['LinkedIn / Personal Website', 'profileLink'],
  ['Portfolio or GitHub', 'profileLink'],
  ['GitHub', 'github'],
  ['GitHub URL', 'github'],
  ['', 'github', { name: 'urls git hub' }],
  ['LinkedIn Profile', 'linkedin'],
  ['', 'linkedin', { name: 'urls linked in' }],
  ['WeChat ID', 'wechat'],
  ['Website', 'website'],
  ['Personal website', 'website'],
  ['Portfolio', 'website'],
  ['Blog', 'website'],
  ['Location', 'location'],
  ['Current location', 'location'],
  ['City', 'location'],
  ['Date of birth', 'birth'],
  ['Birthday', 'birth'],
  ['Current company', 'currentCompany'],
  ['Current employer', 'currentCompany'],
  ['', 'currentCompany', { name: 'org' }],
  ['Current title', 'currentTitle'],
  ['Current position', 'currentTitle'],
  ['Years of experience', 'yearsOfExperience'],
  ['How many years of experience do you have?', 'yearsOfExperience'],
  [
    'Have you completed the following level of education: Master’s Degree?',
    'degreeHeld',
    { widget: 'radio-group', options: ['Yes', 'No'] },
  ],
  ['Are you currently employed?', 'currentlyEmployed', { widget: 'select', options: ['Yes', 'No'] }],
  ['I have no work experience', 'noExperience', { widget: 'checkbox' }],
  ["I don't have any relevant experience", 'noExperience', { widget: 'checkbox' }],
  ['Highest degree', 'highestDegree'],
  // Another fact of the highest degree's entry, asked through it.
  ['Institution where you earned your highest degree', 'education.school', EDU],
  ['Field of study (highest degree)', 'education.major', EDU],
  ['When did you start in your current (or most recent) role? (MM/YYYY)', 'experience.start'],
  ['Highest level of education', 'highestDegree'],
  ['Education level', 'highestDegree'],
  ['Skills', 'skills', { widget: 'textarea' }],
  ['Technical skills', 'skills'],
  ['About you', 'selfIntro', { widget: 'textarea' }],
  ['Summary', 'selfIntro', { widget: 'textarea' }],
  ['Tell us about yourself', 'selfIntro'],
  ['School', 'education.school', EDU],
  ['University', 'education.school'],
  ['Where did you complete your undergraduate degree?', 'education.school'],
  ['Where did you study?', 'education.school', EDU],
  ['School name', 'education.school'],
  ['College', 'education.school'],
  ['', 'education.school', { ...EDU, id: 'school' }],
  ['Major', 'education.major'],
  ['Field of study', 'education.major', EDU],
  ['Discipline', 'education.major'],
  ['Degree', 'education.degree', EDU],
  ['Degree', 'highestDegree'],
  ['Qualification', 'education.degree', EDU],
  ['GPA', 'education.gpa'],
  ['Grade point average', 'education.gpa', EDU],
  ['First year attended', 'education.start', { ...EDU, part: 'year' }],
  ['Enrollment date', 'education.start'],
  ['Graduation date', 'education.end'],
  ['Expected graduation date', 'education.end'],
  ['Last year attended', 'education.end', { ...EDU, part: 'year' }],
  ['Company', 'experience.company', WORK],
  ['Employer', 'experience.company'],
  ['Organization', 'experience.company'],
  ['Department', 'experience.department', WORK],
  ['Job title', 'experience.title', WORK],
  ['Job title', 'experience.title'],
  ['Title', 'experience.title', WORK],
  ['Role', 'projects.role', PROJ],
  ['Position', 'experience.title', WORK],
  ['I currently work here', 'experience.current', { ...WORK, ...BOX }],
  ['Present Employer', 'experience.current', { ...WORK, ...BOX }],
  ['Current', 'experience.current', { ...WORK, ...BOX }],
  ['Ongoing', 'projects.current', { ...PROJ, ...BOX }],
  ['Responsibilities', 'experience.description', { widget: 'textarea' }],
  ['Role description', 'experience.description', WORK],
  ['Job description', 'experience.description'],
  ['Project name', 'projects.name'],
  ['Role in project', 'projects.role'],
  ['Project role', 'projects.role'],
  ['Project description', 'projects.description', { widget: 'textarea' }],
  ['Project details', 'projects.description'],
  ['Start date', 'experience.start', WORK],
  ['From', 'education.start', EDU],
  ['Start month', 'experience.start', { ...WORK, part: 'month' }],
  ['', 'education.start', { ...EDU, id: 'start month', part: 'month' }],
  ['End date', 'experience.end', WORK],
  ['To', 'projects.end', PROJ],
  ['', 'education.end', { ...EDU, id: 'end year', part: 'year' }],
  ['Dates', 'experience.range', WORK],
  ['Dates attended', 'education.range', EDU],
  ['Description', 'experience.description', { ...WORK, widget: 'textarea' }],
  ['Description', 'projects.description', { ...PROJ, widget: 'textarea' }],
  ['Summary', 'experience.description', { ...WORK, widget: 'textarea' }],
  ['Name', 'projects.name', PROJ],
  ['Name', 'education.school', EDU],
];

describe('rules-en', () => {
  it.each(TABLE)('%s → %s', (label, key, spec = {}) => {
    const field = makeField(label, { lang: 'en', ...spec });
    const c = classifyField(field, [field]);
    expect(c?.key).toBe(key);
    expect(c?.part).toBe(spec.part);
    expect(c!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('every row is exercised by the table', () => {
    const hit = new Set<number>();
    for (const [label, , spec = {}] of TABLE) {
      const field = makeField(label, { lang: 'en', ...spec });
      const m = /en#(\d+) /.exec(classifyField(field, [field])?.reason ?? '');
      if (m) hit.add(Number(m[1]));
    }
    const missing = RULES_EN.rules.map((_, i) => i).filter((i) => !hit.has(i));
    expect(missing).toEqual([]);
  });

  it('employed here, at this company, is not being employed at all', () => {
    for (const label of [
      'Are you currently employed here at Quillstone?',
      'Are you currently employed by Acme?',
    ]) {
      const field = makeField(label, { lang: 'en', widget: 'select', options: ['Yes', 'No'] });
      expect(classifyField(field, [field])?.key).not.toBe('currentlyEmployed');
    }
  });

  it("'Title' and 'Start date' alone on a personal form are not guessed", () => {
    for (const label of ['Title', 'Start date', 'Description']) {
      const field = makeField(label, { lang: 'en', section: 'Personal Information' });
      expect(classifyField(field, [field])).toBeNull();
    }
  });
});
