import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../../src/contract/result';
import { createBridge } from './create-bridge';

// Sandboxed preload: bundled to one CommonJS file whose only require is 'electron'.
contextBridge.exposeInMainWorld(
  'restride',
  createBridge((channel, input) => ipcRenderer.invoke(channel, input) as Promise<Result<unknown>>),
);
