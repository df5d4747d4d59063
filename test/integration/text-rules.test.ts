/**
 * Issue 12, item 8: names are one line of visible text (no line breaks, NUL, other control
 * characters or bidi controls); multi-line notes keep line breaks and tabs but never NUL or bidi
 * controls; birth dates are plausible (not in the future, at most 110 years ago).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Client } from '../../src/contract/clients';
import type { InjuryNote } from '../../src/contract/notes';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { clearanceInput, createClient, createInjury } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  // The clock: 27 November 2026.
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

const badNames = {
  'a line feed': 'Ann\nLee',
  'a carriage return': 'Ann\rLee',
  NUL: 'Ann\u0000Lee',
  'a tab': 'Ann\tLee',
  'a right-to-left override (U+202E)': 'Ann \u202Eeel',
  'a left-to-right isolate (U+2066)': '\u2066Ann Lee\u2069',
  'a right-to-left mark (U+200F)': 'Ann\u200FLee',
  'an escape character': 'Ann\u001B[31mLee',
  'a C1 control (U+0085)': 'Ann\u0085Lee',
  'a line separator (U+2028)': 'Ann\u2028Lee',
};

describe('names', () => {
  it.each(Object.entries(badNames))(
    'refuses a client name with %s, at the field, storing nothing',
    async (_what, name) => {
      const result = await backend.dispatch('clients.create', { name });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.issues).toEqual([
        {
          path: 'name',
          code: 'control_characters',
          message: expect.stringMatching(/^Name (must be on one line|cannot contain control characters)/),
        },
      ]);
      expect(await countRows(backend, 'client')).toBe(0);
    },
  );

  it('says "one line" for a line break and names the control characters otherwise', async () => {
    const lineBreak = await backend.dispatch('clients.create', { name: 'Ann\nLee' });
    const nul = await backend.dispatch('clients.create', { name: 'Ann\u0000Lee' });
    expect(!lineBreak.ok && lineBreak.error.issues?.[0]?.message).toBe('Name must be on one line');
    expect(!nul.ok && nul.error.issues?.[0]?.message).toBe(
      'Name cannot contain control characters or invisible text-direction marks',
    );
  });

  it('keeps names in any script, with accents, apostrophes and emoji (joiners included)', async () => {
    for (const name of [
      'Seán O’Brien',
      'דוד כהן-לוי',
      'محمد عبد الله',
      '李小龍',
      'Zoë 👩‍⚕️',
      'Ann-Marie Lee',
    ]) {
      expect((await call<Client>(backend, 'clients.create', { name })).name).toBe(name);
    }
  });

  it('refuses an update that puts a control character into an existing client’s name', async () => {
    const client = await createClient(backend);
    const refused = await callError(backend, 'clients.update', { id: client.id, name: 'Bad\u202EName' });
    expect(refused).toMatchObject({ code: 'invalid_input', issues: { name: 'control_characters' } });
  });

  it('refuses a client’s group or phone on more than one line', async () => {
    const refused = await callError(backend, 'clients.create', {
      name: 'Ann Lee',
      group: 'Harriers\nB',
      phone: '0123\u0000',
    });
    expect(refused.issues).toEqual({ group: 'control_characters', phone: 'control_characters' });
  });

  it('refuses group names, clinician names, clearance and adjustment "by" with control characters', async () => {
    expect(await callError(backend, 'groups.create', { name: 'Harriers\nB', kind: 'club' })).toMatchObject({
      code: 'invalid_input',
    });
    expect(await callError(backend, 'groups.create', { name: 'Harri\u202Eers', kind: 'club' })).toMatchObject(
      {
        issues: { name: 'control_characters' },
      },
    );
    expect(await callError(backend, 'settings.save', { clinician: 'J.\nPhysio' })).toMatchObject({
      issues: { clinician: 'control_characters' },
    });
    expect(await callError(backend, 'settings.save', { clinician: 'J. Physio\u0000' })).toMatchObject({
      issues: { clinician: 'control_characters' },
    });
    const client = await createClient(backend);
    expect(
      await callError(backend, 'clearances.set', clearanceInput(client.id, { by: 'J.\u2067Physio' })),
    ).toMatchObject({ code: 'invalid_input', issues: { by: 'control_characters' } });
    expect(
      await callError(backend, 'adjustments.add', {
        clientId: client.id,
        date: '2026-11-30',
        kind: 'run',
        action: { type: 'swap_cross_training' },
        by: 'J.\nPhysio',
        reason: 'Sore calf',
      }),
    ).toMatchObject({ code: 'invalid_input', issues: { by: 'control_characters' } });
    // A clean clinician name still saves.
    await call(backend, 'settings.save', { clinician: 'J. Physio' });
  });
});

describe('notes', () => {
  it('keeps line breaks and tabs in a client’s notes and refuses NUL and bidi controls', async () => {
    const notes = 'Prefers mornings.\n\tKnee: left\r\nSee letter';
    expect((await call<Client>(backend, 'clients.create', { name: 'Ann Lee', notes })).notes).toBe(notes);
    expect(await callError(backend, 'clients.create', { name: 'Ann Lee', notes: 'a\u0000b' })).toMatchObject({
      issues: { notes: 'control_characters' },
    });
    expect(await callError(backend, 'clients.create', { name: 'Ann Lee', notes: 'a\u202Eb' })).toMatchObject({
      issues: { notes: 'control_characters' },
    });
  });

  it('keeps line breaks in an injury note and refuses NUL in it and a line break in its author', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id);
    const note = { injuryId: injury.id, date: '2026-11-20', author: 'J. Physio', restrictions: [] };
    const added = await call<InjuryNote>(backend, 'notes.add', { ...note, text: 'Line one\nLine two' });
    expect(added.text).toBe('Line one\nLine two');
    expect(await callError(backend, 'notes.add', { ...note, text: 'Line one\u0000' })).toMatchObject({
      code: 'invalid_input',
      issues: { text: 'control_characters' },
    });
    expect(
      await callError(backend, 'notes.add', { ...note, author: 'J.\nPhysio', text: 'ok' }),
    ).toMatchObject({
      issues: { author: 'control_characters' },
    });
  });
});

describe('birth dates', () => {
  it('refuses 9999-12-31 as in the future', async () => {
    const result = await backend.dispatch('clients.create', { name: 'Ann Lee', birthDate: '9999-12-31' });
    expect(!result.ok && result.error.issues).toEqual([
      { path: 'birthDate', code: 'future_date', message: 'Birth date cannot be in the future' },
    ]);
  });

  it('refuses 1800-01-01 as more than 110 years ago, naming the earliest date', async () => {
    const result = await backend.dispatch('clients.create', { name: 'Ann Lee', birthDate: '1800-01-01' });
    expect(!result.ok && result.error.issues).toEqual([
      {
        path: 'birthDate',
        code: 'implausible_date',
        message: 'Birth date must be within the last 110 years (on or after 1916-11-27)',
      },
    ]);
    expect(await countRows(backend, 'client')).toBe(0);
  });

  it('accepts 1920-01-01, exactly 110 years ago and today; refuses the day before the limit', async () => {
    for (const birthDate of ['1920-01-01', '1916-11-27', '2026-11-27']) {
      expect((await call<Client>(backend, 'clients.create', { name: 'Ann Lee', birthDate })).birthDate).toBe(
        birthDate,
      );
    }
    expect(
      await callError(backend, 'clients.create', { name: 'Ann Lee', birthDate: '1916-11-26' }),
    ).toMatchObject({ issues: { birthDate: 'implausible_date' } });
  });

  it('applies the same rule to an update', async () => {
    const client = await createClient(backend);
    expect(
      await callError(backend, 'clients.update', {
        id: client.id,
        name: client.name,
        birthDate: '1800-01-01',
      }),
    ).toMatchObject({ code: 'invalid_input', issues: { birthDate: 'implausible_date' } });
  });
});

describe('imported records', () => {
  it('follow the same rules: a note author with a bidi control or a group on two lines is refused at its path', async () => {
    const client = await createClient(backend);
    const injury = await createInjury(backend, client.id);
    await call(backend, 'notes.add', {
      injuryId: injury.id,
      date: '2026-11-20',
      author: 'J. Physio',
      text: 'Line one\nline two',
      restrictions: [],
    });
    const { json } = await call<{ json: string }>(backend, 'clients.exportRecord', { clientId: client.id });
    const record = JSON.parse(json) as {
      injuries: { notes: { author: string }[] }[];
      groups: string[];
    };
    record.injuries[0]!.notes[0]!.author = 'J. \u202EPhysio';
    record.groups = ['Riverside\nHarriers'];
    const before = await countRows(backend, 'client');
    const error = await callError(backend, 'clients.importRecord', { json: JSON.stringify(record) });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.issues).sort()).toEqual(['json.groups.0', 'json.injuries.0.notes.0.author']);
    expect(await countRows(backend, 'client')).toBe(before);
  });
});
