// SmartRecruiters one-click apply (jobs.smartrecruiters.com/oneclick-ui/company/{Co}/publication/{uuid}):
// the app's own components (`oc-*`, `sr-*`) hold design-system web components (`spl-*`) whose controls
// sit in OPEN shadow roots; the engine collects inside them, and these selectors are evaluated in every
// root a collected control lives in, or step into a host's root with `>>>`. The personal fields carry
// fixed inner ids; experience and education entries (`oc-experience-entry` / `oc-education-entry`) start
// absent and are added with `spl-button`s named by aria-label; their fields are left to the labels.
// Screening questions (`sr-screening-questions-form`) are the company's own and never résumé facts.
// Facts: ../shared/notes/recruiting-sites.md §5.
import type { SiteAdapter } from '~/lib/fill/types';

type Dom = 'oneclick';

export const smartrecruiters: SiteAdapter<Dom> = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: ['https://jobs.smartrecruiters.com/*'], // one-click UI
  testUrls: [
    'https://jobs.smartrecruiters.com/oneclick-ui/company/Example/publication/abc',
    'https://jobs.smartrecruiters.com/oneclick-ui/company/TidewaterFreight/publication/4b7e2c19-8d3a-4f50-a6e1-0c9d8b7a6f52',
  ],
  generations: {
    oneclick: {
      name: 'one-click application (oneclick-ui, spl-* web components)',
      detect: 'spl-dropzone[data-test=resume-upload]',
    },
  },
  fields: [
    // Inside each spl-input's shadow root.
    { key: 'name.given', selectors: [{ css: 'input#first-name-input', dom: 'oneclick' }] },
    { key: 'name.family', selectors: [{ css: 'input#last-name-input', dom: 'oneclick' }] },
    { key: 'email', selectors: [{ css: 'input#email-input', dom: 'oneclick' }] },
    // "Confirm your email" takes the same address.
    { key: 'email', selectors: [{ css: 'input#confirm-email-input', dom: 'oneclick' }] },
    // spl-phone-field: the country-code select and the number, in its shadow root.
    {
      key: 'phone.countryCode',
      selectors: [
        { css: 'spl-phone-field >>> select', dom: 'oneclick' },
        // Tenants whose country picker is an spl-dropdown of its own (a button and its list, one shadow root further in).
        { css: 'spl-phone-field >>> spl-dropdown >>> button[role=combobox]', dom: 'oneclick' },
        // Tenants whose picker is a listbox button in the field's own root ('CN +86', a searchable list).
        { css: 'spl-phone-field >>> button[aria-haspopup=listbox]', dom: 'oneclick' },
      ],
    },
    { key: 'phone.national', selectors: [{ css: 'spl-phone-field >>> input[type=tel]', dom: 'oneclick' }] },
  ],
  blocks: {
    experience: [{ css: 'oc-experience-entry', dom: 'oneclick' }],
    education: [{ css: 'oc-education-entry', dom: 'oneclick' }],
  },
  addButtons: {
    experience: [{ css: 'spl-button[aria-label="Add experience entry"]', dom: 'oneclick' }],
    education: [{ css: 'spl-button[aria-label="Add education entry"]', dom: 'oneclick' }],
  },
};
