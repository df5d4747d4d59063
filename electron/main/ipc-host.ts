import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../src/contract/channel-names';
import { fail, type Result } from '../../src/contract/result';
import type { SenderFrameLike } from './security';

/** What the IPC host needs from the backend: the one entry point. */
export interface Dispatcher {
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
}

export interface IpcHostOptions {
  backend: Dispatcher;
  isTrustedSender: (frame: SenderFrameLike | null) => boolean;
}

/**
 * Registers exactly one `ipcMain.handle` per contract channel. There is no generic channel: a
 * name missing from `channelNames` has no handler at all. Each call checks the sender frame first
 * and answers a foreign one with `forbidden` without reaching the backend. Returns a function
 * that removes the handlers again (tests, and a clean shutdown).
 */
export function registerIpcHost(options: IpcHostOptions): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      handle(options, channel, event, input),
    );
  }
  return () => {
    for (const channel of channelNames) {
      ipcMain.removeHandler(channel);
    }
  };
}

async function handle(
  options: IpcHostOptions,
  channel: string,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<Result<unknown>> {
  const frame = event.senderFrame;
  if (!options.isTrustedSender(frame)) {
    console.warn(`[ipc] refused ${channel} from ${frame?.url ?? 'a detached frame'}`);
    return fail('forbidden', 'This caller may not use the ReStride API.');
  }
  try {
    return await options.backend.dispatch(channel, input);
  } catch (error) {
    // dispatch already turns handler failures into Results; this only guards the host itself.
    // Electron would send just the message across, so log in full here and answer with data.
    console.error(`[ipc] ${channel} failed`, error);
    return fail('internal', 'Something went wrong. The details are in the application log.');
  }
}
