/**
 * Issue 13 items 1, 4, 5, 13: injuries and notes are corrected and restrictions ended with the
 * plan following at once; the audit trail keeps who, when and before → after; the client form's
 * club is a group's roster; search finds clients by injury.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditSessionLog } from '../../src/backend/audit/audit.changes';
import { injuryTypesNamed } from '../../src/backend/clients/injury-names';
import { INJURY_TYPES } from '../../src/engine/types';
import { de } from '../../src/renderer/i18n/locales/de';
import { en } from '../../src/renderer/i18n/locales/en';
import { auditChangesOf, type AuditEntry } from '../../src/contract/audit';
import type { Client, ClientList } from '../../src/contract/clients';
import type { Dashboard } from '../../src/contract/dashboard';
import type { Group } from '../../src/contract/groups';
import type { Injury } from '../../src/contract/injuries';
import type { InjuryNote } from '../../src/contract/notes';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import {
  createClient,
  createInjury,
  createPlannableClient,
  derivedProgramme,
  intakeInput,
} from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
  await call(backend, 'settings.save', { clinician: 'Dr. Maria Ortiz' });
});
afterEach(async () => {
  await backend.dispose();
});

async function entries(clientId: number): Promise<AuditEntry[]> {
  return call<AuditEntry[]>(backend, 'audit.list', { clientId });
}

describe('correcting injuries and notes', () => {
  it('fixes a wrong side and keeps before → after in the audit trail, by the clinician', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id);
    const fixed = await call<Injury>(backend, 'injuries.update', { id: injury.id, side: 'right' });
    expect(fixed.side).toBe('right');
    const [latest] = await entries(client.id);
    expect(latest).toMatchObject({ action: 'injury.update', actor: 'Dr. Maria Ortiz' });
    expect(auditChangesOf(latest!.details)).toEqual([{ field: 'side', before: 'left', after: 'right' }]);
    // An update that changes nothing adds no entry.
    await call(backend, 'injuries.update', { id: injury.id, side: 'right' });
    expect((await entries(client.id)).filter((entry) => entry.action === 'injury.update')).toHaveLength(1);
  });

  it('ends a restriction today: the plan changes at once and the trail says "restriction ended"', async () => {
    const { client, injury } = await createPlannableClient(backend);
    const note = await call<InjuryNote>(backend, 'notes.add', {
      injuryId: injury.id,
      date: '2026-11-25',
      author: 'J. Physio',
      text: 'Max 5 min running at a time',
      restrictions: [{ code: 'max_run_minutes', value: 5, until: null }],
    });
    const restricted = await derivedProgramme(backend, client.id);
    await call(backend, 'notes.update', {
      id: note.id,
      date: note.date,
      text: note.text,
      restrictions: [{ code: 'max_run_minutes', value: 5, until: '2026-11-27' }],
    });
    const ended = await derivedProgramme(backend, client.id);
    expect(JSON.stringify(ended)).not.toEqual(JSON.stringify(restricted));
    const [latest] = await entries(client.id);
    expect(latest).toMatchObject({ action: 'restriction.end', subject: `note ${note.id}` });
    expect(auditChangesOf(latest!.details)).toEqual([
      { field: 'restriction', before: 'max_run_minutes:5:', after: 'max_run_minutes:5:2026-11-27' },
    ]);

    // Lifting it (leaving it out) is a correction of the note, and the text change is named without the words.
    await call(backend, 'notes.update', {
      id: note.id,
      date: note.date,
      text: 'Corrected',
      restrictions: [],
    });
    const [lifted] = await entries(client.id);
    expect(lifted!.action).toBe('note.update');
    expect(auditChangesOf(lifted!.details)).toEqual([
      { field: 'noteText', before: null, after: null },
      { field: 'restriction', before: 'max_run_minutes:5:2026-11-27', after: null },
    ]);
    expect(JSON.stringify(lifted)).not.toContain('Corrected');
  });

  it('refuses an end date before the note date, in words, and changes nothing', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id);
    const note = await call<InjuryNote>(backend, 'notes.add', {
      injuryId: injury.id,
      date: '2026-11-20',
      author: 'J. Physio',
      text: 'No hills',
      restrictions: [{ code: 'no_hills', until: null }],
    });
    const refused = await backend.dispatch('notes.update', {
      id: note.id,
      date: note.date,
      text: note.text,
      restrictions: [{ code: 'no_hills', until: '2026-11-19' }],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('invalid_input');
    expect(refused.error.issues).toEqual([
      {
        path: 'restrictions.0.until',
        code: 'before_date',
        message: 'The end date cannot be before the note date',
      },
    ]);
    const [stored] = await call<Injury[]>(backend, 'injuries.list', { clientId: client.id });
    expect(stored!.notes[0]!.restrictions).toEqual([{ code: 'no_hills', value: null, until: null }]);
    expect((await callError(backend, 'notes.update', { ...note, id: 999 })).code).toBe('not_found');
  });
});

describe('the audit trail', () => {
  it('records client creation, injuries, notes and intake saves without personal data', async () => {
    const client = await createClient(backend, 'Zelda Quimby');
    const injury = await createInjury(backend, client.id);
    await call(backend, 'notes.add', {
      injuryId: injury.id,
      date: '2026-11-20',
      author: 'J. Physio',
      text: 'Zelda says hills hurt',
      restrictions: [{ code: 'no_hills', until: '2026-12-18' }],
    });
    await call(backend, 'intake.save', intakeInput(client.id));
    await call(backend, 'intake.save', intakeInput(client.id));
    await call(backend, 'intake.save', intakeInput(client.id, { maxSessionMinutes: 45 }));
    const log = await entries(client.id);
    expect(log.map((entry) => entry.action)).toEqual([
      'intake.save',
      'intake.save',
      'note.add',
      'injury.create',
      'client.create',
    ]);
    expect(log[0]!.details['first']).toBe(false);
    expect(auditChangesOf(log[0]!.details)).toEqual([
      { field: 'maxSessionMinutes', before: expect.any(Number), after: 45 },
    ]);
    expect(log[1]!.details['first']).toBe(true);
    expect(auditChangesOf(log[2]!.details)).toEqual([
      { field: 'restriction', before: null, after: 'no_hills::2026-12-18' },
    ]);
    const text = JSON.stringify(log);
    for (const personal of ['Zelda', 'J. Physio', 'hills hurt']) expect(text).not.toContain(personal);
  });

  it('auditSessionLog records a new log and a corrected one with the values that changed', async () => {
    const client = await createClient(backend);
    const at = new Date('2026-11-27T10:00:00Z');
    const log = { id: 7, date: '2026-11-26', values: { completed: true, painDuring: 2, rpe: 5 } };
    await backend.context.db.transaction().execute(async (trx) => {
      await auditSessionLog(trx, { at, clientId: client.id, before: null, after: log });
      await auditSessionLog(trx, {
        at,
        clientId: client.id,
        before: log,
        after: { ...log, values: { ...log.values, painDuring: 4 } },
      });
      // Unchanged: nothing recorded.
      await auditSessionLog(trx, { at, clientId: client.id, before: log, after: log });
    });
    const [corrected, logged] = await entries(client.id);
    expect(logged).toMatchObject({ action: 'session.log', details: { sessionLogId: 7, date: '2026-11-26' } });
    expect(corrected!.action).toBe('session.update');
    expect(auditChangesOf(corrected!.details)).toEqual([{ field: 'painDuring', before: 2, after: 4 }]);
    expect(await countRows(backend, 'audit_log')).toBe(3);
  });
});

describe('one club', () => {
  it('joins an existing club regardless of case, creates a new one, and moves with the field', async () => {
    const harriers = await call<Group>(backend, 'groups.create', { name: 'Riverside Harriers' });
    const anna = await call<Client>(backend, 'clients.create', { name: 'Anna', group: 'riverside HARRIERS' });
    expect(anna.group).toBe('Riverside Harriers');
    const roster = async (id: number): Promise<string[]> =>
      (await call<{ members: { name: string }[] }>(backend, 'groups.roster', { groupId: id })).members.map(
        (member) => member.name,
      );
    expect(await roster(harriers.id)).toEqual(['Anna']);

    const moved = await call<Client>(backend, 'clients.update', {
      id: anna.id,
      name: 'Anna',
      group: 'Trail Club',
    });
    expect(moved.group).toBe('Trail Club');
    const groups = await call<Group[]>(backend, 'groups.list', {});
    expect(groups.map((group) => [group.name, group.kind, group.memberCount])).toEqual([
      ['Riverside Harriers', 'club', 0],
      ['Trail Club', 'club', 1],
    ]);
    const [changed] = await entries(anna.id);
    expect(auditChangesOf(changed!.details)).toEqual([
      { field: 'club', before: 'Riverside Harriers', after: 'Trail Club' },
    ]);

    // The roster and the client's club stay in step: rename, leave, join, delete.
    const trail = groups[1]!;
    await call(backend, 'groups.rename', { id: trail.id, name: 'Trail Runners' });
    expect((await call<Client>(backend, 'clients.get', { id: anna.id })).group).toBe('Trail Runners');
    await call(backend, 'groups.removeMember', { groupId: trail.id, clientId: anna.id });
    expect((await call<Client>(backend, 'clients.get', { id: anna.id })).group).toBeNull();
    await call(backend, 'groups.addMember', { groupId: harriers.id, clientId: anna.id });
    expect((await call<Client>(backend, 'clients.get', { id: anna.id })).group).toBe('Riverside Harriers');
    await call(backend, 'groups.delete', { id: harriers.id });
    expect((await call<Client>(backend, 'clients.get', { id: anna.id })).group).toBeNull();
  });
});

describe('search by injury', () => {
  it.each(INJURY_TYPES)('finds %s by the name every screen shows, in English and German', (type) => {
    for (const names of [en.injuryTypes, de.injuryTypes]) {
      expect(injuryTypesNamed(names[type].toLowerCase())).toContain(type);
    }
  });

  it('finds clients by their injury in English and German, by club, and in the caseload', async () => {
    const anna = await createClient(backend, 'Anna Keller');
    await createInjury(backend, anna.id);
    const ben = await call<Client>(backend, 'clients.create', { name: 'Ben Nolan', group: 'Harriers' });
    const names = async (query: string): Promise<string[]> =>
      (await call<ClientList>(backend, 'clients.list', { query })).items.map((client) => client.name);
    expect(await names('achilles')).toEqual(['Anna Keller']);
    expect(await names('Achillessehne')).toEqual(['Anna Keller']);
    expect(await names('harri')).toEqual(['Ben Nolan']);
    expect(await names('nolan')).toEqual(['Ben Nolan']);
    expect(await names('ke')).toEqual(['Anna Keller']);
    expect(await names('xyz')).toEqual([]);
    const caseload = await call<Dashboard>(backend, 'dashboard.get', { query: 'achilles' });
    expect(caseload.rows.map((row) => row.clientId)).toEqual([anna.id]);
    expect(ben.group).toBe('Harriers');
  });
});
