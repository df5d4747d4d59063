import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../src/contract/channel-names';
import { ok } from '../../../src/contract/result';
import { registerIpcHost } from '../../../electron/main/ipc-host';
import type { RendererTarget } from '../../../electron/main/paths';
import { isTrustedSender } from '../../../electron/main/security';
import { electronState, resetElectronState } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electronMock());

const target: RendererTarget = {
  kind: 'file',
  file: '/opt/ReStride/resources/app.asar/out/renderer/index.html',
  url: 'restride://app/index.html',
};
const ownPage = { url: `${target.url}#/clients`, parent: null };

function setUp() {
  const dispatch = vi.fn(async (channel: string, input: unknown) => ok({ channel, input }));
  const dispose = registerIpcHost({
    backend: { dispatch },
    isTrustedSender: (frame) => isTrustedSender(frame, target),
  });
  return { dispatch, dispose };
}

function invoke(channel: string, senderFrame: unknown, input: unknown): Promise<unknown> {
  const handler = electronState.handlers.get(channel);
  if (!handler) {
    throw new Error(`no handler for ${channel}`);
  }
  return handler({ senderFrame }, input);
}

describe('IPC host', () => {
  beforeEach(() => {
    resetElectronState();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('registers exactly one handler per contract channel and nothing else', () => {
    setUp();
    expect([...electronState.handleCalls].sort()).toEqual([...channelNames].sort());
    expect(new Set(electronState.handleCalls).size).toBe(electronState.handleCalls.length);
  });

  it('passes our own page’s call to dispatch with the channel and input unchanged', async () => {
    const { dispatch } = setUp();
    const input = { search: 'Ann' };
    await expect(invoke('clients.list', ownPage, input)).resolves.toEqual(
      ok({ channel: 'clients.list', input }),
    );
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('clients.list', input);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/', parent: null }],
    ['another file on disk', { url: 'file:///tmp/evil.html', parent: null }],
    [
      'our page as a file:// URL',
      { url: 'file:///opt/ReStride/resources/app.asar/out/renderer/index.html', parent: null },
    ],
    ['another page on the app scheme', { url: 'restride://app/assets/evil.html', parent: null }],
    ['another host on the app scheme', { url: 'restride://evil/index.html', parent: null }],
    ['our page inside a subframe', { url: target.url, parent: {} }],
    ['a detached frame', null],
    ['an unparsable URL', { url: 'not a url', parent: null }],
  ])('refuses %s with forbidden and never dispatches', async (_label, frame) => {
    const { dispatch } = setUp();
    for (const channel of channelNames) {
      const result = await invoke(channel, frame, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a throwing backend with an internal Result instead of a rejected invoke', async () => {
    const dispatch = vi.fn(() => Promise.reject(new Error('disk on fire')));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerIpcHost({ backend: { dispatch }, isTrustedSender: () => true });
    await expect(invoke('clients.list', ownPage, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('removes every handler when disposed', () => {
    const { dispose } = setUp();
    dispose();
    expect(electronState.handlers.size).toBe(0);
  });
});

describe('isTrustedSender in development', () => {
  const dev: RendererTarget = { kind: 'dev', url: 'http://localhost:5173/', origin: 'http://localhost:5173' };

  it('trusts the dev server origin and nothing else', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/#/clients', parent: null }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, dev)).toBe(false);
    expect(isTrustedSender({ url: target.url, parent: null }, dev)).toBe(false);
  });
});
