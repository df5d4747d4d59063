import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Injury } from '../../src/contract/injuries';
import type { InjuryNote, SuggestedRestriction } from '../../src/contract/notes';
import { channelNames } from '../../src/contract/channel-names';
import { call, callError, countRows, createTestBackend, type TestBackend } from '../fixtures/backend';
import { createClient, createInjury } from './workspace-fixtures';

let backend: TestBackend;
beforeEach(async () => {
  backend = await createTestBackend();
});
afterEach(async () => {
  await backend.dispose();
});

async function injuryId(): Promise<number> {
  const client = await createClient(backend);
  return (await createInjury(backend, client.id)).id;
}

describe('notes.add', () => {
  it('appends a dated note with its restrictions', async () => {
    const id = await injuryId();
    const note = await call<InjuryNote>(backend, 'notes.add', {
      injuryId: id,
      date: '2026-11-20',
      author: ' J. Physio ',
      text: 'No hills for 4 weeks, run max 10 min',
      restrictions: [
        { code: 'no_hills', until: '2026-12-18' },
        { code: 'max_run_minutes', value: 10 },
      ],
    });
    expect(note).toEqual({
      id: expect.any(Number),
      injuryId: id,
      date: '2026-11-20',
      author: 'J. Physio',
      text: 'No hills for 4 weeks, run max 10 min',
      restrictions: [
        { code: 'no_hills', value: null, until: '2026-12-18' },
        { code: 'max_run_minutes', value: 10, until: null },
      ],
      createdAt: '2026-11-27T10:00:00.000Z',
    });
  });

  it('a second note adds a row, the first stays; notes are corrected by notes.update, never deleted', async () => {
    const id = await injuryId();
    const first = await call<InjuryNote>(backend, 'notes.add', {
      injuryId: id,
      date: '2026-11-01',
      author: 'A',
      text: 'One',
    });
    await call(backend, 'notes.add', { injuryId: id, date: '2026-11-02', author: 'B', text: 'Two' });
    expect(await countRows(backend, 'injury_note')).toBe(2);
    const [injury] = await call<Injury[]>(backend, 'injuries.list', { clientId: 1 });
    expect(injury!.notes.at(-1)).toEqual(first);
    expect(channelNames.filter((name) => name.startsWith('notes.'))).toEqual([
      'notes.add',
      'notes.update',
      'notes.suggestRestrictions',
    ]);
  });

  it('reports every invalid field with its path and writes nothing', async () => {
    const id = await injuryId();
    const error = await callError(backend, 'notes.add', {
      injuryId: id,
      date: '2026-11-28',
      author: '',
      text: ' ',
      restrictions: [
        { code: 'max_session_minutes' },
        { code: 'no_hills', value: 3 },
        { code: 'pain_limit', value: 11 },
        { code: 'no_speed', until: '2026-11-01' },
        { code: 'fly' },
      ],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual({
      author: 'required',
      text: 'required',
      'restrictions.0.value': 'required',
      'restrictions.1.value': 'unexpected',
      'restrictions.2.value': 'out_of_range',
      'restrictions.3.until': 'before_date',
      'restrictions.4.code': 'invalid_value',
      date: 'future_date',
    });
    expect(await countRows(backend, 'injury_note')).toBe(0);
  });

  it('refuses a restriction ending before its note', async () => {
    const id = await injuryId();
    const error = await callError(backend, 'notes.add', {
      injuryId: id,
      date: '2026-11-20',
      author: 'A',
      text: 'x',
      restrictions: [{ code: 'no_speed', until: '2026-11-01' }],
    });
    expect(error.issues).toEqual({ 'restrictions.0.until': 'before_date' });
  });

  it('answers not_found for an unknown injury', async () => {
    expect(
      (await callError(backend, 'notes.add', { injuryId: 77, date: '2026-11-20', author: 'A', text: 'x' }))
        .code,
    ).toBe('not_found');
    expect(await countRows(backend, 'injury_note')).toBe(0);
  });
});

describe('notes.suggestRestrictions', () => {
  const suggest = (text: string, date = '2026-11-20'): Promise<SuggestedRestriction[]> =>
    call<SuggestedRestriction[]>(backend, 'notes.suggestRestrictions', { text, date });
  const brief = (list: SuggestedRestriction[]): string[] =>
    list.map((s) => [s.code, s.value, s.until].filter((part) => part !== null).join(' '));

  it.each<[string, string[]]>([
    ['No hills for 4 weeks', ['no_hills 2026-12-18']],
    ['Avoid uphill running', ['no_hills']],
    ['No downhill', ['no_downhill']],
    ['No speed work, no intervals or sprints', ['no_speed']],
    ['Continue walk-run intervals', []],
    ['No running on consecutive days', ['no_consecutive_days']],
    ['Avoid back-to-back runs for 10 days', ['no_consecutive_days 2026-11-30']],
    ['Max 20 minutes per session', ['max_session_minutes 20']],
    ['No more than 25 min in total', ['max_session_minutes 25']],
    ['Run max 10 min, walk the rest', ['max_run_minutes 10']],
    ['Treadmill only until 2026-12-18', ['treadmill_only 2026-12-18']],
    ['Flat routes, soft surface where possible', ['flat_surface', 'soft_surface']],
    ['No cycling. No swimming until the wound has closed.', ['no_cycling', 'no_swimming']],
    ['Max 3 runs per week', ['max_sessions_per_week 3']],
    ['3 sessions a week for two weeks', ['max_sessions_per_week 3 2026-12-04']],
    ['Keep pain below 3/10', ['pain_limit 3']],
    ['Hills are fine now', []],
    ['May resume speed work', []],
    ['Keine Hügel und nicht bergauf für 4 Wochen', ['no_hills 2026-12-18']],
    ['Nicht bergab laufen', ['no_downhill']],
    ['Kein Tempo, keine Intervalle', ['no_speed']],
    ['Nicht an aufeinanderfolgenden Tagen laufen', ['no_consecutive_days']],
    ['Max. 20 Minuten pro Einheit', ['max_session_minutes 20']],
    ['Nur Laufband bis 18.12.2026', ['treadmill_only 2026-12-18']],
    ['Laufen höchstens 15 Minuten, für 10 Tage', ['max_run_minutes 15 2026-11-30']],
    ['Hügel wieder erlaubt', []],
    ['Seen today, progressing well', []],
  ])('%s → %j', async (text, expected) => {
    expect(brief(await suggest(text))).toEqual(expected);
  });

  it('applies a duration to every restriction in its sentence, counting from the note date', async () => {
    const list = await suggest('No hills, no speed for 1 month. Max 3 runs per week.', '2026-01-31');
    expect(brief(list)).toEqual(['no_hills 2026-02-28', 'no_speed 2026-02-28', 'max_sessions_per_week 3']);
    expect(list[0]!.match).toBe('hills');
  });

  it('counts from today when the note has no date yet', async () => {
    const list = await call<SuggestedRestriction[]>(backend, 'notes.suggestRestrictions', {
      text: 'no hills for 1 week',
    });
    expect(list).toEqual([{ code: 'no_hills', value: null, until: '2026-12-04', match: 'hills' }]);
  });
});
