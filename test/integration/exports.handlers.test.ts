/** exports.ics and exports.fit through dispatch on a real, migrated SQLite backend. */
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FitExport, IcsExport } from '../../src/contract/exports';
import type { DerivedProgrammeDto } from '../../src/contract/programmes';
import type { Session } from '../../src/engine/types';
import { call, callError, createTestBackend, type TestBackend } from '../fixtures/backend';
import { decodeFit, parseCalendar } from '../unit/exports/export-helpers';
import { physicalLineProblems, readStrict, valuesOf } from '../unit/exports/ics-strict-reader';
import { createClient, createPlannableClient, derivedProgramme } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

const sessionsOf = (stored: DerivedProgrammeDto): Session[] =>
  stored.programme.weeks.flatMap((week) => week.sessions);

async function generated(): Promise<{ clientId: number; stored: DerivedProgrammeDto }> {
  const { client } = await createPlannableClient(backend);
  const stored = await derivedProgramme(backend, client.id);
  return { clientId: client.id, stored };
}

describe.each(['exports.ics', 'exports.fit'])('%s refusals', (channel) => {
  it('is not_found for an unknown client', async () => {
    expect((await callError(backend, channel, { clientId: 999 })).code).toBe('not_found');
  });

  it('is a conflict while the client has no programme', async () => {
    const client = await createClient(backend, 'Ben Nolan');
    const error = await callError(backend, channel, { clientId: client.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'Ben Nolan has no plan yet. Add an injury first. Record a clearance first. Complete the intake first.',
    );
  });

  it('is invalid_input without a client id', async () => {
    const error = await callError(backend, channel, { clientId: 'one' });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.issues)).toEqual(['clientId']);
  });
});

describe('exports.ics', () => {
  it('returns the current programme from today on as a calendar at the intake preferred time', async () => {
    const { clientId, stored } = await generated();
    // The test clock's today is 2026-11-27; the programme started on 2026-11-16.
    const unlocked = sessionsOf(stored).filter((session) => !session.locked && session.date >= '2026-11-27');
    const result = await call<IcsExport>(backend, 'exports.ics', { clientId });

    expect(result.fileName).toBe('Anna Keller – ReStride 2026-11-27.ics');
    const { events } = parseCalendar(result.content);
    expect(events.map((event) => event.uid.split('.')[0]).sort()).toEqual(unlocked.map((s) => s.id).sort());
    const first = events[0]!;
    const session = unlocked.find((s) => first.uid.startsWith(`${s.id}.`))!;
    // intakeInput's preferred time is 07:30, floating local time.
    expect(first.startDate.toString()).toBe(`${session.date}T07:30:00`);
    expect(first.summary).toBe(session.title);
    expect(first.description).toContain(stored.programme.painGuide.text);
    expect(first.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-27T10:00:00Z');
  });

  it('keeps the UIDs on a later export and raises SEQUENCE', async () => {
    const { clientId } = await generated();
    const before = parseCalendar(
      (await call<IcsExport>(backend, 'exports.ics', { clientId })).content,
    ).events;
    backend.setNow(new Date('2026-11-30T09:00:00Z'));
    await derivedProgramme(backend, clientId);
    const after = parseCalendar((await call<IcsExport>(backend, 'exports.ics', { clientId })).content).events;
    const uids = (events: typeof before) => new Set(events.map((event) => event.uid));
    const shared = [...uids(before)].filter((uid) => uids(after).has(uid));
    expect(shared.length).toBeGreaterThan(before.length / 2);
    expect(after[0]!.sequence).toBeGreaterThan(before[0]!.sequence);
  });

  it("speaks the clinic's language and names the clinic", async () => {
    const { clientId } = await generated();
    await call(backend, 'settings.save', { language: 'de', clinicName: 'Physio Mitte' });
    const { content } = await call<IcsExport>(backend, 'exports.ics', { clientId });
    const { events, calendar } = parseCalendar(content);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Zurück zum Laufen – Anna Keller (Physio Mitte)',
    );
    expect(events[0]!.description).toContain('Schmerzregel:');
    expect(events[0]!.description).toContain('Geplant mit Physio Mitte');
  });

  it('writes all-day events when the intake has no preferred time', async () => {
    const { clientId } = await generated();
    await backend.context.db
      .updateTable('intake')
      .set({ preferred_time: null })
      .where('client_id', '=', clientId)
      .execute();
    const { content } = await call<IcsExport>(backend, 'exports.ics', { clientId });
    expect(parseCalendar(content).events.every((event) => event.startDate.isDate)).toBe(true);
  });
});

