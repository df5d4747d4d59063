import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const openPath = vi.fn(async () => '');
vi.mock('electron', () => ({ shell: { openPath } }));

const { openDownloadsWhenSaved, shouldOpenAfterSave } = await import('../../../electron/main/downloads');

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

  it('opens a saved PDF at the path the clinician chose', () => {
    const session = new EventEmitter();
    openDownloadsWhenSaved(session as never);
    const item = Object.assign(new EventEmitter(), {
      getFilename: () => 'Anna.pdf',
      getSavePath: () => '/home/physio/Documents/Anna.pdf',
    });
    session.emit('will-download', {}, item);
    item.emit('done', {}, 'completed');
    expect(openPath).toHaveBeenCalledWith('/home/physio/Documents/Anna.pdf');
  });
});
