import { sql, type Kysely } from 'kysely';

// Frozen: never edit a released migration; add a new file instead.
//
// The programme is derived from the client's records on every read instead of stored (it was
// ~170 kB of rendered, language-specific JSON per generation: 97% of a client's bytes). What is
// stored instead: what was handed to the client (a snapshot per print or export) and the
// clinician's adjustments, both inputs the engine reads again on every derivation. Session logs
// belong to a date and a kind of session rather than to a generated session id.
export async function up(db: Kysely<any>): Promise<void> {
  // 1. Session logs: identified by (client, date, kind, slot); kind is what was done that day
  //    (any run, a walk, strength, mobility, cross-training), taken here from the generated id the
  //    log was made against; slot numbers two logs of one kind on one day. The id stays as the
  //    session the log was made against (a late log still finds it).
  await sql`create table session_log_new (
    id integer primary key autoincrement,
    client_id integer not null references client(id) on delete cascade,
    date text not null,
    kind text not null,
    slot integer not null default 1,
    session_id text not null,
    completed integer not null,
    actual_run_minutes real,
    rpe integer,
    pain_during integer,
    pain_after integer,
    pain_next_morning integer,
    pain_built_during_run integer not null default 0,
    warmup_pain_cleared integer,
    swelling integer not null default 0,
    limp integer not null default 0,
    red_flags text not null default '[]',
    settled_within_72h integer,
    note text not null default '',
    light text,
    created_at text not null,
    updated_at text not null
  )`.execute(db);
  await sql`insert into session_log_new (id, client_id, date, kind, slot, session_id, completed,
      actual_run_minutes, rpe, pain_during, pain_after, pain_next_morning, pain_built_during_run,
      warmup_pain_cleared, swelling, limp, red_flags, settled_within_72h, note, light, created_at, updated_at)
    select id, client_id, date, kind,
      row_number() over (partition by client_id, date, kind order by id),
      session_id, completed, actual_run_minutes, rpe, pain_during, pain_after, pain_next_morning,
      pain_built_during_run, warmup_pain_cleared, swelling, limp, red_flags, settled_within_72h, note,
      light, created_at, updated_at
    from (select *, case
        when session_id like '%-walk' then 'walk'
        when session_id like '%-strength' then 'strength'
        when session_id like '%-mobility' then 'mobility'
        when session_id like '%-cross_training' then 'cross_training'
        else 'run' end as kind
      from session_log)`.execute(db);
  await db.schema.dropTable('session_log').execute();
  await sql`alter table session_log_new rename to session_log`.execute(db);
  await db.schema
    .createIndex('session_log_client_day_kind_unique')
    .on('session_log')
    .columns(['client_id', 'date', 'kind', 'slot'])
    .unique()
    .execute();

  // 2. What was handed to the client: one row per print or export, small enough to keep forever.
  //    The request (deflated JSON) and engine version reproduce the programme; the hash proves
  //    which file it was; `inputs` holds one short hash per part of the record, so the app can
  //    say which of them changed since.
  await db.schema
    .createTable('plan_snapshot')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    // 'print', 'print_to_folder', 'ics' or 'fit'.
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('engine_version', 'text', (col) => col.notNull())
    // JSON object: part of the record → short hash of it.
    .addColumn('inputs', 'text', (col) => col.notNull())
    .addColumn('file_sha256', 'text', (col) => col.notNull())
    .addColumn('file_bytes', 'integer', (col) => col.notNull())
    .addColumn('request', 'blob', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('plan_snapshot_client_idx')
    .on('plan_snapshot')
    .columns(['client_id', 'id'])
    .execute();

  // 3. The clinician's adjustments to the proposed plan: inputs, applied on every derivation.
  await db.schema
    .createTable('plan_adjustment')
    .addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement())
    .addColumn('client_id', 'integer', (col) => col.notNull().references('client.id').onDelete('cascade'))
    // The planned session's date and kind (a log family); a held week names any day of it.
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('kind', 'text')
    // JSON: the engine's adjustment action ({"type":"move","toDate":…}, {"type":"skip"}…).
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('adjusted_by', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('plan_adjustment_client_idx')
    .on('plan_adjustment')
    .columns(['client_id', 'id'])
    .execute();

  // 4. The stored programmes go: every input they were computed from stays.
  await db.schema.dropTable('programme').execute();
}

export async function down(): Promise<void> {
  throw new Error('The derived-programme migration cannot be undone: restore a backup instead.');
}
