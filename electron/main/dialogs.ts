import { app, dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';

/** A file type offered in a native dialog, e.g. `{ name: 'PDF', extensions: ['pdf'] }`. */
export interface FileTypeFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  title: string;
  /** File name only; the folder is the user's Documents folder unless they pick another. */
  defaultFileName: string;
  filters: FileTypeFilter[];
}

export interface OpenFileRequest {
  title: string;
  filters: FileTypeFilter[];
}

/**
 * Native save/open dialogs for features that write or read a user-chosen file (PDF, backup).
 * The path comes from the OS dialog in the main process, never from the renderer, so the UI
 * cannot make the app write or read an arbitrary path. Resolves to null when the user cancels.
 */
export async function askSavePath(
  window: BrowserWindow | null,
  request: SaveFileRequest,
): Promise<string | null> {
  const options = {
    title: request.title,
    defaultPath: join(app.getPath('documents'), request.defaultFileName),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function askOpenPath(
  window: BrowserWindow | null,
  request: OpenFileRequest,
): Promise<string | null> {
  const options = {
    title: request.title,
    defaultPath: app.getPath('documents'),
    filters: request.filters,
    properties: ['openFile'] as Array<'openFile'>,
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
