import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { ClientStatusChanges } from './client-status.table';

/**
 * Records some of a client's caseload facts, creating the client's row on its first write. Call it
 * in the transaction of the write that changed them, so the summary never disagrees with history.
 */
export async function updateClientStatus(
  db: Kysely<Database>,
  clientId: number,
  changes: ClientStatusChanges,
  now: string,
): Promise<void> {
  const values = { ...changes, updated_at: now };
  await db
    .insertInto('client_status')
    // The first write of a client's row: the facts it does not name start as null (and not ready).
    .values({ client_id: clientId, ready_to_advance: 0, ...values })
    .onConflict((oc) => oc.column('client_id').doUpdateSet(values))
    .execute();
}
