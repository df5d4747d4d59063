import { ipcRenderer } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../src/contract/channel-names';
import { electronState, resetElectronState } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

async function loadPreload(): Promise<Record<string, unknown>> {
  resetElectronState();
  vi.resetModules();
  await import('../../../electron/preload/index');
  expect(electronState.exposed).toHaveLength(1);
  const exposed = electronState.exposed[0];
  expect(exposed?.key).toBe('restride');
  return exposed?.api as Record<string, unknown>;
}

describe('preload', () => {
  beforeEach(() => vi.mocked(ipcRenderer.invoke).mockClear());

  it('exposes exactly one function per contract channel and nothing else', async () => {
    const api = await loadPreload();
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
    for (const channel of channelNames) {
      expect(typeof api[channel], channel).toBe('function');
    }
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'call']) {
      expect(api[generic]).toBeUndefined();
    }
  });

  it('forwards each call to its own channel with exactly one argument', async () => {
    const api = await loadPreload();
    for (const channel of channelNames) {
      const call = api[channel] as (...args: unknown[]) => Promise<unknown>;
      await call({ id: 7 }, 'smuggled', 'args');
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { id: 7 });
    }
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(channelNames.length);
  });

  it('cannot be extended by the page', async () => {
    const api = await loadPreload();
    expect(Object.isFrozen(api)).toBe(true);
  });
});
