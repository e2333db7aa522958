// The fixture pages the Firefox test fills: plain native controls, and a React app whose controlled
// inputs only accept values written through the framework-safe path.
export const FIREFOX_PAGES = ['plain-table', 'react-controlled'] as const;
