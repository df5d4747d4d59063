import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../src/backend/open-backend';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const mode = (path: string): number => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the data folder is its owner’s alone (issue 12 §2)', () => {
  it('whichever process opens it (desktop app, CLI): an old 0755/0644 install becomes 0700/0600', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'restride-modes-'));
    dirs.push(dataDir);
    chmodSync(dataDir, 0o755);
    mkdirSync(join(dataDir, 'prints', 'Tuesday'), { recursive: true, mode: 0o755 });
    writeFileSync(join(dataDir, 'prints', 'Tuesday', 'Anna Keller – 0001.pdf'), '%PDF', { mode: 0o644 });
    const backend = await openBackend({ dataDir, kind: 'command line', dailyBackup: false });
    const backup = await backend.dispatch('backups.create', {});
    await backend.close();
    expect(backup.ok).toBe(true);
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'prints'))).toBe(0o700);
    expect(mode(join(dataDir, 'prints', 'Tuesday'))).toBe(0o700);
    expect(mode(join(dataDir, 'prints', 'Tuesday', 'Anna Keller – 0001.pdf'))).toBe(0o600);
    const fileName = (backup as { value: { fileName: string } }).value.fileName;
    expect(mode(join(dataDir, 'backups', fileName))).toBe(0o600);
  });
});
