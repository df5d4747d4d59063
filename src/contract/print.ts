import { z } from 'zod';
import { idOf } from './fields';

/** A printable programme, ready to save: the PDF as base64 (JSON-safe across IPC and HTTP). */
export const printedPdfSchema = z.object({
  fileName: z.string(),
  pdfBase64: z.string(),
  bytes: z.number().int(),
});

export type PrintedPdf = z.infer<typeof printedPdfSchema>;

/** A batch folder name as the UI proposes it; the backend keeps only safe characters. */
const batchName = z
  .string({ error: 'A batch name is required' })
  .trim()
  .min(1, { error: 'A batch name is required' })
  .max(80, { error: 'The batch name must be at most 80 characters' });

export const printChannels = {
  /**
   * The client's current programme as a branded PDF, in the clinic's language, units and paper
   * (settings). `conflict` when the client has no programme yet.
   */
  'print.programme': { input: z.object({ clientId: idOf('A client id') }), output: printedPdfSchema },
  /**
   * The same PDF written into `<data folder>/prints/<batch>/` (the backend chooses the place, never
   * the caller): one call per client, so a group's "Print all" can show its progress. The file is
   * `<name> – <client number>.pdf`, safe on every file system; it never replaces a file: a client
   * printed into the batch again gets `… (2).pdf`, and the earlier print stays as it was. Erasing
   * the client deletes it.
   */
  'print.programmeToFolder': {
    input: z.object({ clientId: idOf('A client id'), batch: batchName }),
    output: z.object({ path: z.string(), folder: z.string(), bytes: z.number().int() }),
  },
} as const;
