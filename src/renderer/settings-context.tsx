import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../contract/settings';
import { call } from './api/transport';
import { setUiLanguage } from './i18n';

interface SettingsState {
  settings: Settings | null;
  /** Call after saving: the whole app sees the new units, paper and language at once. */
  replace(settings: Settings): void;
}

const SettingsContext = createContext<SettingsState>({ settings: null, replace: () => undefined });

/** Loads the clinic's settings once and switches the UI language to the saved one. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const replace = useCallback((next: Settings) => {
    setSettings(next);
    void setUiLanguage(next.language);
  }, []);
  useEffect(() => {
    void call('settings.get', {}).then((result) => {
      if (result.ok) replace(result.value);
    });
  }, [replace]);
  return <SettingsContext.Provider value={{ settings, replace }}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsState {
  return useContext(SettingsContext);
}
