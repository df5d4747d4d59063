/**
 * How the programme's warnings are shown to the clinician. Every warning is shown; those written
 * for the client are also printed on the client's programme, and are marked so the clinician sees
 * what the print will say. A stored programme from before warnings carried an audience has none:
 * its warnings were written for the clinician and the print leaves them out.
 */
import { localised } from '../../../engine/i18n/message';
import type { Locale, Warning, WarningSeverity } from '../../../engine/types';

export type ShownWarning = Omit<Warning, 'audience'> & { audience?: Warning['audience'] };

const severityColours: Record<WarningSeverity, string> = {
  critical: 'red',
  warning: 'orange',
  info: 'blue',
};

export interface WarningDisplay {
  key: string;
  colour: string;
  message: string;
  /** Printed on the client's programme too. */
  onClientPrint: boolean;
}

/**
 * The warnings in the engine's order (most serious first), with what the display needs, each
 * rendered in `locale` from its message (or as written, when it carries none).
 */
export function warningDisplays(warnings: readonly ShownWarning[], locale: Locale): WarningDisplay[] {
  return warnings.map((warning, index) => ({
    key: `${warning.code}-${index}`,
    colour: severityColours[warning.severity],
    message: localised(locale, warning.i18n, warning.message),
    onClientPrint: (warning.audience ?? 'clinician') === 'client',
  }));
}
