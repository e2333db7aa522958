import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '~/components/shared/i18n-context';
import { PopupApp } from '~/components/popup/popup-app';
import '~/components/shared/theme.css';
import '~/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <PopupApp />
    </I18nProvider>
  </StrictMode>,
);
