import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, which cannot run here (no binary). Only what the shell
 * calls is modelled; each test file wires it in with `vi.mock('electron', () => electronMock())`.
 */
export interface FakeWebContents {
  listeners: Map<string, (event: FakeEvent, ...args: unknown[]) => void>;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null;
  on(name: string, listener: (event: FakeEvent, ...args: unknown[]) => void): void;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void;
}

export interface FakeEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url: string): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export function fakeWebContents(): FakeWebContents {
  return {
    listeners: new Map(),
    windowOpenHandler: null,
    on(name, listener) {
      this.listeners.set(name, listener);
    },
    setWindowOpenHandler(handler) {
      this.windowOpenHandler = handler;
    },
  };
}

export const electronState = {
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  handleCalls: [] as string[],
  windows: [] as Array<{ options: unknown; loaded: string | null }>,
  exposed: [] as Array<{ key: string; api: unknown }>,
};

export function resetElectronState(): void {
  electronState.handlers.clear();
  electronState.handleCalls.length = 0;
  electronState.windows.length = 0;
  electronState.exposed.length = 0;
}

export function electronMock(): Record<string, unknown> {
  class BrowserWindow {
    private record: { options: unknown; loaded: string | null };
    constructor(options: unknown) {
      this.record = { options, loaded: null };
      electronState.windows.push(this.record);
    }
    once(): void {}
    on(): void {}
    show(): void {}
    loadFile(file: string): Promise<void> {
      this.record.loaded = file;
      return Promise.resolve();
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded = url;
      return Promise.resolve();
    }
    static getAllWindows(): unknown[] {
      return [];
    }
    static fromWebContents(): null {
      return null;
    }
  }
  return {
    ipcMain: {
      handle: vi.fn((channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) => {
        electronState.handleCalls.push(channel);
        electronState.handlers.set(channel, listener);
      }),
      removeHandler: vi.fn((channel: string) => electronState.handlers.delete(channel)),
    },
    ipcRenderer: {
      invoke: vi.fn((channel: string, input: unknown) =>
        Promise.resolve({ ok: true, value: { channel, input } }),
      ),
    },
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => electronState.exposed.push({ key, api })),
    },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    BrowserWindow,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    app: { getPath: vi.fn(() => '/home/clinician/Documents') },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })) },
    session: {},
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
}
