import { recordReadOnlyAction } from '../audit/audit.service';
import type { HandlerMap } from '../handler';
import { localDate } from '../clock';
import { loadExportableProgramme } from './client-programme';
import { fitFilesToZip, programmeToFitFiles } from './fit';
import { safeFileName } from './file-names';
import { programmeToIcs } from './ics';

export const exportsHandlers = {
  'exports.ics': async (context, { clientId }) => {
    const loaded = await loadExportableProgramme(context, clientId);
    const now = context.clock();
    const content = programmeToIcs({
      programme: loaded.programme,
      clientKey: loaded.clientKey,
      clientName: loaded.clientName,
      locale: loaded.locale,
      preferredTime: loaded.preferredTime,
      clinicName: loaded.clinicName,
      generatedAt: now,
    });
    await recordReadOnlyAction(context, {
      action: 'export.ics',
      clientId,
      subject: 'current programme as a calendar',
      details: { engineVersion: loaded.programme.engineVersion },
    });
    return { fileName: `${safeFileName(loaded.clientName)} – ReStride ${localDate(now)}.ics`, content };
  },

  'exports.fit': async (context, { clientId }) => {
    const loaded = await loadExportableProgramme(context, clientId);
    const now = context.clock();
    const files = programmeToFitFiles(loaded.programme, { locale: loaded.locale });
    const zip = fitFilesToZip(files, now);
    await recordReadOnlyAction(context, {
      action: 'export.fit',
      clientId,
      subject: 'current programme as watch workouts',
      details: { engineVersion: loaded.programme.engineVersion, files: files.length },
    });
    return {
      fileName: `${safeFileName(loaded.clientName)} – ReStride workouts ${localDate(now)}.zip`,
      zipBase64: Buffer.from(zip).toString('base64'),
      files: files.map((file) => file.fileName),
    };
  },
} satisfies Partial<HandlerMap>;
