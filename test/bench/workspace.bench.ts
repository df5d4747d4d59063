/**
 * The clinician workspace at clinic scale: 10,000 clients with injuries, clearance histories,
 * intakes, programmes and 500,000 session logs, on a real SQLite file. Seeded with raw prepared
 * inserts in one transaction (fast); measured through dispatch like the app calls it. The caseload
 * dashboard has its own bench (caseload.bench.ts) on a database made through the handlers.
 */
import SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sortName } from '../../src/backend/clients/client.mapping';
import { localDate } from '../../src/backend/clock';
import { openBackend } from '../../src/backend/open-backend';
import { addDays } from '../../src/engine/dates';
import { bench } from './harness';
import { benchFirst200 } from './web-start';

const CLIENTS = 10_000;
const LOGS_PER_CLIENT = 50;
const NOW = new Date('2026-11-27T10:00:00Z');
const TODAY = localDate(NOW);
const LEVELS = ['not_cleared', 'walking', 'walk_run', 'continuous', 'full'];
const LIGHTS = ['green', 'green', 'green', 'amber', 'orange', 'red'];
const TYPES = ['achilles_tendinopathy', 'mtss', 'calf_strain', 'patellofemoral_pain', 'itb_syndrome'];
const FIRST = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Esther',
  'Farid',
  'Greta',
  'Hiro',
  'Isabel',
  'Jonas',
  'Katrin',
  'Liam',
];
const LAST = [
  'Keller',
  'Okafor',
  'Nowak',
  'Lindqvist',
  'Mensah',
  'Haddad',
  'Schulz',
  'Tanaka',
  'Ferreira',
  'Weber',
];

/** The client the client-open measurement opens: it gets a real generated programme. */
const OPENED = 4242;

