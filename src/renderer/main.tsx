import '@mantine/core/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n';
import { SettingsProvider } from './settings-context';

const theme = createTheme({ primaryColor: 'teal', defaultRadius: 'md' });

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <SettingsProvider>
          <App />
        </SettingsProvider>
      </MantineProvider>
    </StrictMode>,
  );
});
