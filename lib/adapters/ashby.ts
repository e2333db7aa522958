// Ashby (jobs.ashbyhq.com/{company}/{posting uuid}/application): one React form, every question an
// `.ashby-application-form-field-entry[data-field-path]` with `label.ashby-application-form-question-title`
// pointing at its control. System questions keep fixed paths and ids (`_systemfield_name`, one "Legal
// Name" box for the full name; `_systemfield_email`; `_systemfield_location`, a combobox with no id;
// `_systemfield_resume`, a hidden file input), the company's own questions are known by a UUID, so the
// generic engine reads their labels. Other class names are CSS-module names with build hashes: only their
// stable prefixes are used. Yes/no questions are two buttons with a hidden checkbox (ashby-yes-no.ts).
// Facts: ../shared/notes/recruiting-sites.md §4.
import type { SiteAdapter } from '~/lib/fill/types';
import { YES_NO, ashbyRadioGroup } from './ashby-yes-no';

type Dom = 'hosted-form';

const ENTRY = '.ashby-application-form-field-entry';

export const ashby: SiteAdapter<Dom> = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'], // hosted job boards of every company
  testUrls: [
    'https://jobs.ashbyhq.com/example/0f3c1d2e-0000-4000-8000-000000000000/application',
    'https://jobs.ashbyhq.com/ramp/7d6a2c31-5b8e-4f0a-9c1d-2e3f4a5b6c7d/application',
    'https://jobs.ashbyhq.com/example/0f3c1d2e-0000-4000-8000-000000000000', // the posting's Overview tab
  ],
  generations: {
    'hosted-form': {
      name: 'hosted application form (field entries with data-field-path)',
      detect: `${ENTRY}[data-field-path]`,
    },
  },
  fields: [
    // "Legal Name": one box for the whole name, never split.
    {
      key: 'name.full',
      selectors: [
        { css: `${ENTRY}[data-field-path="_systemfield_name"] input#_systemfield_name`, dom: 'hosted-form' },
      ],
    },
    {
      key: 'email',
      selectors: [
        {
          css: `${ENTRY}[data-field-path="_systemfield_email"] input#_systemfield_email`,
          dom: 'hosted-form',
        },
      ],
    },
    {
      // The phone question has a UUID id, so it is known by its type: the first tel box in a field entry
      // (the contact questions come first; a later one, a reference's number, is left to the labels).
      // Its text-message consent radios share the entry and are never answered.
      key: 'phone',
      firstOnly: true,
      selectors: [{ css: `${ENTRY} input[type=tel]`, dom: 'hosted-form' }],
    },
    {
      // A place picked from the search's list; filled only from a résumé that names a city.
      key: 'location',
      optional: true,
      selectors: [
        { css: `${ENTRY}[data-field-path="_systemfield_location"] input[role=combobox]`, dom: 'hosted-form' },
      ],
    },
  ],
  controls: [
    // A yes/no question: the buttons are no form controls, the checkbox is hidden; the pair is the control.
    { css: `${ENTRY} ${YES_NO}`, widget: 'radio-group', dom: 'hosted-form' },
  ],
  drivers: {
    'radio-group': ashbyRadioGroup,
  },
  own: {
    parsesResume:
      'Ashby reads a résumé uploaded in its "Autofill from resume" box and fills key application fields itself; upload it there first if you like, then fill: the fill keeps what Ashby wrote.',
  },
};
