/**
 * print.programmeToFolder and clients.erase on real files (issue 12 items 3 and 4): one client's
 * print never replaces another's, a reprint never replaces the earlier one, and erasing a client
 * deletes their prints and only theirs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/contract/audit';
import type { Client } from '../../src/contract/clients';
import { call, callError, createTestBackend, type TestBackend } from '../fixtures/backend';
import { createPlannableClient } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

interface Printed {
  path: string;
  folder: string;
  bytes: number;
}

const printToFolder = (clientId: number, batch = 'Tuesday'): Promise<Printed> =>
  call<Printed>(backend, 'print.programmeToFolder', { clientId, batch });

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file under prints/, as `<batch>/<file>`, sorted. */
function printFiles(): string[] {
  const prints = join(backend.dataDir, 'prints');
  if (!existsSync(prints)) return [];
  return readdirSync(prints)
    .flatMap((batch) => readdirSync(join(prints, batch)).map((file) => `${batch}/${file}`))
    .sort();
}

const plannable = async (name: string): Promise<Client> =>
  (await createPlannableClient(backend, name)).client;

/** The hash each print snapshot of the client recorded, oldest first. */
async function snapshotHashes(clientId: number): Promise<string[]> {
  const rows = await backend.context.db
    .selectFrom('plan_snapshot')
    .select('file_sha256')
    .where('client_id', '=', clientId)
    .where('purpose', '=', 'print_to_folder')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.file_sha256);
}

describe('print.programmeToFolder', () => {
  it.each([
    ["Sean O'Brien", 'Sean OBrien'],
    ['😀', '😀😀'],
    ['🏃', '🚴'],
  ])('gives %j and %j distinct files, and both PDFs survive', async (first, second) => {
    const a = await plannable(first);
    const b = await plannable(second);
    const printedA = await printToFolder(a.id);
    const printedB = await printToFolder(b.id);

    expect(printedA.path).not.toBe(printedB.path);
    expect(basename(printedA.path)).toMatch(new RegExp(` – ${String(a.id).padStart(4, '0')}\\.pdf$`, 'u'));
    expect(basename(printedB.path)).toMatch(new RegExp(` – ${String(b.id).padStart(4, '0')}\\.pdf$`, 'u'));
    // Each file is still the one printed for its client.
    expect(await snapshotHashes(a.id)).toEqual([sha256(printedA.path)]);
    expect(await snapshotHashes(b.id)).toEqual([sha256(printedB.path)]);
    expect(printFiles()).toHaveLength(2);
  });

  it('keeps the name readable: the apostrophe, Greek, Cyrillic and CJK letters stay', async () => {
    const names = ["Sean O'Brien", 'Ελένη Παπαδοπούλου', 'Анна Смирнова', '王秀英'];
    for (const name of names) {
      const client = await plannable(name);
      const { path } = await printToFolder(client.id);
      expect(basename(path)).toBe(`${name} – ${String(client.id).padStart(4, '0')}.pdf`);
    }
  });

  it.each([
    ['CON', 'CON', 'CON_'],
    ['nul.txt', 'nul.txt', 'nul_.txt'],
    ['Com1', 'LPT9 ', 'LPT9_'],
    ['Aux.', 'prn.pdf', 'prn_.pdf'],
  ])('makes the device name %j (client) and batch %j safe', async (name, batch, folder) => {
    const client = await plannable(name);
    const printed = await printToFolder(client.id, batch);
    expect(basename(printed.folder)).toBe(folder);
    const file = basename(printed.path);
    // The part Windows reads as the device name (before the first dot) is never a device.
    expect(file.slice(0, file.indexOf('.')).trimEnd()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/iu);
    expect(file).not.toMatch(/[. ]$/u);
    expect(existsSync(printed.path)).toBe(true);
  });

  it('never overwrites: a second print of the client in the batch is "(2)", the first stays as it was', async () => {
    const client = await plannable('Anna Keller');
    const first = await printToFolder(client.id);
    const firstBytes = readFileSync(first.path);
    // The clinic changed the clinic name between the prints: the two PDFs differ.
    await call(backend, 'settings.save', { clinicName: 'Second Clinic' });
    const second = await printToFolder(client.id);
    const third = await printToFolder(client.id);

    expect(basename(first.path)).toBe(`Anna Keller – ${String(client.id).padStart(4, '0')}.pdf`);
    expect(basename(second.path)).toBe(`Anna Keller – ${String(client.id).padStart(4, '0')} (2).pdf`);
    expect(basename(third.path)).toBe(`Anna Keller – ${String(client.id).padStart(4, '0')} (3).pdf`);
    expect(readFileSync(first.path).equals(firstBytes)).toBe(true);
    expect(await snapshotHashes(client.id)).toEqual([
      sha256(first.path),
      sha256(second.path),
      sha256(third.path),
    ]);
    // Another batch starts again without a number.
    expect(basename((await printToFolder(client.id, 'Wednesday')).path)).toBe(basename(first.path));
  });

  it('never overwrites a file someone else put there under the same name', async () => {
    const client = await plannable('Anna Keller');
    const folder = join(backend.dataDir, 'prints', 'Tuesday');
    const name = `Anna Keller – ${String(client.id).padStart(4, '0')}.pdf`;
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, name), 'not ours');
    const printed = await printToFolder(client.id);
    expect(basename(printed.path)).toBe(name.replace('.pdf', ' (2).pdf'));
    expect(readFileSync(join(folder, name), 'utf8')).toBe('not ours');
  });

  it('records the file in the client’s snapshot and keeps the path out of the audit log', async () => {
    const client = await plannable("Sean O'Brien");
    const printed = await printToFolder(client.id);
    const row = await backend.context.db
      .selectFrom('plan_snapshot')
      .select('print_file')
      .where('client_id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(row.print_file).toBe(`Tuesday/${basename(printed.path)}`);
    const audit = await call<AuditEntry[]>(backend, 'audit.list', { limit: 10 });
    expect(JSON.stringify(audit)).not.toContain('Brien');
  });
});