function seed(file: string, realProgramme: { request: string; programme: string }): void {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const stamp = NOW.toISOString();
  const client = sqlite.prepare(
    `insert into client (id, name, sort_name, birth_date, sex, email, archived, search_text, group_name, created_at, updated_at)
     values (?, ?, ?, '1980-01-01', 'female', ?, ?, ?, null, ?, ?)`,
  );
  const injury = sqlite.prepare(
    `insert into injury (client_id, type, side, onset_date, weeks_without_running, severity, recurrent,
       imaging_confirmed_healing, status, created_at, updated_at)
     values (?, ?, 'left', '2026-08-01', 6, 'moderate', 0, 0, ?, ?, ?)`,
  );
  const note = sqlite.prepare(
    `insert into injury_note (injury_id, date, author, text, restrictions, created_at) values (?, ?, 'J. Physio', ?, ?, ?)`,
  );
  const clearance = sqlite.prepare(
    `insert into clearance (client_id, level, date, cleared_by, review_date, override_time_gate, created_at)
     values (?, ?, ?, 'J. Physio', ?, 0, ?)`,
  );
  const intake = sqlite.prepare(
    `insert into intake (client_id, experience, pain_free_walk_minutes, longest_recent_run_minutes,
       pre_injury_weekly_run_minutes, available_days, max_session_minutes, cross_training, goal_kind, goal_date,
       start_date, created_at, updated_at)
     values (?, 'regular', 30, 0, 180, '["mon","wed","fri","sun"]', 60, '["bike"]', '10k', '2027-05-02', '2026-08-20', ?, ?)`,
  );
  const programme = sqlite.prepare(
    `insert into programme (client_id, engine_version, created_at, updated_at, request, programme)
     values (?, '1.0.0', ?, ?, ?, ?)`,
  );
  // What the injury, clearance, generate and log writes keep for the caseload.
  const status = sqlite.prepare(
    `insert into client_status (client_id, injury_type, injury_side, clearance_level, review_date,
       programme_status, programme_start_date, current_stage, last_log_date, last_light, last_red_date,
       ready_to_advance, updated_at)
     values (?, ?, 'left', ?, ?, ?, '2026-08-20', 4, ?, ?, ?, ?, ?)`,
  );
  const log = sqlite.prepare(
    `insert into session_log (client_id, session_id, date, completed, actual_run_minutes, rpe, pain_during,
       pain_after, pain_next_morning, pain_built_during_run, swelling, limp, red_flags, note, light, created_at, updated_at)
     values (?, ?, ?, 1, 12, 3, ?, ?, ?, 0, 0, 0, '[]', '', ?, ?, ?)`,
  );
  const group = sqlite.prepare(
    `insert into client_group (id, name, kind, created_at, updated_at) values (?, ?, ?, ?, ?)`,
  );
  const member = sqlite.prepare(
    `insert into group_member (group_id, client_id, created_at) values (?, ?, ?)`,
  );
  // Older generations are smaller than a real programme but still spill to overflow pages, as real ones do.
  const filler = JSON.stringify({ filler: 'x'.repeat(6000) });

  sqlite.transaction(() => {
    for (let g = 1; g <= 20; g++) group.run(g, `Group ${g}`, g % 2 ? 'club' : 'squad', stamp, stamp);
    for (let i = 1; i <= CLIENTS; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`;
      const email = `client${i}@example.com`;
      client.run(
        i,
        name,
        sortName(name),
        email,
        i % 20 === 0 ? 1 : 0,
        `${name}\n${email}`.toLowerCase(),
        stamp,
        stamp,
      );
      if (i % 4 === 0) injury.run(i, 'hamstring_strain', 'resolved', stamp, stamp);
      const injuryId = Number(injury.run(i, TYPES[i % TYPES.length], 'active', stamp, stamp).lastInsertRowid);
      note.run(
        injuryId,
        '2026-10-01',
        'No hills for 4 weeks',
        '[{"code":"no_hills","value":null,"until":"2026-10-29"}]',
        stamp,
      );
      clearance.run(i, 'walking', '2026-08-15', null, stamp);
      const cleared = i % 10 !== 0;
      const level = cleared ? LEVELS[i % LEVELS.length]! : 'walking';
      const reviewDate = cleared ? addDays(TODAY, (i % 60) - 20) : null;
      if (cleared) clearance.run(i, level, '2026-10-01', reviewDate, stamp);
      intake.run(i, stamp, stamp);
      if (i % 3 === 0) member.run((i % 20) + 1, i, stamp);
      let lastRed: string | null = null;
      let lastDate = '';
      let lastLight = 'green';
      for (let n = 0; n < LOGS_PER_CLIENT; n++) {
        // Logs every other day, ending between 0 and 14 days ago.
        const date = addDays(TODAY, -((i % 15) + (LOGS_PER_CLIENT - 1 - n) * 2));
        const light = LIGHTS[(i + n) % LIGHTS.length]!;
        const pain = light === 'red' ? 7 : light === 'green' ? 1 : 4;
        log.run(
          i,
          `w${Math.floor(n / 3) + 1}-s${n}-walk_run`,
          date,
          pain,
          pain,
          pain - 1,
          light,
          stamp,
          stamp,
        );
        if (light === 'red') lastRed = date;
        lastDate = date;
        lastLight = light;
      }
      const real = i === OPENED;
      // Two generations: an older one kept as history, and the current one the logs recomputed.
      programme.run(i, stamp, stamp, filler, filler);
      programme.run(
        i,
        stamp,
        stamp,
        real ? realProgramme.request : filler,
        real ? realProgramme.programme : filler,
      );
      status.run(
        i,
        TYPES[i % TYPES.length],
        level,
        reviewDate,
        i % 50 === 0 ? 'refer' : 'active',
        lastDate,
        lastLight,
        lastRed,
        i % 7 === 0 ? 1 : 0,
        stamp,
      );
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('analyze');
  sqlite.close();
}

/** A real programme for the opened client, generated through the contract on a scratch database. */
async function realProgramme(): Promise<{ request: string; programme: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-bench-plan-'));
  try {
    const backend = await openBackend({ dataDir, clock: () => NOW });
    const ok = async (channel: string, input: unknown): Promise<unknown> => {
      const result = await backend.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    await ok('clients.create', { name: 'Bench Client' });
    await ok('injuries.create', {
      clientId: 1,
      type: 'achilles_tendinopathy',
      onsetDate: '2026-08-01',
      weeksWithoutRunning: 6,
    });
    await ok('clearances.set', { clientId: 1, level: 'continuous', date: '2026-10-01', by: 'J. Physio' });
    await ok('intake.save', {
      clientId: 1,
      experience: 'regular',
      painFreeWalkMinutes: 30,
      longestRecentRunMinutes: 0,
      preInjuryWeeklyRunMinutes: 180,
      days: ['mon', 'wed', 'fri', 'sun'],
      maxSessionMinutes: 60,
      goalKind: '10k',
      goalDate: '2027-05-02',
      startDate: '2026-08-20',
    });
    await ok('programmes.generate', { clientId: 1 });
    const row = await backend.context.db
      .selectFrom('programme')
      .select(['request', 'programme'])
      .executeTakeFirstOrThrow();
    await backend.close();
    return row;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'restride-bench-'));
  try {
    const setup = await openBackend({ dataDir, clock: () => NOW });
    const file = setup.databaseFile;
    await setup.close();
    const started = Date.now();
    seed(file, await realProgramme());
    const seedMs = Date.now() - started;

    const backend = await openBackend({ dataDir, clock: () => NOW });
    const expectOk = async (channel: string, input: unknown): Promise<unknown> => {
      const result = await backend.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };

    // The caseload dashboard is measured in caseload.bench.ts, on a database made through the
    // handlers (realistic-db.ts) instead of raw rows with filler programmes.

    const queries = ['anna', 'okafor', 'client9999', 'zz-no-match', 'keller 12'];
    let q = 0;
    await bench(
      'db.clients.search.10k',
      () => expectOk('clients.list', { query: queries[q++ % queries.length], limit: 100 }),
      {
        runs: 200,
        warmup: 10,
        extra: {
          clients: CLIENTS,
          logs: CLIENTS * LOGS_PER_CLIENT,
          goal_ms: 5,
          via: 'dispatch clients.list',
        },
      },
    );

    await bench(
      'db.client-open.10k',
      () =>
        Promise.all([
          expectOk('clients.get', { id: OPENED }),
          expectOk('injuries.list', { clientId: OPENED }),
          expectOk('clearances.list', { clientId: OPENED }),
          expectOk('intake.get', { clientId: OPENED }),
          expectOk('programmes.current', { clientId: OPENED }),
          expectOk('sessions.list', { clientId: OPENED }),
        ]),
      {
        runs: 100,
        warmup: 10,
        extra: {
          goal_ms: 20,
          seed_ms: seedMs,
          logs: LOGS_PER_CLIENT,
          channels:
            'clients.get, injuries.list, clearances.list, intake.get, programmes.current, sessions.list',
        },
      },
    );
    await backend.close();

    // Browser mode's start on this database with the daily backup due (web-start.ts).
    await benchFirst200(dataDir, file, '10k');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
