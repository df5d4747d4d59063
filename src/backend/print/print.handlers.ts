import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HandlerMap } from '../handler';
import { localDate } from '../clock';
import { safeFileName } from '../exports/file-names';
import { recordHandedOut } from '../programmes/record-snapshot';
import { renderClientProgramme } from './print.service';

export const printHandlers = {
  'print.programme': async (context, { clientId }) => {
    const { clientName, derived, pdf } = await renderClientProgramme(context, clientId);
    await recordHandedOut(context, {
      clientId,
      derived,
      purpose: 'print',
      file: pdf,
      audit: {
        action: 'programme.print',
        subject: 'current programme as a PDF',
        details: { engineVersion: derived.programme.engineVersion },
      },
    });
    return {
      fileName: `${safeFileName(clientName)} – ReStride ${localDate(context.clock())}.pdf`,
      pdfBase64: pdf.toString('base64'),
      bytes: pdf.length,
    };
  },

  'print.programmeToFolder': async (context, { clientId, batch }) => {
    const { clientName, derived, pdf } = await renderClientProgramme(context, clientId);
    const folder = join(context.dataDir, 'prints', safeFileName(batch));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${safeFileName(clientName)}.pdf`);
    writeFileSync(path, pdf);
    // The path names the client: only the programme, its size and hash go into the log.
    await recordHandedOut(context, {
      clientId,
      derived,
      purpose: 'print_to_folder',
      file: pdf,
      audit: {
        action: 'programme.print_to_folder',
        subject: 'current programme as a PDF',
        details: { engineVersion: derived.programme.engineVersion },
      },
    });
    return { path, folder, bytes: pdf.length };
  },
} satisfies Partial<HandlerMap>;
