import { existsSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  shell,
  type DownloadItem,
  type FileFilter,
  type Session,
  type WebContents,
} from 'electron';

/** Only files we produce are opened after saving; anything else is just saved. */
const openAfterSave = /\.(pdf|ics)$/i;

export function shouldOpenAfterSave(fileName: string, state: string): boolean {
  return state === 'completed' && openAfterSave.test(fileName);
}

/** What the download handler needs from the outside world (real Electron by default, fakes in tests). */
export interface DownloadDeps {
  /** The path the person chooses in a save dialog for `suggestedName`, or null when they cancel. */
  chooseSavePath(suggestedName: string, contents: WebContents | undefined): string | null;
  /** Tells the person the file is not where they chose. */
  report(title: string, message: string): void;
  openPath(path: string): Promise<string>;
  exists(path: string): boolean;
}

/** The name the page suggests, as a plain file name (no folders, never empty). */
export function suggestedFileName(name: string): string {
  const plain = basename(name.replaceAll('\\', '/')).trim();
  return plain === '' || plain === '.' || plain === '..' ? 'download' : plain;
}

function fileFilters(name: string): FileFilter[] {
  switch (extname(name).toLowerCase()) {
    case '.pdf':
      return [{ name: 'PDF', extensions: ['pdf'] }];
    case '.ics':
      return [{ name: 'Calendar', extensions: ['ics'] }];
    default:
      return [];
  }
}

function samePath(a: string, b: string): boolean {
  const [x, y] = [resolve(a), resolve(b)];
  // Windows and macOS file systems are usually case-insensitive.
  return process.platform === 'linux' ? x === y : x.toLowerCase() === y.toLowerCase();
}

/**
 * Why the file Electron reports as saved is not the one the person chose (null when it is): the
 * saved path must be absolute, be exactly the chosen path (so inside the chosen folder), and exist.
 */
export function savedPathProblem(
  chosen: string,
  saved: string,
  exists: (path: string) => boolean,
): string | null {
  if (saved === '' || !isAbsolute(saved)) {
    return `The file was saved to an unknown place ("${saved}") instead of ${chosen}.`;
  }
  if (!samePath(dirname(saved), dirname(chosen))) {
    return `The file was saved to ${saved}, outside the folder you chose (${dirname(chosen)}).`;
  }
  if (!samePath(saved, chosen)) {
    return `The file was saved as ${saved} instead of ${chosen}.`;
  }
  if (!exists(saved)) {
    return `The file is not at ${saved}, where it was saved.`;
  }
  return null;
}

const electronDeps: DownloadDeps = {
  chooseSavePath(suggestedName, contents) {
    const window = contents ? BrowserWindow.fromWebContents(contents) : null;
    const options = {
      title: 'Save',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: fileFilters(suggestedName),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
        'createDirectory' | 'showOverwriteConfirmation'
      >,
    };
    // Synchronous: Electron takes the save path only inside the 'will-download' handler.
    const chosen = window ? dialog.showSaveDialogSync(window, options) : dialog.showSaveDialogSync(options);
    return chosen ? chosen : null;
  },
  report: (title, message) => dialog.showErrorBox(title, message),
  openPath: (path) => shell.openPath(path),
  exists: existsSync,
};

/**
 * The renderer saves programmes as downloads. The main process asks where (a native save dialog),
 * tells Electron to save exactly there, and once the download is done checks that the file is
 * where the person chose before anything opens it; then the printed PDF opens in the system
 * viewer, as a clinician expects after "Print". A mismatch is reported and nothing is opened.
 */
export function openDownloadsWhenSaved(session: Session, deps: DownloadDeps = electronDeps): void {
  session.on('will-download', (_event, item: DownloadItem, contents?: WebContents) => {
    const chosen = deps.chooseSavePath(suggestedFileName(item.getFilename()), contents);
    if (!chosen) {
      item.cancel();
      return;
    }
    item.setSavePath(chosen);
    item.once('done', (_done, state) => {
      if (state !== 'completed') {
        return;
      }
      const saved = item.getSavePath();
      const problem = savedPathProblem(chosen, saved, deps.exists);
      if (problem) {
        console.error(`[downloads] ${problem}`);
        deps.report('The file is not where you chose', problem);
        return;
      }
      if (shouldOpenAfterSave(basename(saved), state)) {
        void deps.openPath(saved);
      }
    });
  });
}
