import type { HandlerMap } from '../handler';
import { localDate } from '../clock';
import { recordHandedOut } from '../programmes/record-snapshot';
import { loadExportableProgramme } from './client-programme';
import { fitFilesToZip, programmeToFitFiles } from './fit';
import { safeFileName } from './file-names';
import { programmeToIcs } from './ics';

export const exportsHandlers = {
  'exports.ics': async (context, { clientId, includePast }) => {
    const loaded = await loadExportableProgramme(context, clientId);
    const now = context.clock();
    const content = programmeToIcs({
      programme: loaded.derived.programme,
      clientKey: loaded.clientKey,
      clientName: loaded.clientName,
      locale: loaded.locale,
      preferredTime: loaded.preferredTime,
      clinicName: loaded.clinicName,
      generatedAt: now,
      // From today (the clinic's local date, as in the file name) unless the past is asked for.
      ...(includePast ? {} : { from: localDate(now) }),
    });
    await recordHandedOut(context, {
      clientId,
      derived: loaded.derived,
      purpose: 'ics',
      file: content,
      audit: {
        action: 'export.ics',
        subject: 'current programme as a calendar',
        details: { engineVersion: loaded.derived.programme.engineVersion },
      },
    });
    return { fileName: `${safeFileName(loaded.clientName)} – ReStride ${localDate(now)}.ics`, content };
  },

  'exports.fit': async (context, { clientId }) => {
    const loaded = await loadExportableProgramme(context, clientId);
    const now = context.clock();
    const files = programmeToFitFiles(loaded.derived.programme, { locale: loaded.locale });
    const zip = fitFilesToZip(files, now);
    await recordHandedOut(context, {
      clientId,
      derived: loaded.derived,
      purpose: 'fit',
      file: zip,
      audit: {
        action: 'export.fit',
        subject: 'current programme as watch workouts',
        details: { engineVersion: loaded.derived.programme.engineVersion, files: files.length },
      },
    });
    return {
      fileName: `${safeFileName(loaded.clientName)} – ReStride workouts ${localDate(now)}.zip`,
      zipBase64: Buffer.from(zip).toString('base64'),
      files: files.map((file) => file.fileName),
    };
  },
} satisfies Partial<HandlerMap>;
