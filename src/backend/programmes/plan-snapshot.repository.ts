import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { NewPlanSnapshotRow, PlanSnapshotRow } from './plan-snapshot.table';

export async function insertPlanSnapshot(db: Kysely<Database>, row: NewPlanSnapshotRow): Promise<number> {
  const { id } = await db.insertInto('plan_snapshot').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The client's latest print or export, without its request and file path. */
export async function findLatestSnapshot(
  db: Kysely<Database>,
  clientId: number,
): Promise<Omit<PlanSnapshotRow, 'request' | 'print_file'> | undefined> {
  return db
    .selectFrom('plan_snapshot')
    .select([
      'id',
      'client_id',
      'created_at',
      'purpose',
      'language',
      'engine_version',
      'inputs',
      'file_sha256',
      'file_bytes',
    ])
    .where('client_id', '=', clientId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Every print and export of a client, oldest first, with its request. */
export async function listSnapshots(db: Kysely<Database>, clientId: number): Promise<PlanSnapshotRow[]> {
  return db.selectFrom('plan_snapshot').selectAll().where('client_id', '=', clientId).orderBy('id').execute();
}