describe('clients.erase deletes the client’s prints', () => {
  it('removes every print of the client, in every batch, and leaves the others’', async () => {
    const sean = await plannable("Sean O'Brien");
    const other = await plannable('Sean OBrien');
    const seanPrints = [
      await printToFolder(sean.id),
      await printToFolder(sean.id),
      await printToFolder(sean.id, 'Wednesday'),
    ];
    const otherPrints = [await printToFolder(other.id), await printToFolder(other.id, 'Wednesday')];
    // Handed out beyond the app's reach: a downloaded PDF, a calendar and a record export.
    await call(backend, 'print.programme', { clientId: sean.id });
    await call(backend, 'exports.ics', { clientId: sean.id });
    await call(backend, 'clients.exportRecord', { clientId: sean.id });

    const answer = await call(backend, 'clients.erase', { clientId: sean.id, confirmName: "Sean O'Brien" });

    expect(answer).toEqual({ clientId: sean.id, printFilesDeleted: 3, handedOutBeyondReach: 3 });
    for (const printed of seanPrints) expect(existsSync(printed.path)).toBe(false);
    for (const printed of otherPrints) expect(existsSync(printed.path)).toBe(true);
    expect(printFiles()).toEqual(otherPrints.map((p) => `${basename(p.folder)}/${basename(p.path)}`).sort());
    expect(await snapshotHashes(other.id)).toEqual(otherPrints.map((p) => sha256(p.path)));

    // The audit entry counts what was deleted and what left the app, without personal data.
    const [entry] = await call<AuditEntry[]>(backend, 'audit.list', { limit: 1 });
    expect(entry).toMatchObject({
      action: 'client.erase',
      clientId: null,
      details: { handedOut: 5, printFilesDeleted: 3, downloadsHandedOut: 2, recordExports: 1 },
    });
    const text = JSON.stringify(entry);
    for (const needle of ['Sean', 'Brien', 'Tuesday', '.pdf', String(sean.id).padStart(4, '0')])
      expect(text, needle).not.toContain(needle);
  });

  it('finds a print whose record a crash prevented by its client number, and a print from before paths were kept by its hash', async () => {
    const sean = await plannable("Sean O'Brien");
    const other = await plannable('Sean OBrien');
    const folder = join(backend.dataDir, 'prints', 'Tuesday');
    // A print written just before a kill -9: the file exists, no snapshot row names it.
    const orphan = (await printToFolder(sean.id)).path;
    await backend.context.db.deleteFrom('plan_snapshot').where('client_id', '=', sean.id).execute();
    // A print made before this version: unnumbered name, snapshot without a path.
    const legacy = await printToFolder(sean.id, 'Monday');
    const legacyPath = join(backend.dataDir, 'prints', 'Monday', 'Sean OBrien.pdf');
    renameSync(legacy.path, legacyPath);
    await backend.context.db
      .updateTable('plan_snapshot')
      .set({ print_file: null })
      .where('client_id', '=', sean.id)
      .execute();
    // The other client's prints, one of them with the old name too (it overwrote nothing of Sean's).
    const otherPrint = await printToFolder(other.id);
    const otherLegacy = await printToFolder(other.id, 'Monday');
    const otherLegacyPath = join(backend.dataDir, 'prints', 'Monday', 'Old name.pdf');
    renameSync(otherLegacy.path, otherLegacyPath);

    const answer = await call<{ printFilesDeleted: number }>(backend, 'clients.erase', {
      clientId: sean.id,
      confirmName: "Sean O'Brien",
    });

    expect(answer.printFilesDeleted).toBe(2);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(legacyPath)).toBe(false);
    expect(existsSync(otherPrint.path)).toBe(true);
    expect(existsSync(otherLegacyPath)).toBe(true);
    expect(printFiles()).toEqual([`Monday/Old name.pdf`, `Tuesday/${basename(otherPrint.path)}`]);
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('ignores a recorded path outside prints/ (a forged database): the database file stays', async () => {
    const sean = await plannable("Sean O'Brien");
    await printToFolder(sean.id);
    await backend.context.db
      .updateTable('plan_snapshot')
      .set({ print_file: '../restride.sqlite' })
      .where('client_id', '=', sean.id)
      .execute();
    const answer = await call<{ printFilesDeleted: number }>(backend, 'clients.erase', {
      clientId: sean.id,
      confirmName: "Sean O'Brien",
    });
    // The numbered file is still found and deleted; the database is not touched.
    expect(answer.printFilesDeleted).toBe(1);
    expect(existsSync(backend.databaseFile)).toBe(true);
    expect(printFiles()).toEqual([]);
  });

  it('deletes no file when the name does not match', async () => {
    const sean = await plannable("Sean O'Brien");
    const printed = await printToFolder(sean.id);
    const error = await callError(backend, 'clients.erase', {
      clientId: sean.id,
      confirmName: 'Sean OBrien',
    });
    expect(error.code).toBe('invalid_input');
    expect(existsSync(printed.path)).toBe(true);
  });
});
