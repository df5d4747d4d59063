import { shell, type DownloadItem, type Session } from 'electron';

/** Only files we produce are opened after saving; anything else is just saved. */
const openAfterSave = /\.(pdf|ics)$/i;

export function shouldOpenAfterSave(fileName: string, state: string): boolean {
  return state === 'completed' && openAfterSave.test(fileName);
}

/**
 * The renderer saves programmes as downloads: Electron asks where (a save dialog), then the
 * printed PDF opens in the system viewer, as a clinician expects after "Print".
 */
export function openDownloadsWhenSaved(session: Session): void {
  session.on('will-download', (_event, item: DownloadItem) => {
    item.once('done', (_done, state) => {
      if (shouldOpenAfterSave(item.getFilename(), state)) void shell.openPath(item.getSavePath());
    });
  });
}
