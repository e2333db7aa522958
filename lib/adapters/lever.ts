// Lever (jobs.lever.co): one application page, each question an li.application-question. The contact
// fields have fixed names (`name` is the full name in one box, `org` the current company); links are
// `urls[<Site>]`. Custom cards (`cards[<uuid>][fieldN]`) change per posting and are left to the generic
// engine, which reads their labels.
import type { SiteAdapter } from '~/lib/fill/types';

type Dom = 'apply-page';

export const lever: SiteAdapter<Dom> = {
  id: 'lever',
  name: 'Lever',
  matches: [
    'https://jobs.lever.co/*', // hosted job site
    'https://jobs.eu.lever.co/*', // hosted job site, EU
  ],
  testUrls: [
    'https://jobs.lever.co/example/3f1c2b4a-1111-4222-8333-944445555666/apply',
    'https://jobs.eu.lever.co/example/3f1c2b4a-1111-4222-8333-944445555666/apply',
  ],
  generations: {
    'apply-page': {
      name: 'application page (jobs.lever.co/<company>/<id>/apply)',
      detect: 'form#application-form li.application-question',
    },
  },
  fields: [
    // One "Full name" box, never split.
    { key: 'name.full', selectors: [{ css: 'input[name="name"]', dom: 'apply-page' }] },
    { key: 'email', selectors: [{ css: 'input[name="email"]', dom: 'apply-page' }] },
    { key: 'phone', selectors: [{ css: 'input[name="phone"]', dom: 'apply-page' }] },
    { key: 'currentCompany', selectors: [{ css: 'input[name="org"]', dom: 'apply-page' }] },
    {
      key: 'location',
      optional: true,
      selectors: [{ css: 'input#location-input[name="location"]', dom: 'apply-page' }],
    },
    // Links: each posting chooses which of these it asks for.
    {
      key: 'linkedin',
      optional: true,
      selectors: [{ css: 'input[name="urls[LinkedIn]"]', dom: 'apply-page' }],
    },
    { key: 'github', optional: true, selectors: [{ css: 'input[name="urls[GitHub]"]', dom: 'apply-page' }] },
    {
      key: 'website',
      optional: true,
      selectors: [{ css: 'input[name="urls[Portfolio]"]', dom: 'apply-page' }],
    },
  ],
  own: {
    parsesResume:
      'Lever reads an attached résumé file and fills name, email, phone and company itself; the fill attaches the résumé file kept in the options page first (without one, attach it yourself, then fill) and keeps what Lever wrote.',
  },
};