describe('exports.ics past sessions and text', () => {
  it('leaves out the sessions before today unless includePast', async () => {
    const { clientId, stored } = await generated();
    const unlocked = sessionsOf(stored).filter((session) => !session.locked);
    const past = unlocked.filter((session) => session.date < '2026-11-27');
    expect(past.length).toBeGreaterThan(0);
    const ids = (content: string) => parseCalendar(content).events.map((event) => event.uid.split('.')[0]);

    const byDefault = ids((await call<IcsExport>(backend, 'exports.ics', { clientId })).content);
    expect(byDefault).toEqual(unlocked.filter((session) => session.date >= '2026-11-27').map((s) => s.id));
    const notPast = ids(
      (await call<IcsExport>(backend, 'exports.ics', { clientId, includePast: false })).content,
    );
    expect(notPast).toEqual(byDefault);

    const all = await call<IcsExport>(backend, 'exports.ics', { clientId, includePast: true });
    expect(ids(all.content)).toEqual(unlocked.map((session) => session.id));
  });

  it('is invalid_input for an includePast that is not a boolean', async () => {
    const { clientId } = await generated();
    const error = await callError(backend, 'exports.ics', { clientId, includePast: 'yes' });
    expect(error.code).toBe('invalid_input');
    expect(Object.keys(error.issues)).toEqual(['includePast']);
  });

  it('escapes the client and clinic names and folds at 75 octets', async () => {
    const name = 'Anna; "Bob", O\'Brien 李小龙 😀';
    const { client } = await createPlannableClient(backend, name);
    await call(backend, 'settings.save', { clinicName: 'Physio, Reha; Sport 東京 😀' });
    const { content } = await call<IcsExport>(backend, 'exports.ics', { clientId: client.id });
    expect(physicalLineProblems(content)).toEqual([]);
    const lines = readStrict(content);
    expect(valuesOf(lines, 'X-WR-CALNAME')).toEqual([
      `Return to running – ${name} (Physio, Reha; Sport 東京 😀)`,
    ]);
    expect(valuesOf(lines, 'DESCRIPTION')[0]).toContain('Planned with Physio, Reha; Sport 東京 😀');
    expect(parseCalendar(content).events.length).toBeGreaterThan(0);
  });
});

describe('exports.fit', () => {
  it('returns a zip with one decodable FIT workout per unlocked running session', async () => {
    const { clientId, stored } = await generated();
    const running = sessionsOf(stored).filter(
      (session) => !session.locked && ['walk_run', 'easy_run'].includes(session.kind),
    );
    const result = await call<FitExport>(backend, 'exports.fit', { clientId });
    expect(result.fileName).toBe('Anna Keller – ReStride workouts 2026-11-27.zip');
    expect(result.files).toHaveLength(running.length);
    expect(running.length).toBeGreaterThan(0);

    const entries = unzipSync(Buffer.from(result.zipBase64, 'base64'));
    expect(Object.keys(entries)).toEqual(result.files);
    for (const [name, bytes] of Object.entries(entries)) {
      const decoded = decodeFit(bytes);
      expect(decoded.intact, name).toBe(true);
      expect(decoded.messages.workoutMesgs?.[0]?.sport).toBe('running');
    }
  });
});
