/** `backup` CLI command with a fake io on a real data folder: prints the new backup's path. */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../src/backend/open-backend';
import type { CliIO } from '../../../src/cli/command';
import { backupCommand } from '../../../src/cli/commands/backup';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'restride-cli-backup-'));
  folders.push(dir);
  return dir;
}

function fakeIo(env: Record<string, string> = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    readFile(): Buffer {
      throw new Error('backup reads no file through io');
    },
    writeFile() {
      throw new Error('backup writes no file through io');
    },
  };
  return io;
}

/** A data folder whose database holds one client (and no backup yet). */
async function installation(): Promise<string> {
  const dataDir = tempDir();
  const backend = await openBackend({ dataDir });
  await backend.dispatch('clients.create', { name: 'Anna Keller' });
  await backend.close();
  return dataDir;
}

describe('backup command', () => {
  it('takes a manual backup and prints its path; the file holds the data', async () => {
    const dataDir = await installation();
    const io = fakeIo();
    expect(await backupCommand.run(['--data-dir', dataDir], io)).toBe(0);
    const path = io.out.trim();
    expect(path).toMatch(/restride-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-manual\.sqlite$/);
    expect(path.startsWith(join(dataDir, 'backups'))).toBe(true);
    // Only the manual backup: the command turns the start-up backup off.
    expect(readdirSync(join(dataDir, 'backups'))).toEqual([path.slice(join(dataDir, 'backups').length + 1)]);
    const copy = new Database(path, { readonly: true });
    expect(copy.prepare('select name from client').pluck().all()).toEqual(['Anna Keller']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(io.err).toMatch(/Backed up .* \(\d+ bytes\); the newest 10 backups are kept/);
  });

  it('finds the folder through RESTRIDE_DATA_DIR', async () => {
    const dataDir = await installation();
    const io = fakeIo({ RESTRIDE_DATA_DIR: dataDir });
    expect(await backupCommand.run([], io)).toBe(0);
    expect(existsSync(io.out.trim())).toBe(true);
  });

  it('exits 2 for an unknown option, and for a folder without a database (creating nothing)', async () => {
    const io = fakeIo();
    expect(await backupCommand.run(['--to', 'x'], io)).toBe(2);
    expect(io.err).toContain("Unknown option '--to'");
    const empty = join(tempDir(), 'nothing-here');
    expect(await backupCommand.run(['--data-dir', empty], io)).toBe(2);
    expect(io.err).toContain(`There is no ReStride database in ${empty}`);
    expect(existsSync(empty)).toBe(false);
    expect(io.out).toBe('');
  });
});
