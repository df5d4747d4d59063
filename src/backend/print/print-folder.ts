import { closeSync, fsyncSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { clientFileBase, safeFileName } from '../exports/file-names';

/** The folder under the data folder that holds every batch of prints. */
export const PRINTS_FOLDER = 'prints';

/** Copies of one client in one batch before the app stops and says so (a loop, not a clinic). */
const MAX_COPIES = 999;

export interface PrintFile {
  /** Absolute path of the written file. */
  path: string;
  /** Absolute path of the batch folder. */
  folder: string;
  /** The path inside `prints/` (`<batch>/<file>`), as the handed-out snapshot records it. */
  relativePath: string;
}

/**
 * Writes one client's PDF into `<dataDir>/prints/<batch>/` as `<name> – <client number>.pdf`,
 * never over an existing file: the file is created with the exclusive flag, and when this client
 * was already printed into the batch the new one is `… (2).pdf`, `… (3).pdf`. A clinic reprints a
 * batch after a change or a jam; the earlier print may already be in a patient's hands, so it is
 * kept as it was rather than replaced, and the newest is the highest number. The file is flushed
 * to disk before the call answers; a failed write leaves no partial file.
 */
export function writePrintFile(
  dataDir: string,
  batch: string,
  client: { id: number; name: string },
  pdf: Uint8Array,
): PrintFile {
  const batchFolder = safeFileName(batch);
  const folder = join(dataDir, PRINTS_FOLDER, batchFolder);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const base = clientFileBase(client.name, client.id);
  for (let copy = 1; copy <= MAX_COPIES; copy++) {
    const fileName = copy === 1 ? `${base}.pdf` : `${base} (${copy}).pdf`;
    const path = join(folder, fileName);
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      for (let written = 0; written < pdf.byteLength;) written += writeSync(fd, pdf, written);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      unlinkSync(path);
      throw error;
    }
    closeSync(fd);
    return { path, folder, relativePath: `${batchFolder}/${fileName}` };
  }
  throw new DomainError(
    'conflict',
    `This batch already holds ${MAX_COPIES} prints of this client: choose another batch name.`,
  );
}

/** Deletes a written print again (its record could not be kept); a file already gone is fine. */
export function removePrintFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
