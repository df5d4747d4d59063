import type { FieldIssue } from '../../contract/result';
import { THRESHOLD_IDS, type CriteriaThresholds } from '../../engine';
import { listAssessedClientIds } from '../assessments/assessment.repository';
import { refreshClientStatus } from '../client-status/refresh-client-status';
import type { FieldCheckMap, HandlerMap } from '../handler';
import { imageSize, isWithinLogoCap, MAX_LOGO_PIXELS } from '../pdf/image-size';
import { isPrintableLogo, logoBytes } from '../pdf/logo';
import { scaleLogoForPrint } from './logo-scale';
import { criteriaThresholdsOf, retestWeeksOf, toSettings } from './settings.mapping';
import { findSettings, writeSettings } from './settings.repository';

/** Thresholds as stored: catalogue order, so equal choices are equal text. */
function thresholdsColumn(thresholds: CriteriaThresholds): string {
  const ordered: CriteriaThresholds = {};
  for (const id of THRESHOLD_IDS) if (thresholds[id] !== undefined) ordered[id] = thresholds[id];
  return JSON.stringify(ordered);
}

export const settingsHandlers = {
  'settings.get': async (context) => toSettings(await findSettings(context.db)),

  /** Partial: a field left out keeps its saved (or default) value. */
  'settings.save': async (context, changes) => {
    const at = context.clock();
    const now = at.toISOString();
    const row = await context.db.transaction().execute(async (trx) => {
      const currentRow = await findSettings(trx);
      const current = toSettings(currentRow);
      const thresholdsBefore = thresholdsColumn(criteriaThresholdsOf(currentRow));
      const thresholds =
        changes.criteriaThresholds === undefined
          ? thresholdsBefore
          : thresholdsColumn(changes.criteriaThresholds);
      const retestWeeks = changes.retestWeeks ?? retestWeeksOf(currentRow);
      const written = await writeSettings(trx, {
        clinic_name: changes.clinicName === undefined ? current.clinicName : changes.clinicName,
        clinician: changes.clinician === undefined ? current.clinician : changes.clinician,
        contact: changes.contact === undefined ? current.contact : changes.contact,
        // Scaled once here so that no print decodes a large image again.
        logo: changes.logo === undefined ? current.logo : changes.logo && scaleLogoForPrint(changes.logo),
        units: changes.units ?? current.units,
        language: changes.language ?? current.language,
        paper: changes.paper ?? current.paper,
        criteria_thresholds: thresholds,
        retest_weeks: retestWeeks,
        updated_at: now,
      });
      // Thresholds decide criteria and locks, the interval the re-test flag: the caseload rows of
      // clients with recorded tests follow at once (the others have no test-based status to change).
      if (thresholds !== thresholdsBefore || retestWeeks !== retestWeeksOf(currentRow)) {
        for (const clientId of await listAssessedClientIds(trx)) await refreshClientStatus(trx, clientId, at);
      }
      return written;
    });
    return toSettings(row);
  },
} satisfies Partial<HandlerMap>;

const damaged: FieldIssue = {
  path: 'logo',
  code: 'invalid_image',
  message: 'This image file is damaged or incomplete: choose another PNG or JPEG',
};

/**
 * A logo must be an image the PDF renderer can read, not just a file with the right header, and
 * at most MAX_LOGO_PIXELS on each side: its size is read from the header before anything decodes
 * it (a 1 MB PNG can claim 16000×16000 pixels, 1 GB once decoded).
 */
function logoIsReadable(_context: unknown, raw: unknown): FieldIssue[] {
  const logo = (raw as { logo?: unknown } | null)?.logo;
  if (typeof logo !== 'string' || logo === '') return [];
  const bytes = logoBytes(logo);
  if (!bytes) return [];
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return [damaged];
  if (!isWithinLogoCap(size)) {
    return [
      {
        path: 'logo',
        code: 'too_big',
        message: `The logo is ${size.width}×${size.height} pixels; the largest accepted is ${MAX_LOGO_PIXELS}×${MAX_LOGO_PIXELS}. Choose a smaller image`,
      },
    ];
  }
  return isPrintableLogo(logo) ? [] : [damaged];
}

export const settingsFieldChecks = {
  'settings.save': logoIsReadable,
} satisfies FieldCheckMap;
