/**
 * Language is a view: the engine's texts carry their message (`i18n`, `titleI18n`, …), rendered
 * here in the UI's current language, so switching the language changes every screen at once. A
 * programme without messages (older prints and snapshots) shows the text it carries.
 */
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../engine/i18n/message';
import { localised } from '../../../engine/i18n/message';
import type { Locale } from '../../../engine/types';

/** The engine locale for a UI language code ('de', 'de-DE' → 'de'; anything else → 'en'). */
export function engineLocale(language: string | undefined): Locale {
  return language?.startsWith('de') ? 'de' : 'en';
}

export type EngineText = (message: Message | null | undefined, fallback: string) => string;

/** Renders an engine message in the UI's language, or the fallback text when there is none. */
export function useEngineText(): EngineText {
  const { i18n } = useTranslation();
  const locale = engineLocale(i18n.language);
  return (message, fallback) => localised(locale, message, fallback);
}
