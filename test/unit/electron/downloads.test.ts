import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openPath = vi.fn(async () => '');
const showSaveDialogSync = vi.fn((): string | undefined => '/home/physio/Documents/Anna.pdf');
const showErrorBox = vi.fn();
vi.mock('electron', () => ({
  shell: { openPath },
  dialog: { showSaveDialogSync, showErrorBox },
  app: { getPath: () => '/home/physio/Documents' },
  BrowserWindow: { fromWebContents: () => null },
}));

const { openDownloadsWhenSaved, savedPathProblem, shouldOpenAfterSave, suggestedFileName } =
  await import('../../../electron/main/downloads');

beforeEach(() => {
  vi.clearAllMocks();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

/** A download of `name` whose save path ends up at `savedAt(chosen)`. */
function fakeDownload(name: string, savedAt: (chosen: string) => string = (chosen) => chosen) {
  let chosen = '';
  const item = Object.assign(new EventEmitter(), {
    getFilename: () => name,
    setSavePath: vi.fn((path: string) => (chosen = path)),
    getSavePath: () => savedAt(chosen),
    cancel: vi.fn(),
  });
  return item;
}

function started(deps?: Parameters<typeof openDownloadsWhenSaved>[1]) {
  const session = new EventEmitter();
  openDownloadsWhenSaved(session as never, deps);
  return (item: ReturnType<typeof fakeDownload>, state = 'completed') => {
    session.emit('will-download', {}, item, {});
    item.emit('done', {}, state);
  };
}

const fakeDeps = (chosen: string | null) => ({
  chooseSavePath: vi.fn(() => chosen),
  report: vi.fn(),
  openPath,
  exists: () => true,
});

describe('saved downloads', () => {
  it.each([
    ['Anna Keller – ReStride 2026-11-27.pdf', 'completed', true],
    ['plan.ics', 'completed', true],
    ['Anna.pdf', 'cancelled', false],
    ['script.sh', 'completed', false],
    ['report.PDF.exe', 'completed', false],
  ])('%s (%s) opens after saving: %s', (name, state, expected) => {
    expect(shouldOpenAfterSave(name, state)).toBe(expected);
  });

  it('asks where to save with a native dialog, saves exactly there and opens the PDF from there', () => {
    const download = started();
    const item = fakeDownload('../../etc/Anna.pdf');
    download(item);
    const options = (showSaveDialogSync.mock.calls[0] as unknown[])[0] as { defaultPath: string };
    expect(options.defaultPath).toBe('/home/physio/Documents/Anna.pdf');
    expect(item.setSavePath).toHaveBeenCalledExactlyOnceWith('/home/physio/Documents/Anna.pdf');
    // The real file system has no such file: the default check finds it missing and says so.
    expect(showErrorBox).toHaveBeenCalledOnce();
    expect(openPath).not.toHaveBeenCalled();
  });

  it('opens a saved PDF at the path the clinician chose when it is there', () => {
    const item = fakeDownload('Anna.pdf');
    started(fakeDeps('/home/physio/Documents/Anna.pdf'))(item);
    expect(openPath).toHaveBeenCalledExactlyOnceWith('/home/physio/Documents/Anna.pdf');
  });

  it('decides by the name saved, not the name the page suggested', () => {
    const item = fakeDownload('Anna.pdf');
    started(fakeDeps('/home/physio/Documents/Anna.sh'))(item);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('cancels the download when the person cancels the dialog', () => {
    const item = fakeDownload('Anna.pdf');
    const deps = fakeDeps(null);
    started(deps)(item);
    expect(item.cancel).toHaveBeenCalledOnce();
    expect(item.setSavePath).not.toHaveBeenCalled();
    expect(openPath).not.toHaveBeenCalled();
  });

  it.each([
    ['another folder', () => '/tmp/Anna.pdf'],
    ['another name', () => '/home/physio/Documents/Other.pdf'],
    ['no path', () => ''],
    ['a relative path', () => 'Anna.pdf'],
  ])('reports a file saved to %s and opens nothing', (_label, savedAt) => {
    const item = fakeDownload('Anna.pdf', savedAt);
    const deps = fakeDeps('/home/physio/Documents/Anna.pdf');
    started(deps)(item);
    expect(deps.report).toHaveBeenCalledOnce();
    expect(openPath).not.toHaveBeenCalled();
  });

  it('does nothing after a cancelled or interrupted download', () => {
    const deps = fakeDeps('/home/physio/Documents/Anna.pdf');
    started(deps)(fakeDownload('Anna.pdf'), 'interrupted');
    expect(deps.report).not.toHaveBeenCalled();
    expect(openPath).not.toHaveBeenCalled();
  });
});

describe('savedPathProblem', () => {
  const there = () => true;
  it('accepts exactly the chosen path', () => {
    expect(savedPathProblem('/d/a.pdf', '/d/a.pdf', there)).toBeNull();
    expect(savedPathProblem('/d/a.pdf', '/d/./x/../a.pdf', there)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(savedPathProblem('/d/a.pdf', '/e/a.pdf', there)).toMatch(/outside the folder you chose/);
    expect(savedPathProblem('/d/a.pdf', '/d/b.pdf', there)).toMatch(/instead of \/d\/a\.pdf/);
    expect(savedPathProblem('/d/a.pdf', '/d/a.pdf', () => false)).toMatch(/not at \/d\/a\.pdf/);
  });
});

describe('suggestedFileName', () => {
  it.each([
    ['Anna.pdf', 'Anna.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\x.pdf', 'x.pdf'],
    ['', 'download'],
    ['..', 'download'],
  ])('%s → %s', (name, expected) => {
    expect(suggestedFileName(name)).toBe(expected);
  });
});
