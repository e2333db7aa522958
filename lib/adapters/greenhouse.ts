// Greenhouse (greenhouse.io): what the engine cannot guess from labels alone. Two DOM generations are in
// use: the React board on job-boards.greenhouse.io (2023–) and the legacy board on boards.greenhouse.io,
// often embedded in a company's own careers page as an iframe. Fields a posting adds itself (question_N,
// answers_attributes) have per-job ids and are left to the generic engine, which reads their labels.
import type { SiteAdapter } from '~/lib/fill/types';

type Dom = 'react-board' | 'legacy-board';

export const greenhouse: SiteAdapter<Dom> = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: [
    'https://job-boards.greenhouse.io/*', // React board
    'https://job-boards.eu.greenhouse.io/*', // React board, EU data centre
    'https://boards.greenhouse.io/*', // legacy board and its /embed/job_app iframe
    'https://boards.eu.greenhouse.io/*', // legacy board, EU
  ],
  testUrls: [
    'https://job-boards.greenhouse.io/gitlab/jobs/8009999002',
    'https://job-boards.eu.greenhouse.io/examplegmbh/jobs/4400123101',
    'https://boards.greenhouse.io/embed/job_app?for=example&token=4417021',
    'https://boards.greenhouse.io/example/jobs/4417021',
  ],
  generations: {
    'react-board': { name: 'React board (job-boards.greenhouse.io)', detect: 'form#application-form' },
    'legacy-board': { name: 'legacy board (boards.greenhouse.io)', detect: 'form#application_form' },
  },
  fields: [
    {
      key: 'name.given',
      selectors: [
        { css: 'input#first_name', dom: 'react-board' },
        { css: 'input[name="job_application[first_name]"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'name.family',
      selectors: [
        { css: 'input#last_name', dom: 'react-board' },
        { css: 'input[name="job_application[last_name]"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'email',
      selectors: [
        { css: 'input#email', dom: 'react-board' },
        { css: 'input[name="job_application[email]"]', dom: 'legacy-board' },
      ],
    },
    {
      // The React board splits the phone: a country react-select, then the national number.
      key: 'phone.countryCode',
      selectors: [{ css: 'fieldset.phone-input input#country', dom: 'react-board' }],
    },
    {
      key: 'phone',
      selectors: [
        { css: 'fieldset.phone-input input#phone', dom: 'react-board' },
        { css: 'input[name="job_application[phone]"]', dom: 'legacy-board' },
      ],
    },
    // Education appears only on postings that ask for it; each entry's controls end in --N / _N.
    {
      key: 'education.school',
      optional: true,
      selectors: [
        { css: 'input[id^="school--"]', dom: 'react-board' },
        // select2 3 draws the school's hidden input as `#s2id_education_school_name_N` (a remote list,
        // collected and driven by the generic engine's select2 driver).
        { css: 'div.select2-container[id^="s2id_education_school_name_"]', dom: 'legacy-board' },
        // An embed whose select2 script did not run leaves the school a plain text box.
        { css: 'input[type=text][id^="education_school_name_"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'education.degree',
      optional: true,
      selectors: [
        { css: 'input[id^="degree--"]', dom: 'react-board' },
        { css: 'select[id^="education_degree_"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'education.major',
      optional: true,
      selectors: [
        { css: 'input[id^="discipline--"]', dom: 'react-board' },
        { css: 'select[id^="education_discipline_"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'education.start',
      part: 'month',
      optional: true,
      selectors: [
        { css: 'input[id^="start-month--"]', dom: 'react-board' },
        { css: 'input[id^="education_start_month_"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'education.start',
      part: 'year',
      optional: true,
      selectors: [
        { css: 'input[id^="start-year--"]', dom: 'react-board' },
        { css: 'input[id^="education_start_year_"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'education.end',
      part: 'month',
      optional: true,
      selectors: [
        { css: 'input[id^="end-month--"]', dom: 'react-board' },
        { css: 'input[id^="education_end_month_"]', dom: 'legacy-board' },
      ],
    },
    {
      key: 'education.end',
      part: 'year',
      optional: true,
      selectors: [
        { css: 'input[id^="end-year--"]', dom: 'react-board' },
        { css: 'input[id^="education_end_year_"]', dom: 'legacy-board' },
      ],
    },
  ],
  blocks: {
    education: [{ css: '#education_section .education', dom: 'legacy-board' }],
  },
  addButtons: {
    // The React board's "Add another" buttons carry no section in their markup: the generic finder,
    // which reads the section around them, picks those.
    education: [{ css: 'a#add_education', dom: 'legacy-board' }],
  },
};
