import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordReadOnlyAction } from '../audit/audit.service';
import type { HandlerMap } from '../handler';
import { localDate } from '../clock';
import { safeFileName } from '../exports/file-names';
import { renderClientProgramme } from './print.service';

export const printHandlers = {
  'print.programme': async (context, { clientId }) => {
    const { clientName, programmeId, pdf } = await renderClientProgramme(context, clientId);
    await recordReadOnlyAction(context, {
      action: 'programme.print',
      clientId,
      subject: `programme ${programmeId}`,
      details: { bytes: pdf.length },
    });
    return {
      fileName: `${safeFileName(clientName)} – ReStride ${localDate(context.clock())}.pdf`,
      pdfBase64: pdf.toString('base64'),
      bytes: pdf.length,
    };
  },

  'print.programmeToFolder': async (context, { clientId, batch }) => {
    const { clientName, programmeId, pdf } = await renderClientProgramme(context, clientId);
    const folder = join(context.dataDir, 'prints', safeFileName(batch));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${safeFileName(clientName)}.pdf`);
    writeFileSync(path, pdf);
    // The path names the client: only the programme and the size go into the log.
    await recordReadOnlyAction(context, {
      action: 'programme.print_to_folder',
      clientId,
      subject: `programme ${programmeId}`,
      details: { bytes: pdf.length },
    });
    return { path, folder, bytes: pdf.length };
  },
} satisfies Partial<HandlerMap>;
