/** `restore` CLI command with a fake io on real files: any path, the same checks, exit 2 on refusal. */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appSchemaVersion } from '../../../src/backend/db/migrate';
import { openBackend } from '../../../src/backend/open-backend';
import type { CliIO } from '../../../src/cli/command';
import { restoreCommand } from '../../../src/cli/commands/restore';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'restride-cli-restore-'));
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
      throw new Error('restore reads the file itself (SQLite needs a path)');
    },
    writeFile() {
      throw new Error('restore writes no file through io');
    },
  };
  return io;
}

async function clientNames(dataDir: string): Promise<string[]> {
  const backend = await openBackend({ dataDir, dailyBackup: false });
  const list = await backend.dispatch('clients.list', {});
  await backend.close();
  if (!list.ok) throw new Error(list.error.message);
  return (list.value as { items: { name: string }[] }).items.map((item) => item.name);
}

/** A data folder holding `names`, and a backup of it copied to a path outside the folder. */
async function installationWithBackup(names: string[]): Promise<{ dataDir: string; backupFile: string }> {
  const dataDir = tempDir();
  const backend = await openBackend({ dataDir });
  for (const name of names) await backend.dispatch('clients.create', { name });
  const backup = await backend.context.backups.create('manual');
  const backupFile = join(tempDir(), 'kept elsewhere.sqlite');
  copyFileSync(join(backend.context.backups.folder, backup.fileName), backupFile);
  await backend.close();
  return { dataDir, backupFile };
}

describe('restore command', () => {
  it('restores a backup from any path and names the pre-restore backup', async () => {
    const { dataDir, backupFile } = await installationWithBackup(['Anna Keller']);
    const backend = await openBackend({ dataDir, dailyBackup: false });
    await backend.dispatch('clients.create', { name: 'Added Later' });
    await backend.close();

    const io = fakeIo({ RESTRIDE_DATA_DIR: dataDir });
    expect(await restoreCommand.run(['--from', backupFile], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toContain(`Restored ${backupFile} into ${join(dataDir, 'restride.sqlite')}.`);
    const kept = /kept as (.*-pre-restore\.sqlite)\./.exec(io.out)?.[1];
    expect(kept && existsSync(kept)).toBe(true);
    expect(await clientNames(dataDir)).toEqual(['Anna Keller']);

    // The pre-restore backup undoes it.
    const undo = fakeIo();
    expect(await restoreCommand.run(['--from', kept!, '--data-dir', dataDir], undo), undo.err).toBe(0);
    expect(await clientNames(dataDir)).toEqual(['Added Later', 'Anna Keller']);
  });

  it('exits 2 with the reason for a damaged, foreign or newer file, and leaves the database as it was', async () => {
    const { dataDir, backupFile } = await installationWithBackup(['Anna Keller']);
    const live = join(dataDir, 'restride.sqlite');
    const other = tempDir();

    const garbage = join(other, 'garbage.sqlite');
    writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    const truncated = join(other, 'truncated.sqlite');
    writeFileSync(truncated, readFileSync(backupFile).subarray(0, 4096 * 3));
    const newer = join(other, 'newer.sqlite');
    copyFileSync(backupFile, newer);
    const db = new Database(newer);
    db.pragma(`user_version = ${appSchemaVersion + 2}`);
    db.close();
    const withTrigger = join(other, 'with-trigger.sqlite');
    copyFileSync(backupFile, withTrigger);
    const tampered = new Database(withTrigger);
    tampered.exec(`create trigger no_erasure before delete on client begin select raise(abort, 'kept'); end`);
    tampered.close();

    const before = readFileSync(live);
    for (const [file, reason] of [
      [garbage, 'it is not an SQLite database file'],
      [truncated, 'the file is truncated'],
      [
        newer,
        `written by a newer ReStride (schema ${appSchemaVersion + 2}; this app understands ${appSchemaVersion})`,
      ],
      [withTrigger, 'unexpected: trigger "no_erasure" on client'],
      [join(other, 'missing.sqlite'), 'was not found'],
    ] as const) {
      const io = fakeIo();
      expect(await restoreCommand.run(['--from', file, '--data-dir', dataDir], io)).toBe(2);
      expect(io.err).toContain('Not restored: ');
      expect(io.err).toContain(reason);
      expect(io.out).toBe('');
    }
    expect(readFileSync(live).equals(before)).toBe(true);
    expect(await clientNames(dataDir)).toEqual(['Anna Keller']);
  });

  it('exits 2 without --from or with an unknown option', async () => {
    const io = fakeIo();
    expect(await restoreCommand.run([], io)).toBe(2);
    expect(io.err).toContain('--from: is required');
    expect(await restoreCommand.run(['--from', 'x', '--force'], io)).toBe(2);
    expect(io.err).toContain("Unknown option '--force'");
  });
});
