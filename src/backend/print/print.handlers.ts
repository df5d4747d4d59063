import type { HandlerMap } from '../handler';
import { localDate } from '../clock';
import { safeFileName } from '../exports/file-names';
import { recordHandedOut } from '../programmes/record-snapshot';
import { removePrintFile, writePrintFile } from './print-folder';
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
    // Written first, with the client number in its name, so a crash before the record is kept still
    // leaves a file that erasure finds; a record that fails takes the file back.
    const written = writePrintFile(context.dataDir, batch, { id: clientId, name: clientName }, pdf);
    // The path names the client: it is kept in the client's own snapshot row (which erasure reads to
    // delete the file), and only the programme, its size and hash go into the log.
    try {
      await recordHandedOut(context, {
        clientId,
        derived,
        purpose: 'print_to_folder',
        file: pdf,
        printFile: written.relativePath,
        audit: {
          action: 'programme.print_to_folder',
          subject: 'current programme as a PDF',
          details: { engineVersion: derived.programme.engineVersion },
        },
      });
    } catch (error) {
      removePrintFile(written.path);
      throw error;
    }
    const { path, folder } = written;
    return { path, folder, bytes: pdf.length };
  },
} satisfies Partial<HandlerMap>;
