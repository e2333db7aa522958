import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '~/components/shared/i18n-context';
import { OptionsApp } from '~/components/options/options-app';
import '~/components/shared/theme.css';
import '~/components/options/options.css';
import '~/components/options/import.css';
import '~/components/options/profiles.css';
import '~/components/options/preview.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <OptionsApp />
    </I18nProvider>
  </StrictMode>,
);
